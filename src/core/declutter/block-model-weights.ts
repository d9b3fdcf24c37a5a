/**
 * Weights of the learned block scorer, written by bench/train-block-scorer.ts (do not edit by hand): trained on the
 * development pages of Defuddle's and Readability's corpora and the development widget families only.
 * 2669 blocks (333 clutter); threshold: at most 0.3 % of development content blocks above it.
 * Feature order: FEATURE_NAMES in block-features.ts.
 */
export const BLOCK_MODEL = {
  bias: 1.7368,
  weights: [-3.3584, 1.4076, -5.0087, 1.8807, -0.0495, -0.3219, -0.9806, -0.5721, -0.0003, 1.2755, 0.1341, -0.0193, 0.1205, 0.2792, 0.4822, 1.9029, -1.9777, 2.5243, 1.7406, 0.8541, -0.2056, 0, 0, -1.0663, 1.1295, 2.8745, 1.2143, -0.4081],
  threshold: 0.8354,
};
