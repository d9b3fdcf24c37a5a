import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { WindowLike } from 'dompurify';
import type { Article } from './article';
import { blockText } from './block-text';
import { cloneForExtraction } from './clone-document';
import { prepareContent } from './content';
import { attachLetterHeader } from './content/letter-header';
import { blockByContents } from './content/contents-scope';
import { attachDetachedFootnotes } from './content/detached-footnotes';
import { sameElementIn, threadArticle, threadContainer } from './content/discussion-thread';
import { PickClimb } from './content/pick-climb';
import { sectionRun, type SectionRun } from './content/section-run';
import { prepareSpecialMarkup, type SpecialMarkupStage } from './content/special-markup';
import { declutter, RemovalReport } from './declutter';
import { restoreLazyImages } from './lazy-images';
import { revealHiddenContent } from './reveal-hidden-content';
import { demoteLongHeadings } from './long-headings';
import { findLeadImage } from './lead-image';
import { articleHeader, bylineInBody, removeBylineLines, removeKickerLines, removeRepeatedHeadline } from './metadata';
import { checkedLanguage } from './metadata/language';
import { sanitizeHtml } from './sanitize';
import { summarizeArticle } from './summary';
import { findPublisherSummary, type PublisherSummary } from './summary/publisher-summary';
import { countWords, normalizeSpace, readingMinutes } from './text';

export interface ExtractOptions {
  /** The page's URL: resolves relative links and names the article. */
  url: string;
  /** Extract even when the page does not look like an article ("Try anyway"). */
  force?: boolean;
  /** Bounds Readability's work on huge pages; it throws past this many elements. */
  maxElemsToParse?: number;
  /** Window that parses for the sanitiser; defaults to the document's own. */
  window?: WindowLike;
  /** Called after each stage with its name and duration (benchmarks); nothing is timed without it. */
  onStage?: (stage: PipelineStage, ms: number) => void;
}

