import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { bylineNearHeading, cleanByline } from '../../../../src/core/metadata/byline';
import { documentFrom } from '../../../harness/fixtures';

const prose = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour master explains, in plain words and with examples from her own work, why the ferries ran late all winter and what the town will change before the summer season starts.</p>`).join('');

describe('cleanByline', () => {
  it('keeps only the name of a header line glued to its date', () => {
    expect(cleanByline('By Jane Doe | March 3, 2024')).toBe('Jane Doe');
    expect(cleanByline('Posted on March 3, 2024 by Ann Berg')).toBe('Ann Berg');
    expect(cleanByline('Von Ann Berg, 03.03.2024')).toBe('Ann Berg');
    expect(cleanByline('Par Jean Dupont, publié le 3 mars 2024')).toBe('Jean Dupont');
    // A header line whose spaces were lost between its parts.
    expect(cleanByline('by janus2nd Sep 2022AI Alignment Forum')).toBe('janus');
  });

  it('reads a byline box written on several lines by its first, and stops at another role', () => {
    expect(cleanByline('By Nathan Willis\n      March 25, 2015')).toBe('Nathan Willis');
    expect(cleanByline('By\n\t\tScott Cunningham')).toBe('Scott Cunningham');
    expect(cleanByline('Written by Rob Ewaschuk\n   Edited by Betsy Beyer')).toBe('Rob Ewaschuk');
    expect(cleanByline('Written by Rob Ewaschuk, edited by Betsy Beyer')).toBe('Rob Ewaschuk');
  });

  it('drops job titles and the organisation after the name', () => {
    expect(cleanByline('By Jane Smith, Vice President, Example Division, Example Corp')).toBe('Jane Smith');
    expect(cleanByline('Jane Smith, Research Scientist, and John Doe, Senior Fellow')).toBe('Jane Smith, John Doe');
  });

  it('gives no byline for a line that names nobody', () => {
    expect(cleanByline('Posted on')).toBeNull();
    expect(cleanByline('Published May 22, 2026')).toBeNull();
    expect(cleanByline('. .')).toBeNull();
    expect(cleanByline('')).toBeNull();
  });

  it('gives no byline for a bio or a phrase', () => {
    expect(cleanByline('Ann Berg Ann writes about ferries and the sea.')).toBeNull();
    expect(cleanByline('grand theft eigenvalue')).toBeNull();
    expect(cleanByline('Ann Berg\n   Ann writes about ferries and the sea.')).toBeNull();
  });

  it('leaves names alone, months, particles and handles included', () => {
    for (const name of ['Theresa May', 'María de los Ángeles', 'Ludwig van Beethoven', 'Ann Berg and John Doe', 'Dr. Ann Berg', 'apgoucher', 'Jean-Luc Picard']) expect(cleanByline(name)).toBe(name);
  });
});

describe('the byline in the header', { timeout: 30_000 }, () => {
  const extract = (html: string) => {
    const outcome = extractArticle(documentFrom(html, 'https://harbour.example/ferries'), { url: 'https://harbour.example/ferries' });
    if (outcome.status !== 'article') throw new Error('no article');
    return outcome.article;
  };

  it('is the name of a "By … | date" line, and the line leaves the body', () => {
    const article = extract(`<html><head><title>Ferries run late</title></head><body><article><h1>Ferries run late</h1><p class="byline">By Jane Doe | March 3, 2024</p>${prose}</article></body></html>`);
    expect(article.byline).toBe('Jane Doe');
    expect(article.textContent).not.toContain('March 3, 2024');
    expect(article.textContent).toContain('Paragraph 1');
  });

  it('is not an author bio box, and falls back to the structured data', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferries run late', author: { '@type': 'Person', name: 'Ann Berg' } };
    const html = `<html><head><title>Ferries run late</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Ferries run late</h1>${prose}<div class="author-bio"><p>Ann Berg</p><p>Ann writes about the harbour and its ferries.</p></div></article></body></html>`;
    expect(extract(html).byline).toBe('Ann Berg');
  });

  it('is null for a "Posted on" line naming nobody', () => {
    const html = `<html><head><title>Ferries run late</title></head><body><article><h1>Ferries run late</h1><div class="byline">Posted on</div>${prose}</article></body></html>`;
    expect(extract(html).byline).toBeNull();
  });
});

describe('bylineNearHeading', () => {
  const h1Of = (html: string): Element => documentFrom(`<html><body>${html}</body></html>`).querySelector('h1')!;
  const body = '<p>The harbour master explains, in plain words and with examples from her own work, why the ferries ran late all winter and what the town will change before the summer season starts.</p>';

  it('reads the name of a "Posted on … by NAME" line beside the headline', () => {
    expect(bylineNearHeading(h1Of(`<h1>Ferries run late</h1><div class="entry-meta"><span>Posted on</span> <a href="/2020/10/28/"><span>October 28, 2020</span></a> <span>by</span> <span class="author"><a href="/author/apgoucher">apgoucher</a></span></div>${body}`))).toBe('apgoucher');
    expect(bylineNearHeading(h1Of(`<p>By Ann Berg</p><h1>Ferries run late</h1>${body}`))).toBe('Ann Berg');
  });

  it('reads the names of a line beside the date line in the headline\'s box, and takes the line out of the body', () => {
    const box = '<div><p>May 22, 2026</p><p>Ann Berg, Harbour Correspondent, and Jon Lie, Senior Editor, Coast News</p></div>';
    expect(bylineNearHeading(h1Of(`<h1>Ferries run late</h1>${box}${body}`))).toBe('Ann Berg, Jon Lie');
    const article = extractArticle(documentFrom(`<!doctype html><html lang="en"><head><title>Ferries run late</title></head><body><main><h1>Ferries run late</h1>${box}${prose}</main></body></html>`, 'https://harbour.example/ferries'), { url: 'https://harbour.example/ferries' });
    if (article.status !== 'article') throw new Error('no article');
    expect(article.article.byline).toBe('Ann Berg, Jon Lie');
    expect(article.article.textContent).not.toContain('Harbour Correspondent');
    expect(article.article.textContent).toContain('the harbour master explains');
  }, 30_000);

  it('reads no name from a line beside a date that is a phrase, not names', () => {
    expect(bylineNearHeading(h1Of(`<h1>Ferries run late</h1><div><p>May 22, 2026</p><p>Why the winter timetable failed</p></div>${body}`))).toBeNull();
    // A section's or desk's name beside the date is no byline: only names read from a line with job titles or several names are.
    expect(bylineNearHeading(h1Of(`<h1>Ferries run late</h1><div><p>May 22, 2026</p><p>Harbour News</p></div>${body}`))).toBeNull();
  });

  it('reads no name from other lines, nor from after the body has begun', () => {
    expect(bylineNearHeading(h1Of(`<h1>Ferries run late</h1><p>Photo by Ann Berg</p>${body}`))).toBeNull();
    expect(bylineNearHeading(h1Of(`<h1>Ferries run late</h1><p>Ann Berg</p>${body}`))).toBeNull();
    expect(bylineNearHeading(h1Of(`<h1>Ferries run late</h1>${body}<p>By Ann Berg</p>`))).toBeNull();
  });
});
