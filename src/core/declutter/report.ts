import type { ClutterKind, RemovedClutter } from '../article';
import type { ClutterMatch } from './rule';

/** Tally of what the declutter passes removed, with a short label per block, in the order found. */
export class RemovalReport {
  private readonly blocks: { kind: ClutterKind; label: string }[] = [];

  add(kind: ClutterKind, match: ClutterMatch): void {
    this.blocks.push({ kind, label: formatLabel(match) });
  }

  summary(): RemovedClutter[] {
    const byKind = new Map<ClutterKind, RemovedClutter>();
    for (const { kind, label } of this.blocks) {
      const entry = byKind.get(kind) ?? { kind, count: 0, labels: [] };
      entry.count++;
      entry.labels.push(label);
      byKind.set(kind, entry);
    }
    return [...byKind.values()];
  }
}

/** `"What's Your Reaction?" (7 items)`. */
export function formatLabel({ label, items }: ClutterMatch): string {
  const quoted = label ? `"${label}"` : '(no text)';
  return items ? `${quoted} (${items} item${items === 1 ? '' : 's'})` : quoted;
}