/** The pipeline's stages, in order. */
export const PIPELINE_STAGES = ['readerable', 'clone', 'prepare', 'readability', 'declutter', 'leadImage', 'text', 'sanitize'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export type ExtractOutcome =
  | { status: 'article'; article: Article }
  | { status: 'not-article'; title: string; reason: 'not-readerable' | 'no-content' };

/**
 * An article as the page extracts it for an extension page, which finishes it (src/ui/finish-page.ts): no
 * summaries, the language as the page declares it (not yet checked against the text), and the body as
 * `markup`, not sanitised: whoever receives it sanitises it once, with its own window, before anything reads
 * it. So neither the summariser, its stop words, the reading of the body's blocks nor the sanitiser are loaded
 * into the page's first script: the blocks are read where the article is finished, from the body the page kept.
 */
export type ExtractedPage = Omit<Article, 'summary' | 'publisherSummary' | 'contentHtml'> & {
  /** The extracted body's HTML, untrusted and unsanitised. */
  markup: string;
  /** The publisher's own summary, where the page has one (`findPublisherSummary`). */
  publisherCandidate: PublisherSummary | null;
};

/** What finishing adds to an extracted page for its card (src/ui/finish-page.ts): all of it but the sanitised body. */
export type CardFinish = Pick<Article, 'lang' | 'summary' | 'publisherSummary'>;

export type PageOutcome =
  /**
   * `body`: the extracted body itself (the private copy, as the pipeline left it), from which finishing reads the
   * summariser's blocks (src/ui/finish-page.ts). The page keeps it beside the extraction and never sends it, so
   * the card's first answer carries no blocks and the injected script not the code that reads them.
   */
  | { status: 'article'; page: ExtractedPage; body: Element }
  | { status: 'not-article'; title: string; reason: 'not-readerable' | 'no-content' };

/** What the pipeline leaves to the finishing step, or does itself (`extractArticle`, for Node and the tests). */
interface Finishing {
  checkLanguage(declared: string | null, text: string): string | null;
  summarize: typeof summarizeArticle;
  /** The body's HTML: sanitised, or its raw markup. */
  serialize(content: Element, win: WindowLike): string;
  /** Code, formulas, embeds and callouts (content/special-markup.ts), which the page loads only where it has them. */
  special: SpecialMarkupStage;
}

const IN_FULL: Finishing = { checkLanguage: checkedLanguage, summarize: summarizeArticle, serialize: sanitizeHtml, special: prepareSpecialMarkup };

/**
 * The pipeline (`extractArticle`) but what the finishing step does: what the script injected into a page runs.
 * `special` is the special-markup stage, or the check that throws where the page needs it (content/special-markup-check.ts).
 */
export function extractPage(doc: Document, options: ExtractOptions, special: SpecialMarkupStage): PageOutcome {
  const found: { publisherCandidate: PublisherSummary | null; body: Element | null } = { publisherCandidate: null, body: null };
  const outcome = runPipeline(doc, options, {
    checkLanguage: (declared) => declared,
    summarize: (page, { content }) => {
      found.publisherCandidate = findPublisherSummary(page);
      found.body = content;
      return { summary: [], publisherSummary: null };
    },
    serialize: (content) => content.innerHTML,
    special,
  });
  if (outcome.status !== 'article') return outcome;
  // Summarising is the one step that sees the body, and every article goes through it.
  if (!found.body) throw new Error('extractPage: the pipeline gave an article without summarising its body.');
  const { summary: _summary, publisherSummary: _publisherSummary, contentHtml: markup, ...rest } = outcome.article;
  return { status: 'article', page: { ...rest, markup, publisherCandidate: found.publisherCandidate }, body: found.body };
}

/**
 * The whole pipeline: clone, reveal hidden main content, Readability, declutter its output, lead image, summary,
 * sanitise. Reads `doc` but never changes it.
 *
 * Declutter runs on Readability's result, not on the whole page: Readability picks the same article it would on
 * the page as published (so where plain Readability finds an article, so do we), and the engine judges a few
 * hundred elements instead of the whole page.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractOutcome {
  return runPipeline(doc, options, IN_FULL);
}

/** The pipeline, with the finishing steps passed in, so that a build without them (`extractPage`) leaves them out. */
function runPipeline(doc: Document, options: ExtractOptions, finishing: Finishing): ExtractOutcome {
  const lap = stageTimer(options.onStage);
  const readerable = isProbablyReaderable(doc);
  lap?.('readerable');
  const pageTitle = normalizeSpace(doc.title);
  if (!readerable && !options.force) return { status: 'not-article', title: pageTitle, reason: 'not-readerable' };

  const win = options.window ?? (doc.defaultView as WindowLike | null);
  if (!win) throw new Error('extractArticle needs a window to sanitise with (pass options.window).');

  const baseUrl = documentBaseUrl(doc, options.url);
  const clone = cloneForExtraction(doc, baseUrl);
  lap?.('clone');
  if (clone.body) {
    // Real images before anything looks at them: the lead image and the icons the engine recognises.
    restoreLazyImages(clone.body);
    // Code, formulas, embeds, callouts and captions made plain before anything judges the page.
    prepareContent(clone.body, baseUrl, finishing.special);
    revealHiddenContent(clone);
  }
  lap?.('prepare');
  // Where revealing hidden content left Readability with nothing, the page as published may still have an
  // article: never answer "no content" where plain Readability finds one.
  const parsed = readArticle(clone, options) ?? readArticle(preparedCopy(doc, baseUrl, finishing.special).copy, options);
  lap?.('readability');
  if (!parsed?.content) return { status: 'not-article', title: pageTitle, reason: 'no-content' };
  // Where Readability picked one item of a thread or listing, the article is the whole run of items.
  const climb = new PickClimb(doc, parsed.content);
  const thread = threadContainer(doc, parsed.content, climb);
  // Where it picked one section of an article laid out as a run of like boxes, the article is the run.
  const sections = thread ? null : sectionRun(doc, parsed.content, climb);
  const picked =
    (thread && preparedCopy(doc, baseUrl, finishing.special, thread).kept) ??
    (sections && preparedCopy(doc, baseUrl, finishing.special, sections.container, sections).kept) ??
    parsed.content;
  // Where the page's own table of contents covers one block of a pick mostly made of something else.
  const content = blockByContents(doc, picked) ?? picked;
  // Notes the template renders outside the article's box, which Readability's pick leaves out.
  attachDetachedFootnotes(content, doc);
  const report = new RemovalReport();
  // The page as published is read for the widgets of captions Readability left without them.
  declutter(content, report, undefined, null, doc);
  demoteLongHeadings(content);
  // Headline, byline and date from every place the page says them; their lines leave the body for the header.
  const header = articleHeader(doc, parsed, options.url);
  // A byline the page writes only in the body ("… BY TMZ STAFF") goes to the header too.
  header.byline ??= bylineInBody(content);
  removeBylineLines(content, header.byline, header.publishedTime);
  removeKickerLines(content);
  removeRepeatedHeadline(content, header.title);
  // The fields of a letter the post is, printed above its body: after the declutter, whose date and byline
  // lines they would otherwise look like.
  attachLetterHeader(content, climb.anchor);
  lap?.('declutter');
  const leadImage = findLeadImage(doc, content, baseUrl);
  lap?.('leadImage');
  const textContent = blockText(content);
  const lang = finishing.checkLanguage(normalizeSpace(parsed.lang ?? doc.documentElement?.getAttribute('lang')) || null, textContent);
  const wordCount = countWords(textContent, lang);
  const excerpt = normalizeSpace(parsed.excerpt) || null;
  const title = header.title || pageTitle || new URL(options.url).hostname;
  const { summary, publisherSummary } = finishing.summarize(doc, { content, lang, title, wordCount });
  lap?.('text');
  // In place, on the private copy: after everything else has read the content.
  const contentHtml = finishing.serialize(content, win);
  lap?.('sanitize');
  const article: Article = {
    url: options.url,
    title,
    byline: header.byline,
    siteName: header.siteName || siteNameFromUrl(options.url),
    lang,
    dir: textDirection(parsed.dir ?? doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir')),
    publishedTime: header.publishedTime,
    excerpt,
    summary,
    publisherSummary,
    leadImage,
    contentHtml,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    removed: report.summary(),
    readerable,
  };
  return { status: 'article', article };
}

/**
 * A copy of the page as published (nothing revealed), with its code, formulas and embeds made plain; `keep`, a
 * thread container of the page, comes back as the copy's, made the article (discussion-thread.ts); with `run`,
 * only that run of its children (section-run.ts).
 */
function preparedCopy(doc: Document, baseUrl: string, special: SpecialMarkupStage, keep?: Element, run?: SectionRun): { copy: Document; kept: Element | null } {
  const copy = cloneForExtraction(doc, baseUrl);
  const kept = keep ? sameElementIn(copy, keep) : null;
  if (kept && run) {
    const first = sameElementIn(copy, run.first);
    const last = sameElementIn(copy, run.last);
    const children = Array.from(kept.children);
    const from = first ? children.indexOf(first) : -1;
    const to = last ? children.indexOf(last) : -1;
    if (from < 0 || to < from) return { copy, kept: null };
    children.forEach((child, i) => (i < from || i > to) && child.remove());
  }
  if (copy.body) {
    restoreLazyImages(copy.body);
    prepareContent(copy.body, baseUrl, special);
  }
  return { copy, kept: kept && threadArticle(kept) };
}

function readArticle(doc: Document, options: ExtractOptions) {
  const parsed = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    maxElemsToParse: options.maxElemsToParse ?? 0,
    // Class names are weak evidence for the engine; the sanitiser drops them afterwards.
    keepClasses: true,
  }).parse();
  return parsed?.content ? parsed : null;
}

/** A lap timer reporting to `onStage`, or null (no clock read at all) when nobody listens. */
function stageTimer(onStage: ExtractOptions['onStage']): ((stage: PipelineStage) => void) | null {
  if (!onStage) return null;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    onStage(stage, now - last);
    last = now;
  };
}

/** The URL relative links resolve against: the page's `<base href>` if any, else the page URL. */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  const href = Array.from(doc.getElementsByTagName('base')).find((base) => base.hasAttribute('href'))?.getAttribute('href');
  if (href) {
    try {
      const base = new URL(href, pageUrl);
      // A <base> may not make links javascript: or data: (browsers ignore such a base too).
      if (base.protocol === 'http:' || base.protocol === 'https:' || base.protocol === 'file:') return base.href;
    } catch {
      // Ignore a malformed <base>.
    }
  }
  return pageUrl;
}

/** "rtl" or "ltr" when the page declares one of them; anything else (e.g. "auto") is left to the browser. */
export function textDirection(value: string | null | undefined): string | null {
  const dir = normalizeSpace(value).toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/** The site as its address names it, where the page names none. */
export function siteNameFromUrl(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
