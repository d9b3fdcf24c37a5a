import { describe, expect, it } from 'vitest';
import { dateNearHeading, dateOfLine } from '../../../../src/core/metadata/heading-date';
import { documentFrom } from '../../../harness/fixtures';

const prose = '<p>The harbour master explains, in plain words and with examples from her own work, why the ferries ran late all winter and what the town will change before the summer season starts again.</p>';
const h1Of = (html: string): Element => documentFrom(`<html><body>${html}</body></html>`).querySelector('h1')!;

describe('dateOfLine', () => {
  it('reads a line that is a date and lead-in words, in several forms and languages', () => {
    expect(dateOfLine('May 22, 2026')).toBe('2026-05-22');
    expect(dateOfLine('Published 3 March 2024')).toBe('2024-03-03');
    expect(dateOfLine('Veröffentlicht am 3. März 2024')).toBe('2024-03-03');
    expect(dateOfLine('publié le 3 mars 2024')).toBe('2024-03-03');
    expect(dateOfLine('2024-03-03')).toBe('2024-03-03');
    expect(dateOfLine('Stand: 03.03.2024')).toBe('2024-03-03');
  });

  it('reads nothing from a line that says more than a date', () => {
    expect(dateOfLine('March 8, 2025 · 1 · benchmarks')).toBeNull();
    expect(dateOfLine('The ferry left on March 3, 2024')).toBeNull();
    expect(dateOfLine('February 30 was no day, 1899')).toBeNull();
  });
});

describe('dateNearHeading', () => {
  it('finds the date line below the headline, or above it', () => {
    expect(dateNearHeading(h1Of(`<article><h1>Ferries run late</h1><p class="meta">January 1, 2025</p>${prose}</article>`))).toBe('2025-01-01');
    expect(dateNearHeading(h1Of(`<header><p><a href="/news">News</a></p><p>May 22, 2026</p></header><h1>Ferries run late</h1>${prose}`))).toBe('2026-05-22');
  });

  it('takes a <time datetime> beside the headline even in a line with other words', () => {
    expect(dateNearHeading(h1Of(`<h1>Ferries run late</h1><p><time datetime="2025-03-08">March 8, 2025</time> · <a href="/tags/ferries">ferries</a></p>${prose}`))).toBe('2025-03-08');
  });

  it('never takes a date from after the body has begun (a related post)', () => {
    expect(dateNearHeading(h1Of(`<h1>Ferries run late</h1>${prose}<ul><li><a href="/b">Buses too</a> <time datetime="2026-03-05">Mar 5, 2026</time></li></ul>`))).toBeNull();
  });
});
