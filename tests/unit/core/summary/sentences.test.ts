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
  ['a title and a state in brackets', 'Sen. Elizabeth Warren (D-Mass.) disagreed. She left early.', ['Sen. Elizabeth Warren (D-Mass.) disagreed.', 'She left early.']],
  ['numbered items in running text', 'The plan has two parts. 1. Cut costs. 2. Raise prices.', ['The plan has two parts.', '1. Cut costs.', '2. Raise prices.']],
  ['a quotation closed after its full stop', 'He said: “We will win.” Then he left.', ['He said: “We will win.”', 'Then he left.']],
];

const GERMAN: Case[] = [
  ['"z. B." and "u. a."', 'Das ist z. B. ein Test. Die Firma u. a. Siemens wuchs.', ['Das ist z. B. ein Test.', 'Die Firma u. a. Siemens wuchs.']],
  ['ordinal numbers in dates', 'Er kam am 3. Oktober nach Berlin. Dann ging er.', ['Er kam am 3. Oktober nach Berlin.', 'Dann ging er.']],
  ['titles and "ca."', 'Herr Prof. Dr. Schmidt kam um ca. 20 Uhr. Er blieb.', ['Herr Prof. Dr. Schmidt kam um ca. 20 Uhr.', 'Er blieb.']],
  ['German quotation marks close with “', '„Das ist gut“, sagte er. „Wirklich.“ Dann ging er.', ['„Das ist gut“, sagte er.', '„Wirklich.“', 'Dann ging er.']],
  ['decimal comma', 'Die Preise stiegen um 2,5 Prozent. Das ist viel.', ['Die Preise stiegen um 2,5 Prozent.', 'Das ist viel.']],
  ['a date range of ordinals', 'Das Festival findet am 12. bis 13. September statt. Es kommen viele.', ['Das Festival findet am 12. bis 13. September statt.', 'Es kommen viele.']],
  ['a date range in title case', 'Am 12. Bis 13. September ist es soweit. Dann feiern wir.', ['Am 12. Bis 13. September ist es soweit.', 'Dann feiern wir.']],
  ['"ca." in brackets', 'Die Feier (ca. 200 Gäste) begann um 20 Uhr. Sie endete spät.', ['Die Feier (ca. 200 Gäste) begann um 20 Uhr.', 'Sie endete spät.']],
];

const SPANISH: Case[] = [
  ['titles before names', 'El Sr. García habló con la Dra. Ruiz. Luego se fue.', ['El Sr. García habló con la Dra. Ruiz.', 'Luego se fue.']],
  ['"EE. UU." inside and at the end of a sentence', 'EE. UU. anunció sanciones contra EE. UU. La UE respondió.', ['EE. UU. anunció sanciones contra EE. UU.', 'La UE respondió.']],
  ['inverted question and exclamation marks', 'El PIB creció un 2,5 %. ¿Qué pasará? ¡Nadie lo sabe!', ['El PIB creció un 2,5 %.', '¿Qué pasará?', '¡Nadie lo sabe!']],
  ['guillemets', '«Es pronto», dijo. Luego se fue.', ['«Es pronto», dijo.', 'Luego se fue.']],
  ['a title before a name and a colon', 'Lo dijo el Prof. Carlos: la ciencia avanza. Luego salió.', ['Lo dijo el Prof. Carlos: la ciencia avanza.', 'Luego salió.']],
  ['"Dra." and "EE. UU." in one sentence', 'La Dra. Pérez llegó a EE. UU. en 2019. Allí vive.', ['La Dra. Pérez llegó a EE. UU. en 2019.', 'Allí vive.']],
];

const FRENCH: Case[] = [
  ['"M." and "Mme."', 'M. Dupont est arrivé. Mme. Durand aussi.', ['M. Dupont est arrivé.', 'Mme. Durand aussi.']],
  ['guillemets with spaces and a decimal comma', 'Le PIB a augmenté de 2,5 %. « C’est trop tôt », a-t-il dit. Puis il est parti.', ['Le PIB a augmenté de 2,5 %.', '« C’est trop tôt », a-t-il dit.', 'Puis il est parti.']],
  ['a name after "M." in mid-sentence', 'Selon M. Macron, la situation est grave. Il a parlé.', ['Selon M. Macron, la situation est grave.', 'Il a parlé.']],
  ['"1er" and "M." before a name', 'Le 1er janvier, M. Dupont est parti. Il est revenu le 2 février.', ['Le 1er janvier, M. Dupont est parti.', 'Il est revenu le 2 février.']],
  ['"M." before an article in a name', 'M. Le Pen a parlé. Il est parti.', ['M. Le Pen a parlé.', 'Il est parti.']],
];

const PORTUGUESE: Case[] = [
  ['titles before names', 'O Prof. Carlos disse que sim. O Sr. Silva chegou ontem.', ['O Prof. Carlos disse que sim.', 'O Sr. Silva chegou ontem.']],
  ['"Dra." and "Sr." in one sentence', 'A Dra. Ana e o Sr. João chegaram. Foi às 10h.', ['A Dra. Ana e o Sr. João chegaram.', 'Foi às 10h.']],
];

const ITALIAN: Case[] = [
  ['"sig." and "dott."', 'Il sig. Rossi è arrivato. Il dott. Bianchi no.', ['Il sig. Rossi è arrivato.', 'Il dott. Bianchi no.']],
  ['"prof." and an abbreviation in brackets', 'Il prof. Rossi (Univ. di Roma) ha parlato. Poi è andato via.', ['Il prof. Rossi (Univ. di Roma) ha parlato.', 'Poi è andato via.']],
];

const DUTCH: Case[] = [
  ['"Dhr." and "o.a."', 'Dhr. Jansen zegt o.a. dat het kan. Het is 3,5 procent.', ['Dhr. Jansen zegt o.a. dat het kan.', 'Het is 3,5 procent.']],
  ['"Prof. dr."', 'Prof. dr. Jansen zegt dat het kan. Hij is blij.', ['Prof. dr. Jansen zegt dat het kan.', 'Hij is blij.']],
];

describe.each([
  ['en', ENGLISH],
  ['de', GERMAN],
  ['es', SPANISH],
  ['fr', FRENCH],
  ['pt', PORTUGUESE],
  ['it', ITALIAN],
  ['nl', DUTCH],
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
