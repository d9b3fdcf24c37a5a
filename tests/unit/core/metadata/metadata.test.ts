import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/core';
import { cleanHeadline, withoutSiteName } from '../../../../src/core/metadata/headline';
import { removeBylineLines } from '../../../../src/core/metadata/byline-lines';
import { structuredArticle } from '../../../../src/core/metadata/structured-data';
import { documentFrom } from '../../../harness/fixtures';

const prose = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1}: the clinic's nurses explain, in plain words and with examples from their own work, how a common cold differs from the flu and when a visit to the doctor is worth it.</p>`).join('');

describe('structured data', { timeout: 30_000 }, () => {
  it('reads an article in an @graph, with its author and publisher given by @id', () => {
    const doc = documentFrom(`<html><head><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://clinic.example/#website', name: 'Clinic' },
        { '@type': 'Organization', '@id': 'https://clinic.example/#org', name: 'City Clinic' },
        { '@type': 'Person', '@id': 'https://clinic.example/#/schema/person/9', name: 'Dr. Ann Berg' },
        { '@type': ['MedicalWebPage', 'Article'], headline: 'Cold or flu?', author: { '@id': 'https://clinic.example/#/schema/person/9' }, publisher: { '@id': 'https://clinic.example/#org' }, datePublished: '2024-02-01T08:00:00+01:00', image: { '@type': 'ImageObject', url: 'https://clinic.example/flu.jpg' } },
      ],
    })}</script></head><body></body></html>`);
    expect(structuredArticle(doc)).toEqual({ headline: 'Cold or flu?', author: 'Dr. Ann Berg', datePublished: '2024-02-01T08:00:00+01:00', publisher: 'City Clinic', image: 'https://clinic.example/flu.jpg' });
  });

  it('reads microdata, and skips JSON it cannot parse', () => {
    const doc = documentFrom(`<html><head><script type="application/ld+json">{ "@type": "NewsArticle", </script></head><body>
      <article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferries run late</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ola Nordmann</span></span>
      <time itemprop="datePublished" datetime="2024-03-03">3 March</time></article></body></html>`);
    expect(structuredArticle(doc)).toMatchObject({ headline: 'Ferries run late', author: 'Ola Nordmann', datePublished: '2024-03-03' });
  });

  it('takes no bare time for a publication date', () => {
    const doc = documentFrom('<article itemscope itemtype="http://schema.org/BlogPosting"><h2 itemprop="name">Notes</h2><abbr itemprop="datePublished" title="">12:55 AM</abbr></article>');
    expect(structuredArticle(doc)?.datePublished).toBeNull();
  });

  it('fills byline and date from JSON-LD when the page has no meta tags for them, and takes their line out of the body', () => {
    const ld = { '@context': 'https://schema.org/', '@type': 'Article', headline: 'Cold or flu? How to tell', author: [{ '@type': 'Person', name: 'Ann Berg' }], datePublished: '2024-02-01' };
    const html = `<html><head><title>Cold or flu? How to tell | City Clinic</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Cold or flu? How to tell</h1><p>Posted on February 1, 2024 by Ann Berg</p>${prose}</article></body></html>`;
    const outcome = extractArticle(documentFrom(html, 'https://clinic.example/flu'), { url: 'https://clinic.example/flu' });
    if (outcome.status !== 'article') throw new Error('no article');
    expect(outcome.article).toMatchObject({ title: 'Cold or flu? How to tell', byline: 'Ann Berg', publishedTime: '2024-02-01' });
    expect(outcome.article.textContent).not.toContain('Posted on');
    expect(outcome.article.textContent).toContain('Paragraph 1');
  });
});

