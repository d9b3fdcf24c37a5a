/**
 * ROUGE F-scores through js-rouge (maintained, typed, and its ROUGE-L is Lin's summary-level union LCS), with a
 * Unicode word tokenizer instead of its English Penn Treebank one, lower-cased, no stemming, stop words kept.
 */
import { l as rougeL, n as rougeN } from 'js-rouge';
import { splitSentences } from '../../src/core/summary';

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface RougeScores {
  rouge1: number;
  rougeL: number;
}

export function rouge(candidate: readonly string[], reference: string, lang: string | null): RougeScores {
  const text = candidate.join(' ');
  if (!text.trim()) return { rouge1: 0, rougeL: 0 };
  return {
    rouge1: rougeN(text, reference, { n: 1, caseSensitive: false, tokenizer: words }),
    rougeL: rougeL(text, reference, {
      caseSensitive: false,
      tokenizer: words,
      segmenter: (input) => splitSentences(input, lang),
    }),
  };
}
