/** Placeholder until bench/train-block-scorer.ts writes the trained weights. */
export const BLOCK_MODEL = { bias: -20, weights: [] as number[], threshold: 0.5 };
