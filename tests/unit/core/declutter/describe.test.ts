import { describe, expect, it } from 'vitest';
import { describeRemoved } from '../../../../src/core/declutter';

describe('describeRemoved', () => {
  it('names each kind once, with a count when there are several', () => {
    const { line } = describeRemoved([
      { kind: 'reactions', count: 1, labels: ['"What\'s Your Reaction?" (7 items)'] },
      { kind: 'share', count: 1, labels: ['"Facebook Twitter"'] },
      { kind: 'ads', count: 2, labels: ['"Advertisement"', '"Anzeige"'] },
    ]);
    expect(line).toBe('Hid: reaction widget, share bar, 2 ads');
  });

  it('lists every removed block with its kind and label', () => {
    const { items } = describeRemoved([
      { kind: 'reactions', count: 1, labels: ['"What\'s Your Reaction?" (7 items)'] },
      { kind: 'newsletter', count: 2, labels: ['"Newsletter"', '"Sign up"'] },
    ]);
    expect(items).toEqual(['reactions: "What\'s Your Reaction?" (7 items)', 'newsletter: "Newsletter"', 'newsletter: "Sign up"']);
  });

  it('says nothing when nothing was removed', () => {
    expect(describeRemoved([])).toEqual({ line: '', items: [] });
  });

  it('uses the plural nouns of irregular kinds', () => {
    expect(describeRemoved([{ kind: 'newsletter', count: 3, labels: ['a', 'b', 'c'] }]).line).toBe('Hid: 3 newsletter boxes');
  });

  it('names the reaction widget first, whatever order the blocks were found in', () => {
    const { line } = describeRemoved([
      { kind: 'cookie', count: 1, labels: ['"Cookies"'] },
      { kind: 'ads', count: 3, labels: ['a', 'b', 'c'] },
      { kind: 'reactions', count: 1, labels: ['"What\'s Your Reaction?" (7 items)'] },
    ]);
    expect(line).toBe('Hid: reaction widget, 3 ads, cookie banner');
  });

  it('speaks the language of the wording it is given', () => {
    const { line, items } = describeRemoved([{ kind: 'ads', count: 2, labels: ['"Anzeige"', '"Werbung"'] }], {
      counted: (_kind, count) => (count === 1 ? 'Anzeige' : `${count} Anzeigen`),
      kindName: () => 'Anzeige',
      line: (counts) => `Ausgeblendet: ${counts}`,
    });
    expect(line).toBe('Ausgeblendet: 2 Anzeigen');
    expect(items).toEqual(['Anzeige: "Anzeige"', 'Anzeige: "Werbung"']);
  });
});
