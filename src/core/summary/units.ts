import { PROSE_KINDS, type ArticleBlock, type BlockKind } from './article-blocks';
import { withoutDateline } from './datelines';
import { paragraphSentences } from './sentences';
import { termOccurrences, type TermOccurrence } from './terms';

/** One sentence of the article's prose, with what scoring needs to know about it. */
export interface SentenceUnit {
  /** The sentence as a key point shows it (a leading dateline removed). */
  text: string;
  /** Order among the article's prose sentences, from 0. */
  index: number;
  kind: BlockKind;
  /** Order within its block, from 0. */
  indexInBlock: number;
  /** How many headings come before it. */
  section: number;
  /** Order among the prose sentences of its section, from 0. */
  indexInSection: number;
  words: number;
  terms: string[];
  occurrences: TermOccurrence[];
}

/** Text without sentence punctuation is cut into pieces of at most this many words, so no key point is a wall. */
export const MAX_UNPUNCTUATED_WORDS = 40;

const WORD_LIKE = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = /[.!?…。！？][”’"'»)\]]*$/u;

/**
 * The sentences of the article's prose blocks (paragraphs and list items), in order. When it has no prose block
 * at all (a page that is one quotation, or a list of links), every block but code, tables and footnotes counts as prose, so
 * that a text with words never has an empty summary. Stops after `limit` sentences.
 */
export function sentenceUnits(blocks: readonly ArticleBlock[], lang: string | null, language: string, limit = Infinity): SentenceUnit[] {
  const prose = blocks.some((block) => PROSE_KINDS.has(block.kind))
    ? blocks
    : blocks.map((block) => (block.kind === 'code' || block.kind === 'table' || block.kind === 'footnote' ? block : { ...block, kind: 'paragraph' as const }));
  const units: SentenceUnit[] = [];
  let section = 0;
  let indexInSection = 0;
  for (const block of prose) {
    if (units.length >= limit) break;
    if (block.kind === 'heading') {
      section++;
      indexInSection = 0;
      continue;
    }
    if (!PROSE_KINDS.has(block.kind)) continue;
    const pieces = paragraphSentences(block.text, lang).flatMap(cutUnpunctuated);
    pieces.slice(0, limit - units.length).forEach((piece, indexInBlock) => {
      const text = units.length === 0 || indexInBlock === 0 ? withoutDateline(piece) : piece;
      const occurrences = termOccurrences(text, language);
      units.push({
        text,
        index: units.length,
        kind: block.kind,
        indexInBlock,
        section,
        indexInSection: indexInSection++,
        words: text.match(WORD_LIKE)?.length ?? 0,
        terms: occurrences.map((occurrence) => occurrence.term),
        occurrences,
      });
    });
  }
  return units;
}

function cutUnpunctuated(sentence: string): string[] {
  if (SENTENCE_END.test(sentence)) return [sentence];
  const words = sentence.split(' ');
  if (words.length <= MAX_UNPUNCTUATED_WORDS) return [sentence];
  const pieces: string[] = [];
  for (let start = 0; start < words.length; start += MAX_UNPUNCTUATED_WORDS) {
    pieces.push(words.slice(start, start + MAX_UNPUNCTUATED_WORDS).join(' '));
  }
  return pieces;
}
