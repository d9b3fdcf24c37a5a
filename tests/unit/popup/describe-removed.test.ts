import { describe, expect, it } from 'vitest';
import { describeRemoved } from '../../../src/popup/describe-removed';

describe('describeRemoved', () => {
  it('names each kind once, with a count when there are several', () => {
    const { line } = describeRemoved([
      { kind: 'reactions', count: 1, labels: ["What's Your Reaction?"] },
      { kind: 'share', count: 1, labels: ['Share this article'] },
      { kind: 'ads', count: 2, labels: [] },
    ]);
    expect(line).toBe('Hid: reaction widget, share bar, 2 ads');
  });

  it('lists every named block by its kind and name', () => {
    const { items } = describeRemoved([
      { kind: 'reactions', count: 1, labels: ["What's Your Reaction?"] },
      { kind: 'newsletter', count: 2, labels: ['Get the morning briefing', 'Sign up'] },
    ]);
    expect(items).toEqual(['reaction widget: “What\'s Your Reaction?”', 'newsletter box: “Get the morning briefing”', 'newsletter box: “Sign up”']);
  });

  it('counts the blocks that have no name instead of labelling them', () => {
    const { items } = describeRemoved([{ kind: 'ads', count: 3, labels: [] }, { kind: 'share', count: 2, labels: ['Share'] }]);
    expect(items).toEqual(['share bar: “Share”', 'share bar', '3 ads']);
  });

  it('gives blocks that share a name one line with their count', () => {
    const { line, items } = describeRemoved([
      { kind: 'newsletter', count: 3, labels: ['SIGN UP FOR OUR NEWSLETTER', 'Sign up', 'SIGN UP FOR OUR NEWSLETTER'] },
    ]);
    expect(line).toBe('Hid: 3 newsletter boxes');
    expect(items).toEqual(['2 newsletter boxes: “SIGN UP FOR OUR NEWSLETTER”', 'newsletter box: “Sign up”']);
  });

  it('says nothing when nothing was removed', () => {
    expect(describeRemoved([])).toEqual({ line: '', items: [] });
  });

  it('uses the plural nouns of irregular kinds', () => {
    expect(describeRemoved([{ kind: 'newsletter', count: 3, labels: ['a', 'b', 'c'] }]).line).toBe('Hid: 3 newsletter boxes');
  });

  it('names the reaction widget first, whatever order the blocks were found in', () => {
    const { line } = describeRemoved([
      { kind: 'cookie', count: 1, labels: ['Cookies'] },
      { kind: 'ads', count: 3, labels: [] },
      { kind: 'meta', count: 1, labels: ['Posted on 3 March by Admin'] },
      { kind: 'reactions', count: 1, labels: ["What's Your Reaction?"] },
    ]);
    expect(line).toBe('Hid: reaction widget, 3 ads, cookie banner, post details line');
  });

  it('caps a long name', () => {
    const { items } = describeRemoved([{ kind: 'related', count: 1, labels: ['x'.repeat(200)] }]);
    expect(items[0]!.length).toBeLessThan(90);
    expect(items[0]).toContain('…');
  });

  it('speaks the language of the wording it is given', () => {
    const { line, items } = describeRemoved([{ kind: 'ads', count: 2, labels: ['Werbung'] }], {
      counted: (_kind, count) => (count === 1 ? 'Anzeige' : `${count} Anzeigen`),
      named: (_kind, label) => `Anzeige: „${label}“`,
      line: (counts) => `Ausgeblendet: ${counts}`,
    });
    expect(line).toBe('Ausgeblendet: 2 Anzeigen');
    expect(items).toEqual(['Anzeige: „Werbung“', 'Anzeige']);
  });
});
