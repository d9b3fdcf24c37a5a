/**
 * Copies real article pages of Defuddle's fixture suite (../shared/corpora/defuddle-fixtures) into a fresh widget
 * set's hosts/ folder and writes its hosts.json, as copyReadabilityHosts does for Readability's pages (the entries are
 * built by the same code). The page is kept as is; its must-keep sentences are the first sentence of each prose
 * paragraph of Defuddle's expected Markdown whose text one of the page's own <p> elements also holds (the Markdown
 * rewrites some paragraphs, and a sentence the page never prints cannot be kept), a fixed rule that looks at no widget.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockText } from '../../src/core/block-text';
import { earlierHostPages, expectedParagraphs, firstSentence, hostEntry, isCjk, normalize, pageLang, parse, writeHosts, type CopyHostsOptions } from './copy-readability-hosts';
import { fixtureUrl, markdownHtml } from './defuddle-corpus';
import { splitOf } from './page-split';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DEFUDDLE_FIXTURES = resolve(REPO, '../shared/corpora/defuddle-fixtures');

/** Defuddle's held-out pages only: its development pages may have been tuned on. */
export type CopyDefuddleHostsOptions = Omit<CopyHostsOptions, 'allowDevelopment' | 'developmentReason'>;

/** Copies the pages and writes hosts.json; throws on a page that is already a host, not held out, or not placeable. */
export function copyDefuddleHosts(options: CopyDefuddleHostsOptions): number {
  const earlier = earlierHostPages(options.earlierHosts);
  const hosts = options.pages.map(({ page, lang: langOverride }) => {
    if (earlier.has(page)) throw new Error(`${page} is already a host of an earlier set`);
    if (splitOf('defuddle', page) !== 'held-out') throw new Error(`${page} is not held out of Defuddle's corpus split`);
    const html = readFileSync(join(DEFUDDLE_FIXTURES, 'fixtures', `${page}.html`), 'utf8');
    const url = fixtureUrl(page, html);
    const doc = parse(html, url);
    const lang = pageLang(doc, langOverride);
    const cjk = isCjk(lang);
    const own = [...doc.querySelectorAll('p')].map((p) => normalize(blockText(p)));
    const expected = expectedParagraphs(markdownHtml(readFileSync(join(DEFUDDLE_FIXTURES, 'expected', `${page}.md`), 'utf8')), cjk);
    const paragraphs = expected.filter((text) => {
      const sentence = normalize(firstSentence(text, cjk));
      return own.some((p) => p.includes(sentence));
    });
    if (paragraphs.length < 3) throw new Error(`${page}: fewer than three prose paragraphs of the expected Markdown are the page's own`);
    const splitNote = "held out of Defuddle's fixtures in bench/splits/corpus-splits.json";
    const entry = hostEntry({ page, html, url, lang, paragraphs, corpus: 'defuddle-fixtures', copiedFrom: `fixtures/${page}.html`, expectedNote: `expected/${page}.md that the page's own <p> elements hold`, splitNote }, options.split);
    return { entry, html };
  });
  return writeHosts(options.outDir, options.script, hosts);
}
