import type { Article } from './article';

/** The words around the article in the saved file, in the reader's language (the core has no strings). */
export interface HtmlExportWords {
  /** The language of those words (the article keeps its own `lang`). */
  uiLang: string;
  summaryHeading: string;
  /** Byline, date and reading time as the reader shows them, already joined. */
  metaLine: string;
  sourceLabel: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Only web addresses become links in the file; anything else is shown as text. */
function webUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

// Readable on screen and on paper, light or dark, with no file or font of its own.
const STYLE = `
:root { color-scheme: light dark; --text: #1d1d1f; --muted: #55555e; --line: #dedbd4; --bg: #fbfaf7; --accent: #1f5fbf; }
@media (prefers-color-scheme: dark) { :root { --text: #e6e6ea; --muted: #a9abb3; --line: #393b42; --bg: #17181b; --accent: #8ab4ff; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 19px/1.6 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif; }
main { max-width: 68ch; margin: 0 auto; padding: 32px 20px 64px; overflow-wrap: break-word; }
.site { margin: 0; color: var(--accent); font: 700 13px/1.4 system-ui, sans-serif; letter-spacing: .05em; text-transform: uppercase; }
h1 { margin: .2em 0 .4em; font-size: 1.75em; line-height: 1.2; }
.meta, .source { color: var(--muted); font: 15px/1.4 system-ui, sans-serif; }
.summary { margin: 1.2em 0; padding: .6em 1.2em; border: 1px solid var(--line); border-radius: 10px; font-size: .9em; }
.summary h2 { margin: .3em 0; font: 700 13px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5em 0; }
figcaption { color: var(--muted); font-size: .8em; }
pre { overflow-x: auto; padding: 12px; border: 1px solid var(--line); border-radius: 8px; font-size: .8em; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--line); }
table { border-collapse: collapse; display: block; overflow-x: auto; }
td, th { border: 1px solid var(--line); padding: 4px 8px; }
a { color: var(--accent); }
@media print { body { background: #fff; color: #000; font-size: 12pt; } main { max-width: none; padding: 0; } pre { white-space: pre-wrap; } }
`.trim();

/**
 * The article as one self-contained HTML file: its own styles, no script, and a Content-Security-Policy that
 * lets it load nothing but images (which are data: URLs when the reader embedded them). `bodyHtml` must come
 * from `sanitizeHtml`; every other field is escaped here.
 */
export function articleHtmlDocument(article: Article, bodyHtml: string, words: HtmlExportWords): string {
  const source = webUrl(article.url);
  const lang = article.lang ? ` lang="${escapeText(article.lang)}"` : '';
  const dir = article.dir === 'rtl' || article.dir === 'ltr' ? ` dir="${article.dir}"` : '';
  const summary = article.summary.length
    ? [`<section class="summary" lang="${escapeText(words.uiLang)}" dir="auto">`, `<h2>${escapeText(words.summaryHeading)}</h2>`, '<ul>', ...article.summary.map((point) => `<li${lang}>${escapeText(point)}</li>`), '</ul>', '</section>']
    : [];
  return [
    '<!doctype html>',
    `<html${lang}${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeText(article.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<article>',
    '<header>',
    ...(article.siteName ? [`<p class="site">${escapeText(article.siteName)}</p>`] : []),
    `<h1>${escapeText(article.title)}</h1>`,
    `<p class="meta">${escapeText(words.metaLine)}</p>`,
    ...summary,
    '</header>',
    bodyHtml,
    '</article>',
    `<p class="source">${escapeText(words.sourceLabel)} ${source ? `<a href="${escapeText(source)}">${escapeText(source)}</a>` : escapeText(article.url)}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
