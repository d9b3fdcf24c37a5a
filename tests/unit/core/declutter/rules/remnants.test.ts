import { describe, expect, it } from 'vitest';
import { remnantsRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

/** What Readability leaves of a widget once it dropped the buttons: bare counts, or the question alone. */
const only = [remnantsRule];

describe('the remnants rule', () => {
  it.each([
    ['bare percentages under a question', `<section><h3>¿Qué te pareció esta noticia?</h3><ul><li><span>45%</span></li><li><span>20%</span></li><li><span>5%</span></li></ul></section>`],
    ['emoji with counts flattened into a paragraph', `<p><span>👍 1.2K</span><span>❤️ 340</span><span>😆 95</span></p>`],
    ['labels with counts flattened into a paragraph', `<p><span>Curti 31</span><span>Amei 12</span><span>Haha 4</span></p>`],
    ['the helpful question alone', `<div><p>Was this article helpful?</p></div>`],
    ['two bare counts of a vote pair', `<div><span>318</span> <span>129</span></div>`],
    ['a lone count written as a counter', `<p><span>+1.9K</span></p>`],
    ['a rating summary in English', `<p>(<strong>87</strong> votes, average: <strong>4.31</strong> out of 5)</p>`],
    ['a rating summary in German', `<div><span>[Gesamt: 739 &nbsp; Durchschnitt: 4.1/5]</span></div>`],
    ['a rating summary beside star icons named by number', `<p><img src="s.gif" alt="1 Stern"><img src="s.gif" alt="2 Sterne"><img src="s.gif" alt="3 Sterne"><img src="s.gif" alt="4 Sterne"><img src="s.gif" alt="5 Sterne"> (12 Stimmen insgesamt, Durchschnitt: 3,8 von 5)</p>`],
    ['a request to rate the page, alone', `<h3>Rate this recipe</h3>`],
    ['a Spanish question about the article, alone', `<p><strong>¿Te ha gustado este artículo?</strong></p>`],
    ['a count-only icon row', `<div><a href="#c"><i class="icon-comment"></i> 12</a> <a href="#l"><i class="icon-heart"></i> 45</a> <a href="#v"><i class="icon-eye"></i> 1.2k</a></div>`],
    ['a count on a script\'s "#" link, as heart buttons print it', `<div class="zl-wrap"><a href="#" class="zl" title="Like this"><span class="zl-count">86</span></a></div>`],
  ])('removes %s', (_, html) => {
    const { removed } = declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only);
    expect(removed).toEqual([expect.objectContaining({ kind: 'reactions', count: 1 })]);
    // Named by words a reader knows, never by the stars' alt text.
    expect(removed[0]?.labels.join(' ')).not.toMatch(/\d Sterne?/);
  });

  it.each([
    ['a list of labelled results', `<ul><li>Me gusta: 52 %</li><li>Me encanta: 17 %</li><li>Me enoja: 14 %</li></ul>`],
    ['a data table of counts', `<table><tr><td>12</td><td>40</td><td>7</td></tr></table>`],
    ['a question in a sentence', `<p>Was this article helpful? Readers of the old site were asked that after every story for ten years, the editor said.</p>`],
    ['a lone year', `<p>2024</p>`],
    ["a reference's access date", `<ol><li><cite>"SpiderMonkey". Mozilla. Retrieved <span>2012-08-18</span></cite></li></ol>`],
    ['a clock time and a date', `<div><span>8:09</span> <span>12.05.2021</span></div>`],
    ['phone numbers in a contact line set in spans', `<p><span><span>聯絡電話：</span><span>03-584-7231</span> <span>行動:</span><span> 0937-141993</span></span></p>`],
    ['a phone number alone', `<p><span>555-123-4567</span></p>`],
    ['numbered list items', `<ol><li>12</li><li>40</li></ol>`],
    ['a short sentence that starts like a request', `<p>Like the previous model, it is expensive.</p>`],
    ['a sentence about star ratings', `<p>Only 3 stars of the 5 stars went to the hotel, which had an average of 4.1 out of 5 votes last year from its guests.</p>`],
    ['a score in a sentence', `<p>The film holds an average of 4.3/5 from 1,200 critics and viewers.</p>`],
    ['a sentence with figures', `<p>Turnout was 45% in 2019, 52% in 2021 and 61% this year.</p>`],
    ['a footnote mark in a sentence', `<p>The second technique uses iterative refinement.<span id="fnref:r"><a class="ref" href="#fn:r">2</a></span></p>`],
    // After arXiv's HTML papers (Defuddle's fixtures issues--142 and issues--144): citation links to another
    // address's anchors, in a <cite>, and footnote marks set in <sup> after each author's name.
    ['citation numbers in a cite', `<p>as explored in prior work <cite>[<a href="https://example.org/paper#bib.bib35">35</a>, <a href="https://example.org/paper#bib.bib2">2</a>, <a href="https://example.org/paper#bib.bib5">5</a>]</cite>.</p>`],
    ['footnote marks after authors’ names', `<p>Ana Souza<span><sup>2</sup><span><sup>2</sup><span>footnotemark: </span><span>2</span></span></span>, Li Wei<span><sup>1</sup><span><sup>1</sup><span>footnotemark: </span><span>1</span></span></span></p>`],
    ["a multi-page article's page links", `<div class="page-links"><span>1</span> <a href="/story/2/">2</a> <a href="/story/3/">3</a> <a href="/story/2/">Next</a></div>`],
    ['page links as a list', `<nav><ul><li><a href="?page=1">1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li></ul></nav>`],
  ])('keeps %s', (_, html) => {
    expect(declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only).removed).toEqual([]);
  });
});

