import type { ClutterKind, RemovedClutter } from '../article';
import type { ClutterMatch } from './rule';

/**
 * Tally of what the declutter pass removed, in the order found: per kind, how many blocks and the names of those
 * that have one (a block with nothing worth naming is only counted).
 */
export class RemovalReport {
  private readonly blocks: { kind: ClutterKind; label: string }[] = [];

  add(kind: ClutterKind, match: ClutterMatch): void {
    this.blocks.push({ kind, label: match.label });
  }

  kindAt(index: number): ClutterKind | undefined {
    return this.blocks[index]?.kind;
  }

  /** Names block number `index` by `label` (a heading found after it) when it has no name, or instead of its first words. */
  name(index: number, label: string, instead = false): void {
    const block = this.blocks[index];
    if (block && label && (instead || !block.label)) block.label = label;
  }

  /** Forgets the blocks recorded after the first `count` (their removal was undone). */
  truncate(count: number): void {
    this.blocks.length = Math.min(this.blocks.length, count);
  }

  get size(): number {
    return this.blocks.length;
  }

  summary(): RemovedClutter[] {
    const byKind = new Map<ClutterKind, RemovedClutter>();
    for (const { kind, label } of this.blocks) {
      const entry = byKind.get(kind) ?? { kind, count: 0, labels: [] };
      entry.count++;
      if (label) entry.labels.push(label);
      byKind.set(kind, entry);
    }
    return [...byKind.values()];
  }
}