describe('the headline', { timeout: 30_000 }, () => {
  const sites = ['Harbour Town News', 'harbourtown.example', 'harbourtown'];

  it('is the <h1> when a title is the <h1> with a site name or an SEO tail added', () => {
    expect(cleanHeadline({ documentTitle: 'Ferries run late again | Editorial | Harbour Town News', metaTitles: ['Ferries run late again | Editorial'], headings: ['Ferries run late again'], siteNames: sites })).toBe('Ferries run late again');
    expect(cleanHeadline({ documentTitle: 'Паромы снова опаздывают: новости, фото 2018', metaTitles: [], headings: ['Паромы снова опаздывают'], siteNames: sites })).toBe('Паромы снова опаздывают');
  });

  it('loses the site name at either end, even twice, but never all of itself', () => {
    expect(withoutSiteName('Harbour Town News - Ferries run late again - Harbour Town News', sites)).toBe('Ferries run late again');
    expect(withoutSiteName('Ferries run late again | harbourtown.example', sites)).toBe('Ferries run late again');
    expect(withoutSiteName('Harbour Town News', sites)).toBe('Harbour Town News');
    expect(withoutSiteName('Why: a question worth asking', sites)).toBe('Why: a question worth asking');
  });

  it('keeps a title that only shares words with the <h1>', () => {
    expect(cleanHeadline({ documentTitle: 'Ferries: what the new timetable means for you', metaTitles: [], headings: ['Ferries'], siteNames: sites })).toBe('Ferries: what the new timetable means for you');
  });
});

describe('byline and date lines', { timeout: 30_000 }, () => {
  const body = (html: string) => documentFrom(`<!doctype html><body><div id="c">${html}</div></body>`).getElementById('c')!;

  it('go when every word is the byline, a date or a filler word', () => {
    const content = body(`<p>By Ann Berg | Updated March 4, 2024 at 10:30</p><p>Von Ann Berg, 03.03.2024</p>${prose}`);
    expect(removeBylineLines(content, 'Ann Berg', '2024-03-04')).toBe(2);
    expect(content.textContent).not.toContain('Ann Berg');
  });

  it('stay when they say more than that, or the header shows neither', () => {
    const content = body(`<p>Ann Berg met the harbour master on March 4, 2024.</p>${prose}`);
    expect(removeBylineLines(content, 'Ann Berg', '2024-03-04')).toBe(0);
    expect(removeBylineLines(body('<p>Posted on March 4, 2024</p>'), null, null)).toBe(0);
  });
});

describe('the language', { timeout: 30_000 }, () => {
  it('follows the text when the page marks a German article as English', async () => {
    const { checkedLanguage } = await import('../../../../src/core/metadata/language');
    const german = 'Die Stadt lässt über den Winter zwei Brücken begrünen. Auf beiden Brücken sollen Gräser und kleine Sträucher wachsen, die wenig Wasser brauchen. Die Planerin erklärt, dass die Kästen aus Holz gebaut werden und das Wasser über Rinnen zu den Pflanzen geführt wird. Größere Bäume seien wegen des Gewichts nicht möglich, sagte sie am Montag. Im Frühjahr soll geprüft werden, ob die Pflanzen den Winter gut überstanden haben und ob weitere Brücken folgen können. Die Kosten trägt zum größten Teil das Land, den Rest zahlt die Stadt aus dem Haushalt für Grünflächen. Anwohner können ihre Fragen bei einer Versammlung im Rathaus stellen, die für den Abend des nächsten Donnerstags geplant ist.';
    expect(checkedLanguage('en', german)).toBe('de');
    expect(checkedLanguage('en-US', german)).toBe('de');
    expect(checkedLanguage(null, german)).toBe('de');
  });

  it('keeps the page\'s language when the text agrees, is too short, or is in a language it cannot judge', async () => {
    const { checkedLanguage } = await import('../../../../src/core/metadata/language');
    const english = 'The harbour board met on Tuesday to agree the winter timetable for the ferries, which will run every forty minutes until March, with an extra crossing on market days and a later last boat on Fridays, the chair said after the vote.';
    expect(checkedLanguage('en-GB', english)).toBe('en-GB');
    expect(checkedLanguage('en', 'Die Stadt und der Hafen.')).toBe('en');
    expect(checkedLanguage('ja', english)).toBe('ja');
  });

  it('keeps the page\'s language for a short text whose few stop words lean elsewhere', async () => {
    const { checkedLanguage, MIN_WORDS } = await import('../../../../src/core/metadata/language');
    // 45 English words about man pages: "man", "so", "will", "es", "er", "um" and "bin" are German stop words.
    const manPages = 'Setup: sudo apt install man-db, then man ls, man bash, man -k so and man hat. Will man show pages in es, de or da? Set LANG to de and man will; info will too. Man bin, man er, man es, man um.';
    expect(checkedLanguage('en', manPages, 0)).toBe('de');
    expect(checkedLanguage('en', manPages)).toBe('en');
    expect(manPages.split(/\s+/).length).toBeLessThan(MIN_WORDS);
  });
});

