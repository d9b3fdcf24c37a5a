import type { ClutterKind, RemovedClutter } from '../article';
import { headingText } from './rule';
import { CLUTTER_RULES } from './rules';

/** Tally of what the declutter passes removed, with a short label per block. */
export class RemovalReport {
  private readonly blocks: { kind: ClutterKind; label: string }[] = [];

  add(kind: ClutterKind, label: string): void {
    this.blocks.push({ kind, label });
  }

  summary(): RemovedClutter[] {
    const counts = new Map<ClutterKind, number>();
    for (const { kind } of this.blocks) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return [...counts].map(([kind, count]) => ({ kind, count }));
  }
}

const BLOCKS = 'div, section, aside, form, ul, ol, nav, footer, header, figure, table, p, span, iframe, ins';
const NEVER_REMOVE = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Paragraph length and count above which a block is article prose, whatever its class names say. */
const PROSE_PARAGRAPH_CHARS = 120;
const PROSE_PARAGRAPHS = 2;

function holdsProse(el: Element): boolean {
  let long = 0;
  for (const p of el.querySelectorAll('p')) {
    if ((p.textContent ?? '').trim().length >= PROSE_PARAGRAPH_CHARS && ++long >= PROSE_PARAGRAPHS) return true;
  }
  return false;
}

function labelOf(el: Element): string {
  const text = headingText(el) || (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}

/**
 * Removes clutter blocks under `root` in place. Runs on the cloned document before Readability and on
 * Readability's output after it, so it never touches the live page.
 */
export function declutter(root: ParentNode, report: RemovalReport): void {
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    // A block already removed with an ancestor is no longer under root.
    if (NEVER_REMOVE.has(el.tagName) || !root.contains(el)) continue;
    const rule = CLUTTER_RULES.find((candidate) => candidate.matches(el));
    if (!rule || holdsProse(el)) continue;
    report.add(rule.kind, labelOf(el));
    el.remove();
  }
}
