/**
 * The baselines the key points are measured against: lead-3 (the first three sentences of the body text, split
 * with our own splitter) and TextRank as published on npm (ts-textrank, Mihalcea & Tarau 2004, with its own
 * sentence splitter and stop words), three sentences in article order.
 */
import { AbsoluteSummarizerConfig, DefaultTextParser, NullLogger, SorensenDiceSimilarity, Summarizer } from 'ts-textrank';
import { splitSentences } from '../../src/core/summary';

export const BASELINE_SENTENCES = 3;

export function leadSentences(textContent: string, lang: string | null, count = BASELINE_SENTENCES): string[] {
  return splitSentences(textContent, lang).slice(0, count);
}

export function textRank(text: string, language: string, count = BASELINE_SENTENCES): string[] {
  const config = new AbsoluteSummarizerConfig(count, new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85, Summarizer.SORT_OCCURENCE);
  return new Summarizer(config, new NullLogger()).summarize(text, language);
}

/** mulberry32: a small, well-known seeded generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
