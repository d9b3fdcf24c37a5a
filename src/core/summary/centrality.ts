import type { TermVector } from './term-vectors';

/** Weighted, undirected similarity graph as adjacency lists. */
export interface SimilarityGraph {
  neighbours: number[][];
  weights: number[][];
}

/**
 * Sentence-to-sentence cosine similarities (every pair sharing a term), through an inverted index so that only
 * sentences sharing a term are compared (a 10,000-word article has ~500 sentences, most pairs share nothing).
 */
export function similarityGraph(vectors: readonly TermVector[]): SimilarityGraph {
  const n = vectors.length;
  const postings = new Map<number, { sentence: number; weight: number }[]>();
  vectors.forEach((vector, sentence) => {
    vector.ids.forEach((id, k) => {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push({ sentence, weight: vector.weights[k]! });
    });
  });
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const weights: number[][] = Array.from({ length: n }, () => []);
  const accumulated = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const vector = vectors[i]!;
    vector.ids.forEach((id, k) => {
      const weight = vector.weights[k]!;
      // Postings are in sentence order: only later sentences, so each pair is summed once.
      for (const posting of postings.get(id)!) {
        if (posting.sentence <= i) continue;
        if (accumulated[posting.sentence] === 0) touched.push(posting.sentence);
        accumulated[posting.sentence]! += weight * posting.weight;
      }
    });
    for (const j of touched) {
      const similarity = accumulated[j]!;
      accumulated[j] = 0;
      if (similarity <= 0) continue;
      neighbours[i]!.push(j);
      weights[i]!.push(similarity);
      neighbours[j]!.push(i);
      weights[j]!.push(similarity);
    }
    touched.length = 0;
  }
  return { neighbours, weights };
}

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-9;

/**
 * Continuous LexRank (Erkan & Radev, 2004): PageRank over the similarity graph, edges weighted by similarity.
 * Returns scores that sum to 1.
 */
export function centrality(graph: SimilarityGraph): Float64Array {
  const n = graph.neighbours.length;
  const teleport = 1 / n;
  const outWeight = graph.weights.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  let rank = new Float64Array(n).fill(teleport);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let danglingMass = 0;
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const total = outWeight[i]!;
      if (total === 0) {
        danglingMass += rank[i]!;
        continue;
      }
      const share = rank[i]! / total;
      const row = graph.neighbours[i]!;
      const rowWeights = graph.weights[i]!;
      for (let k = 0; k < row.length; k++) next[row[k]!]! += share * rowWeights[k]!;
    }
    let change = 0;
    for (let j = 0; j < n; j++) {
      const value = (1 - DAMPING + DAMPING * danglingMass) * teleport + DAMPING * next[j]!;
      change += Math.abs(value - rank[j]!);
      next[j] = value;
    }
    [rank, next] = [next, rank];
    if (change < TOLERANCE) break;
  }
  return rank;
}
