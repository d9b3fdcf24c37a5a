/**
 * Baselines over the same candidate sentences the summariser chooses from (whole sentences of five words or
 * more; captions and headings excluded), so that only the choice differs.
 */
import { primaryLanguage } from '../../src/core/summary/language';
import { keyPointCandidates, sentenceUnits } from '../../src/core/summary/units';

function candidates(text: string, lang: string | null): string[] {
  return keyPointCandidates(sentenceUnits(text, lang, primaryLanguage(lang))).map((unit) => unit.text);
}

/** The lead: the first N sentences. */
export function firstSentences(text: string, lang: string | null, count: number): string[] {
  return candidates(text, lang).slice(0, count);
}

/** N sentences drawn at random (seeded, so every run draws the same), in article order. */
export function randomSentences(text: string, lang: string | null, count: number, random: () => number): string[] {
  const pool = candidates(text, lang).map((sentence, index) => ({ sentence, index }));
  const drawn: { sentence: string; index: number }[] = [];
  while (drawn.length < count && pool.length > 0) drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return drawn.sort((a, b) => a.index - b.index).map(({ sentence }) => sentence);
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
