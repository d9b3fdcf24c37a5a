/** Paired bootstrap over stories: the mean of per-story differences and its 95 % percentile interval. */
import { seededRandom } from './summary-baselines';

export interface Interval {
  mean: number;
  low: number;
  high: number;
}

export const BOOTSTRAP_RESAMPLES = 10_000;
const BOOTSTRAP_SEED = 4242;

export function pairedBootstrap(differences: readonly number[], resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED): Interval {
  const n = differences.length;
  if (n === 0) return { mean: Number.NaN, low: Number.NaN, high: Number.NaN };
  const random = seededRandom(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += differences[Math.floor(random() * n)]!;
    means[r] = sum / n;
  }
  means.sort();
  const at = (q: number) => means[Math.min(resamples - 1, Math.floor(q * resamples))]!;
  return { mean: differences.reduce((a, b) => a + b, 0) / n, low: at(0.025), high: at(0.975) };
}
