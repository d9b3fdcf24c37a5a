import { describe, expect, it } from 'vitest';
import { siteInitial } from '../../../src/ui/site-initial';

describe('siteInitial', () => {
  it("takes the site name's first letter, upper-cased", () => {
    expect(siteInitial('the gazette', 'https://gazette.example/a')).toBe('T');
  });
  it('skips quotation marks and other punctuation before the first letter', () => {
    expect(siteInitial('“Élan” magazine', 'https://elan.example/')).toBe('É');
    expect(siteInitial('¡Hola!', 'https://hola.example/')).toBe('H');
  });
  it('keeps a grapheme whole: a letter with a combining accent, a non-Latin script', () => {
    expect(siteInitial('e\u0301cole', 'https://ecole.example/')).toBe('E\u0301');
    expect(siteInitial('Ελληνικά Νέα', 'https://nea.example/')).toBe('Ε');
    expect(siteInitial('日本経済新聞', 'https://nikkei.example/')).toBe('日');
  });
  it('falls back to the host without www. when the site has no name or no letter in it', () => {
    expect(siteInitial(null, 'https://www.reuters.example/world')).toBe('R');
    expect(siteInitial('—', 'https://bbc.example/')).toBe('B');
  });
  it('gives nothing when neither has a letter', () => {
    expect(siteInitial(null, 'not a url')).toBe('');
  });
});
