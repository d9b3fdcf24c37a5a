/**
 * The sentences read aloud: found in the rendered article's block elements, each with the text positions it
 * spans, so the sentence being spoken can be highlighted (a DOM Range) and kept in view.
 */
import { sentenceSegmenter } from '../core';

/** Elements whose text is read, innermost first: a list item made of paragraphs is read paragraph by paragraph. */
const READ_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd';
/** Not read: code, formulas, tables, anything hidden, and our own note where an image did not load (not the article's words). */
const SKIPPED = 'pre, code, math, table, script, style, [aria-hidden="true"], [hidden], .image-unloaded';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Sentences of `text` with their offsets, surrounding whitespace trimmed, empty ones dropped. */
export function sentenceSpans(text: string, lang: string | null): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const { segment, index } of sentenceSegmenter(lang).segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    spans.push({ start: index + lead, end: index + lead + trimmed.length, text: trimmed.replace(/\s+/g, ' ') });
  }
  return spans;
}

export interface SpokenSentence {
  text: string;
  /** The block element the sentence is in. */
  block: Element;
  /** A fresh Range over the sentence's text (the DOM may have changed since it was found). */
  range(): Range;
}

function isReadBlock(el: Element): boolean {
  return el.matches(READ_BLOCKS) && !el.closest(SKIPPED) && !el.querySelector(READ_BLOCKS);
}

function textNodesOf(block: Element): Text[] {
  const doc = block.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(SKIPPED)) continue;
    nodes.push(node as Text);
  }
  return nodes;
}

/** Where offset `at` of the concatenated text of `nodes` is. */
function locate(nodes: Text[], at: number, preferNext: boolean): { node: Text; offset: number } {
  let passed = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const length = node.data.length;
    if (at < passed + length || (at === passed + length && !(preferNext && i + 1 < nodes.length))) {
      return { node, offset: at - passed };
    }
    passed += length;
  }
  const last = nodes[nodes.length - 1]!;
  return { node: last, offset: last.data.length };
}

/** The sentences of `roots` (e.g. the title and the article body), in reading order. */
export function collectSentences(roots: Element[], lang: string | null): SpokenSentence[] {
  const sentences: SpokenSentence[] = [];
  for (const root of roots) {
    const blocks = [root, ...Array.from(root.querySelectorAll(READ_BLOCKS))].filter(isReadBlock);
    for (const block of blocks) {
      const nodes = textNodesOf(block);
      if (nodes.length === 0) continue;
      const text = nodes.map((node) => node.data).join('');
      for (const span of sentenceSpans(text, lang)) {
        sentences.push({
          text: span.text,
          block,
          range() {
            const range = block.ownerDocument.createRange();
            const start = locate(nodes, span.start, true);
            const end = locate(nodes, span.end, false);
            range.setStart(start.node, start.offset);
            range.setEnd(end.node, end.offset);
            return range;
          },
        });
      }
    }
  }
  return sentences;
}
