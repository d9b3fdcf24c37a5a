import { describe, expect, it } from 'vitest';
import { SENTENCES_PER_LENGTH, splitSentences, summarizeText, type SummaryLength } from '../../../../src/core/summary';

/** A small news text: the lead and the figures are the point; the rest is colour and repetition. */
const NEWS = [
  'The city council approved a new budget of $2.4 billion on Tuesday after months of debate over transit funding.',
  'The budget raises transit funding by 12% and adds three new bus lines in the eastern districts.',
  'Council members argued for hours about the cost of the new bus lines before the final vote.',
  '“It was a long night,” said one council member as the meeting ended.',
  'Critics of the budget said the transit funding would raise property taxes for homeowners next year.',
  'The mayor welcomed the vote and said the new bus lines would start running in the spring.',
  'Weather in the city was mild on Tuesday.',
  'The budget also sets aside money for road repairs, parks and libraries across the city.',
].join(' ');

const LENGTHS: SummaryLength[] = ['tldr', 'short', 'medium', 'long'];

describe('summarizeText', () => {
  it.each(LENGTHS)('returns as many sentences as %s asks for, taken verbatim from the text, in its order', (length) => {
    const sentences = splitSentences(NEWS, 'en');
    const summary = summarizeText(NEWS, { lang: 'en', length });
    expect(summary).toHaveLength(Math.min(SENTENCES_PER_LENGTH[length], sentences.length));
    const positions = summary.map((sentence) => sentences.indexOf(sentence));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('maps lengths to 1, 3, 5 and 7 sentences', () => {
    expect(SENTENCES_PER_LENGTH).toEqual({ tldr: 1, short: 3, medium: 5, long: 7 });
  });

  it('takes the TL;DR from the lead, and the key points hold the budget and its transit figures', () => {
    const [tldr] = summarizeText(NEWS, { lang: 'en', length: 'tldr' });
    expect(splitSentences(NEWS, 'en').slice(0, 2)).toContain(tldr);
    const short = summarizeText(NEWS, { lang: 'en', length: 'short' }).join(' ');
    expect(short).toContain('$2.4 billion');
    expect(short).toContain('12%');
    expect(short).not.toContain('“It was a long night,”');
  });

  it('is deterministic: the same text always gives the same summary', () => {
    const first = summarizeText(NEWS, { lang: 'en', length: 'medium' });
    for (let run = 0; run < 5; run++) expect(summarizeText(NEWS, { lang: 'en', length: 'medium' })).toEqual(first);
  });

  it('keeps no state between calls: another text in between changes nothing', () => {
    const before = summarizeText(NEWS, { lang: 'en', length: 'short' });
    summarizeText('Ein ganz anderer Text. Er ist auf Deutsch geschrieben und handelt von etwas anderem.', { lang: 'de', length: 'short' });
    expect(summarizeText(`${NEWS}`, { lang: 'en', length: 'short' })).toEqual(before);
  });

  it('skips a sentence that repeats one already chosen', () => {
    const repeated = 'The new stadium will open in the north of the city in May with seats for 40,000 fans.';
    const text = [
      repeated,
      'The new stadium will open in the north of the city in May, with seats for 40,000 fans.',
      'Ticket prices for the first season start at twenty dollars for children and students.',
      'The club moved out of its old ground after ninety years because the stands were unsafe.',
    ].join(' ');
    const summary = summarizeText(text, { lang: 'en', length: 'short' });
    expect(summary.filter((sentence) => sentence.startsWith('The new stadium'))).toHaveLength(1);
  });

  it('returns every statement of an article shorter than the summary asked for, and no line too short to be one', () => {
    const text = 'The museum reopened on Sunday after a two-year renovation of its halls. Entry stays free for children under twelve years old. It is big.';
    expect(summarizeText(text, { lang: 'en', length: 'long' })).toEqual([
      'The museum reopened on Sunday after a two-year renovation of its halls.',
      'Entry stays free for children under twelve years old.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(summarizeText('', { lang: 'en', length: 'short' })).toEqual([]);
    expect(summarizeText(' \n\n \n', { lang: 'en', length: 'short' })).toEqual([]);
  });

  it('takes the sentences of a brief of short sentences, not the labels between them', () => {
    const sentences = ['Here is some content first.', 'This is an informational alert.', 'Something went wrong.', 'Operation completed successfully.', 'Here is some content after.'];
    const text = ['Important', sentences[0], sentences[1], 'Danger', sentences[2], sentences[3], 'Success', sentences[4]].join('\n\n');
    const summary = summarizeText(text, { lang: 'en', length: 'short' });
    expect(summary).toHaveLength(3);
    for (const point of summary) expect(sentences).toContain(point);
  });

  it('summarises text without sentence punctuation by its lines', () => {
    const lines = ['budget approved for city transit', 'three new bus lines planned', 'road repairs and parks funded', 'mayor welcomes the vote'];
    const summary = summarizeText(lines.join('\n\n'), { lang: 'en', length: 'short' });
    expect(summary).toHaveLength(3);
    for (const line of summary) expect(lines).toContain(line);
  });

  it('cuts a long run of words without punctuation into readable pieces', () => {
    const words = Array.from({ length: 130 }, (_, i) => `word${i % 17}`);
    const summary = summarizeText(words.join(' '), { lang: 'en', length: 'short' });
    expect(summary.length).toBeGreaterThan(0);
    for (const piece of summary) expect(piece.split(' ').length).toBeLessThanOrEqual(40);
    expect(words.join(' ')).toContain(summary[0]!);
  });

  it.each([
    ['de', 'Der Stadtrat hat am Dienstag einen neuen Haushalt von 2,4 Milliarden Euro für die Stadt beschlossen. Der Haushalt erhöht die Mittel für Busse und Bahnen in den östlichen Bezirken um 12 Prozent. Das Wetter war mild. Kritiker sagen, die Steuern für Hausbesitzer würden wegen der Busse im nächsten Jahr steigen. Der Bürgermeister begrüßte die Entscheidung des Stadtrats über den Haushalt am Abend.'],
    ['es', 'El ayuntamiento aprobó el martes un nuevo presupuesto de 2.400 millones de euros para la ciudad. El presupuesto aumenta un 12 % los fondos para autobuses en los distritos del este de la ciudad. El tiempo fue templado. Los críticos dicen que los impuestos de los propietarios subirán el próximo año por los autobuses. El alcalde celebró la decisión del ayuntamiento sobre el presupuesto por la noche.'],
    ['fr', 'Le conseil municipal a adopté mardi un nouveau budget de 2,4 milliards d’euros pour la ville. Le budget augmente de 12 % les fonds pour les bus dans les quartiers de l’est de la ville. Le temps était doux. Les critiques disent que les impôts des propriétaires vont augmenter l’an prochain à cause des bus. Le maire a salué la décision du conseil sur le budget dans la soirée.'],
  ])('summarises %s text with its own rules', (lang, text) => {
    const sentences = splitSentences(text, lang);
    const summary = summarizeText(text, { lang, length: 'short' });
    expect(summary).toHaveLength(3);
    for (const sentence of summary) expect(sentences).toContain(sentence);
    // The weather sentence is too short to be a statement.
    expect(summary).not.toContain(sentences[2]);
  });
});
