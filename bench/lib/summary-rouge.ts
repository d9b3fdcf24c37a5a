/**
 * ROUGE F1 as the issues measure it: js-rouge (maintained, typed) with a Unicode word tokenizer instead of its
 * English Penn Treebank one, lower-cased, no stemming, stop words kept; ROUGE-L is the longest common
 * subsequence of the whole summary against the whole reference (no sentence segmentation).
 */
import { l as rougeL, n as rougeN } from 'js-rouge';

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export const ROUGE_KEYS = ['rouge1', 'rouge2', 'rougeL'] as const;

/** F1 scores in [0, 1] of the candidate sentences against the reference text. */
export function rouge(candidate: readonly string[], reference: string): RougeScores {
  const text = candidate.join(' ');
  if (!words(text).length || !words(reference).length) return { rouge1: 0, rouge2: 0, rougeL: 0 };
  const options = { caseSensitive: false, tokenizer: words };
  return {
    rouge1: rougeN(text, reference, { ...options, n: 1 }),
    rouge2: rougeN(text, reference, { ...options, n: 2 }),
    // One segment: the LCS of the whole summary against the whole reference.
    rougeL: rougeL(text, reference, { ...options, segmenter: (input) => [input] }),
  };
}
