import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/summary';

type Case = [description: string, text: string, sentences: string[]];

const ENGLISH: Case[] = [
  ['titles before names', 'Mr. Smith met Dr. Jones on Monday. They talked.', ['Mr. Smith met Dr. Jones on Monday.', 'They talked.']],
  ['an initialism inside a sentence', 'The U.S. Senate voted. U.S. officials agreed.', ['The U.S. Senate voted.', 'U.S. officials agreed.']],
  ['an initialism that ends a sentence', 'He lives in the U.S. The economy is big.', ['He lives in the U.S.', 'The economy is big.']],
  ['decimals and currency', 'Revenue rose 21% to $48.39 billion. Shares rose 2.5 per cent.', ['Revenue rose 21% to $48.39 billion.', 'Shares rose 2.5 per cent.']],
  ['a quote glued to the previous full stop', 'than previously assumed.“It’s too soon,” he said.', ['than previously assumed.', '“It’s too soon,” he said.']],
  ['a missing space after a full stop', 'He left early.Then she came.', ['He left early.', 'Then she came.']],
  ['domain names and dotted names stay whole', 'Visit example.com today. Node.js is fine.', ['Visit example.com today.', 'Node.js is fine.']],
  ['initials of a name', 'The book by J. R. R. Tolkien sold well. It still does.', ['The book by J. R. R. Tolkien sold well.', 'It still does.']],
  ['an abbreviation that can also end a sentence', 'He lives on Main St. The house is old. St. Louis is far.', ['He lives on Main St.', 'The house is old.', 'St. Louis is far.']],
  ['a question in quotes before its speech tag', '“Why not?” he asked. Nobody knew.', ['“Why not?” he asked.', 'Nobody knew.']],
];

const GERMAN: Case[] = [
  ['"z. B." and "u. a."', 'Das ist z. B. ein Test. Die Firma u. a. Siemens wuchs.', ['Das ist z. B. ein Test.', 'Die Firma u. a. Siemens wuchs.']],
  ['ordinal numbers in dates', 'Er kam am 3. Oktober nach Berlin. Dann ging er.', ['Er kam am 3. Oktober nach Berlin.', 'Dann ging er.']],
  ['titles and "ca."', 'Herr Prof. Dr. Schmidt kam um ca. 20 Uhr. Er blieb.', ['Herr Prof. Dr. Schmidt kam um ca. 20 Uhr.', 'Er blieb.']],
  ['German quotation marks close with “', '„Das ist gut“, sagte er. „Wirklich.“ Dann ging er.', ['„Das ist gut“, sagte er.', '„Wirklich.“', 'Dann ging er.']],
  ['decimal comma', 'Die Preise stiegen um 2,5 Prozent. Das ist viel.', ['Die Preise stiegen um 2,5 Prozent.', 'Das ist viel.']],
];

const SPANISH: Case[] = [
  ['titles before names', 'El Sr. García habló con la Dra. Ruiz. Luego se fue.', ['El Sr. García habló con la Dra. Ruiz.', 'Luego se fue.']],
  ['"EE. UU." inside and at the end of a sentence', 'EE. UU. anunció sanciones contra EE. UU. La UE respondió.', ['EE. UU. anunció sanciones contra EE. UU.', 'La UE respondió.']],
  ['inverted question and exclamation marks', 'El PIB creció un 2,5 %. ¿Qué pasará? ¡Nadie lo sabe!', ['El PIB creció un 2,5 %.', '¿Qué pasará?', '¡Nadie lo sabe!']],
  ['guillemets', '«Es pronto», dijo. Luego se fue.', ['«Es pronto», dijo.', 'Luego se fue.']],
];

const FRENCH: Case[] = [
  ['"M." and "Mme."', 'M. Dupont est arrivé. Mme. Durand aussi.', ['M. Dupont est arrivé.', 'Mme. Durand aussi.']],
  ['guillemets with spaces and a decimal comma', 'Le PIB a augmenté de 2,5 %. « C’est trop tôt », a-t-il dit. Puis il est parti.', ['Le PIB a augmenté de 2,5 %.', '« C’est trop tôt », a-t-il dit.', 'Puis il est parti.']],
  ['a name after "M." in mid-sentence', 'Selon M. Macron, la situation est grave. Il a parlé.', ['Selon M. Macron, la situation est grave.', 'Il a parlé.']],
];

describe.each([
  ['en', ENGLISH],
  ['de', GERMAN],
  ['es', SPANISH],
  ['fr', FRENCH],
] as const)('splitSentences in %s', (lang, cases) => {
  it.each(cases)('handles %s', (_description, text, sentences) => {
    expect(splitSentences(text, lang)).toEqual(sentences);
  });
});

describe('splitSentences', () => {
  it('never joins two paragraphs into one sentence', () => {
    expect(splitSentences('A heading without a stop\n\nThe first sentence. The second.', 'en')).toEqual([
      'A heading without a stop',
      'The first sentence.',
      'The second.',
    ]);
  });

  it('takes a regional tag and falls back to English rules for a missing or malformed one', () => {
    const text = 'Mr. Smith arrived. He sat.';
    const expected = ['Mr. Smith arrived.', 'He sat.'];
    expect(splitSentences(text, 'en-GB')).toEqual(expected);
    expect(splitSentences(text, null)).toEqual(expected);
    expect(splitSentences(text, 'not a tag!')).toEqual(expected);
  });
});
