/** Word-level comparison of texts: tokens as a multiset, so repeated words must be found as often as expected. */

// Han, kana and Thai are written without spaces: each character is a token; elsewhere a token is a run of
// letters, marks and digits.
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]|[^\s\p{P}\p{S}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]+/gu;

export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

export function multiset(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Fraction of `expected`'s words (as a multiset) found in `actual`; 1 when nothing was expected. */
export function wordRecall(expected: string, actual: string): number {
  const want = multiset(tokens(expected));
  const have = multiset(tokens(actual));
  let total = 0;
  let found = 0;
  for (const [word, count] of want) {
    total += count;
    found += Math.min(count, have.get(word) ?? 0);
  }
  return total === 0 ? 1 : found / total;
}

/** Paragraphs of `expected` most of whose words are missing from `actual`: what a system lost. */
export function lostBlocks(expected: string, actual: string, limit = 6): string[] {
  const have = multiset(tokens(actual));
  const lost: string[] = [];
  for (const block of expected.split(/\n{2,}/)) {
    const words = tokens(block);
    if (words.length === 0) continue;
    const missing = words.filter((word) => {
      const left = have.get(word) ?? 0;
      if (left > 0) have.set(word, left - 1);
      return left === 0;
    });
    if (missing.length / words.length > 0.5) lost.push(block.length > 140 ? block.slice(0, 139) + '…' : block);
    if (lost.length >= limit) break;
  }
  return lost;
}