describe('the language by its script', () => {
  it('follows the text when a page in a one-language script is marked as English or not at all', async () => {
    const { checkedLanguage } = await import('../../../../src/core/metadata/language');
    const chinese = '如果你熟悉这个编辑器的脚本语言或样式表，你可以开发自己的插件和主题。了解更多信息，请访问开发者文档，并向文档仓库提交请求。';
    const japanese = '市は冬の間に二つの橋を緑化すると発表しました。橋には水をあまり必要としない草や小さな木が植えられる予定です。';
    const korean = '시는 겨울 동안 두 개의 다리를 녹화한다고 발표했습니다. 다리에는 물이 적게 필요한 풀과 작은 나무가 심어질 예정입니다.';
    const greek = 'Ο δήμος ανακοίνωσε ότι θα φυτέψει δύο γέφυρες μέσα στον χειμώνα, με χόρτα και μικρούς θάμνους που χρειάζονται λίγο νερό.';
    expect(checkedLanguage('en', chinese)).toBe('zh');
    expect(checkedLanguage(null, japanese)).toBe('ja');
    expect(checkedLanguage('en-US', korean)).toBe('ko');
    expect(checkedLanguage('de', greek)).toBe('el');
  });

  it('keeps the page\'s word for shared scripts, a few foreign words, or a language it was told', async () => {
    const { checkedLanguage } = await import('../../../../src/core/metadata/language');
    const russian = 'Городской совет объявил, что зимой на двух мостах высадят травы и небольшие кустарники, которым нужно мало воды.';
    const english = 'The harbour board met on Tuesday to agree the winter timetable for the ferries (渡轮, 渡し船), which will run every forty minutes until March, the chair said after the vote.';
    expect(checkedLanguage('en', russian)).toBe('en');
    expect(checkedLanguage('en', english)).toBe('en');
    expect(checkedLanguage('zh-TW', '市は冬の間に二つの橋を緑化すると発表しました。橋には水をあまり必要としない草や小さな木が植えられる予定です。')).toBe('zh-TW');
  });
});

describe('the site name', { timeout: 30_000 }, () => {
  it('shows the host where the page gives its address as its name (TMZ\'s og:site_name "http://www.tmz.com")', () => {
    const url = 'https://www.tmz.com/2015/02/26/lupita-nyongo-pearl-dress-stolen-oscars/';
    const doc = documentFrom(`<html><head><title>Dress stolen</title><meta property="og:site_name" content="http://www.tmz.com"/></head><body><article><h1>Dress stolen</h1>${prose}</article></body></html>`, url);
    const outcome = extractArticle(doc, { url });
    if (outcome.status !== 'article') throw new Error('no article');
    expect(outcome.article.siteName).toBe('tmz.com');
  });

  it('leaves a name that is a name', async () => {
    const { siteNameShown } = await import('../../../../src/core/metadata');
    expect(siteNameShown('The Harbour Times')).toBe('The Harbour Times');
    expect(siteNameShown('tmz.com')).toBe('tmz.com');
    expect(siteNameShown(null)).toBeNull();
  });
});
