/** Sparse TF-IDF sentence vectors, unit length, with term ids in ascending order for merge-style dot products. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * TF-IDF over the article's own sentences: a word in every sentence says nothing about any one of them.
 * Smoothed so that a word in all sentences keeps a little weight: short texts have no other signal.
 */
export function termVectors(termLists: readonly (readonly string[])[]): TermVector[] {
  const ids = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counts = termLists.map((terms) => {
    const counted = new Map<number, number>();
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        documentFrequency.push(0);
      }
      counted.set(id, (counted.get(id) ?? 0) + 1);
    }
    for (const id of counted.keys()) documentFrequency[id]!++;
    return counted;
  });
  const sentenceCount = termLists.length;
  return counts.map((counted) => {
    const sorted = [...counted.keys()].sort((a, b) => a - b);
    const weights = new Float64Array(sorted.length);
    let norm = 0;
    sorted.forEach((id, k) => {
      const weight = counted.get(id)! * Math.log(1 + sentenceCount / documentFrequency[id]!);
      weights[k] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids: Int32Array.from(sorted), weights };
  });
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
