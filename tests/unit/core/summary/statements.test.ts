import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../../../src/core/summary/datelines';
import { standsAlone } from '../../../../src/core/summary/stand-alone';
import { isStatement } from '../../../../src/core/summary/statements';

const statement = (text: string) => isStatement({ text, words: text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0 });

describe('isStatement', () => {
  it.each([
    'The council approved a budget of $2.4 billion on Tuesday.',
    '“It was a long night,” said one council member as the meeting ended.',
    'Le conseil municipal a adopté mardi un budget de 2,4 milliards d’euros.',
  ])('keeps a statement: %s', (text) => expect(statement(text)).toBe(true));

  it.each([
    ['a question to the reader', 'Qui veut se soulever à Paris contre la réforme des retraites ?'],
    ['a line too short to say anything', 'The vote was close.'],
    ['a call to action', 'Sign up for our newsletter to get the latest news every morning.'],
    ['a teaser label', 'WATCH: The moment the council approved the budget on Tuesday.'],
    ['a French teaser', 'À lire aussi : le budget de la ville expliqué en cinq graphiques.'],
    ['a photo credit', 'The council chamber on Tuesday. Photo: Jane Doe/Getty Images.'],
    ['a pointer to another page', 'Le détail est disponible sur le site de l’Assemblée nationale.'],
    ['one sentence of a longer quotation', '"Il y a un caractère essentiel au maintien des transports puisque les Français vivent.'],
    ['a line without a full stop', 'The council approved the budget on Tuesday after a debate'],
  ])('leaves out %s', (_kind, text) => expect(statement(text)).toBe(false));
});

describe('withoutDateline', () => {
  it.each([
    ['(CNN)A freshly fallen tree was the first clue.', 'A freshly fallen tree was the first clue.'],
    ['Washington (CNN)Ahead of the vote, he spoke.', 'Ahead of the vote, he spoke.'],
    ['WASHINGTON (AP) — The president signed the bill.', 'The president signed the bill.'],
    ['Paris (AFP) - Le président a parlé.', 'Le président a parlé.'],
    ['NEW YORK — Stocks fell on Monday.', 'Stocks fell on Monday.'],
  ])('strips the dateline of %s', (sentence, expected) => expect(withoutDateline(sentence)).toBe(expected));

  it.each(['Tesla (TSLA) CEO Elon Musk spoke on Monday.', 'The (tiny) cat sat on the mat.'])('leaves %s alone', (sentence) => {
    expect(withoutDateline(sentence)).toBe(sentence);
  });
});

describe('standsAlone', () => {
  it.each([
    ['en', 'The council approved the budget.', true],
    ['en', 'He said the budget was fair.', false],
    ['en', 'But the vote was close.', false],
    ['en', '“It was close,” he said.', false],
    ['fr', 'Cette décision a surpris les élus.', false],
    ['de', 'Die Stadt hat den Haushalt beschlossen.', true],
    ['de', 'Er sagte, der Haushalt sei gerecht.', false],
    ['nl', 'Het kabinet heeft het besluit genomen.', true],
  ] as const)('in %s, "%s" stands alone: %s', (lang, sentence, expected) => expect(standsAlone(sentence, lang)).toBe(expected));
});