describe('counters that name their tally', () => {
  const removedKinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only).removed.map(({ kind }) => kind);
  it.each([
    ['<div><p><span>6.2K <span>Shares</span></span></p></div>', 'share'],
    ['<p>379 Follower</p>', 'social'],
    ['<p><span>(12)</span> <span>Compartilhamentos</span></p>', 'share'],
    ['<div><span>48</span> <span>votes</span></div>', 'reactions'],
    ['<div class="meta"><a href="#comments">12 Kommentare</a></div>', 'comments'],
    ['<p><span>1,4K</span> <span>visualizações</span></p>', 'meta'],
    ['<div><span>3.2k</span> <span>Me gusta</span></div>', 'reactions'],
    ['<div><span>27</span> <span>подписчиков</span></div>', 'social'],
    // A social counter row (as tagDiv-style themes print it), even as a list.
    ['<ul class="sc"><li><a href="https://facebook.com/p"><span>12.5K</span> Fans</a></li><li><a href="https://instagram.com/p">3.2K <span>Seguidores</span></a></li><li><a href="https://t.me/p">980 Abonnenten</a></li></ul>', 'social'],
    ['<div><div><a href="https://x.com/p">567 Followers Follow</a></div><div><a href="https://youtube.com/p">89 Subscribers Subscribe</a></div></div>', 'social'],
    // The button's label after the noun may be of several words, in another language.
    ['<div><div><a href="https://facebook.com/p">21,987 Fans Me gusta</a></div><div><a href="https://x.com/p">3,912 Seguidores Seguir</a></div></div>', 'social'],
  ])('removes %s as the counter its noun names', (html, kind) => {
    expect(removedKinds(html)).toEqual([kind]);
  });
  it.each([
    ['a labelled figure', '<p>Me gusta: 52 %</p>'],
    ['a figure in a list', '<ul><li>6.2K shares</li><li>3.1K shares</li></ul>'],
    ['a count with another noun', '<p>12 minutes</p>'],
    ['a score, which discussion pages show as content', '<p>25 points</p>'],
    ['a count in a sentence', '<p>The post drew 12 comments.</p>'],
    ['a recipe figure', '<p>4 servings</p>'],
  ])('keeps %s', (_name, html) => {
    expect(removedKinds(html)).toEqual([]);
  });
});

describe('a lone count beside a removed widget', () => {
  /** A Zilla-Likes-style heart button whose count the theme prints under it. */
  const heart = `<div class="zl-wrap"><button class="zl" aria-label="Like this post">♥</button> <a href="#" class="zl-count">86</a></div>`;
  it('goes with the widget, and a lone year elsewhere stays', () => {
    const { text } = declutterHtml(`<p>${PROSE}</p>${heart}<p>(86)</p><p>${PROSE}</p><p>2024</p>`);
    expect(text).not.toContain('86');
    expect(text).toContain('2024');
  });
});
