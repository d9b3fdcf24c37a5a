/** Texts of an exact word count cut from real articles, for timing the summariser. */

/**
 * `samples` texts of exactly `words` words, each starting at a different article of the pool and running on
 * through the next ones, paragraph by paragraph (the last paragraph cut to fit).
 */
export function textsOfLength(pool: readonly string[], words: number, samples: number): string[] {
  const paragraphs = pool.map((text) => text.split(/\n\s*\n/).filter((p) => p.trim()));
  const total = paragraphs.flat().reduce((sum, p) => sum + p.split(/\s+/).length, 0);
  if (total < words) throw new Error(`the pool has ${total} words, fewer than ${words}`);
  return Array.from({ length: samples }, (_, sample) => {
    const out: string[] = [];
    let count = 0;
    for (let k = 0; count < words; k++) {
      for (const paragraph of paragraphs[(sample + k) % paragraphs.length]!) {
        const paragraphWords = paragraph.trim().split(/\s+/);
        const taken = paragraphWords.slice(0, words - count);
        out.push(taken.join(' '));
        count += taken.length;
        if (count >= words) break;
      }
    }
    return out.join('\n\n');
  });
}
