import { describe, expect, it } from 'vitest';
import { clutterProbability, learnedScorer } from '../../../../src/core/declutter/block-model';
import { FEATURE_NAMES } from '../../../../src/core/declutter/block-features';
import { BLOCK_MODEL } from '../../../../src/core/declutter/block-model-weights';
import { declutterHtml, PROSE } from '../../../harness/declutter';

const article = (extra: string): string => `<p>${PROSE}</p><p>${PROSE}</p>${extra}`;

describe('the learned block scorer', () => {
  it('has one weight per feature and a threshold that takes only likely clutter', () => {
    expect(BLOCK_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
    expect(BLOCK_MODEL.threshold).toBeGreaterThanOrEqual(0.5);
    expect(BLOCK_MODEL.threshold).toBeLessThan(1);
  });

  it('is a logistic model: the probability grows with a positively weighted feature', () => {
    const model = { bias: -1, weights: [2, 0], threshold: 0.5 };
    expect(clutterProbability([0, 0], model)).toBeCloseTo(1 / (1 + Math.E));
    expect(clutterProbability([1, 0], model)).toBeGreaterThan(clutterProbability([0, 0], model));
  });

  it('alone (no rule at all) removes an after-body row of counts under a question to the reader, by its shape', () => {
    const widget = `<div class="q7x"><div class="k2">Did this story help you decide?</div><div class="m1"><a href="#">12</a><a href="#">4</a><a href="#">0</a></div></div>`;
    const { text, removed } = declutterHtml(article(widget), [], learnedScorer);
    expect(text).not.toContain('Did this story help');
    expect(text).toContain('The council voted');
    expect(removed.length).toBeGreaterThan(0);
  });

  it('alone keeps short content blocks: a one-line paragraph, a caption, a short list', () => {
    const content = `<p>He said no.</p><figure><img src="/a.jpg" alt="The new tram line"><figcaption>The tram line opens in May.</figcaption></figure><ul><li>Cost: 40 million euros</li><li>Length: 12 km</li></ul>`;
    const { text, removed } = declutterHtml(`<p>${PROSE}</p>${content}<p>${PROSE}</p>`, [], learnedScorer);
    expect(removed).toEqual([]);
    expect(text).toContain('He said no.');
    expect(text).toContain('The tram line opens in May.');
    expect(text).toContain('Length: 12 km');
  });
});
