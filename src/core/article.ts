/** What the core hands to every shell (popup, reader, CLI). Plain data: it crosses `executeScript` and storage. */
export interface LeadImage {
  src: string;
  alt: string;
}

/**
 * One kind of clutter that was removed, e.g. `{ kind: 'reactions', count: 2, labels: ["What's Your Reaction?"] }`:
 * how many blocks, and the words each block that has a name is known by (its heading or first words); blocks
 * with nothing worth naming are only counted.
 */
export interface RemovedClutter {
  kind: ClutterKind;
  count: number;
  labels: string[];
}

export type ClutterKind =
  | 'reactions'
  | 'share'
  | 'related'
  | 'comments'
  | 'newsletter'
  | 'ads'
  | 'poll'
  | 'cookie'
  | 'tags'
  | 'author-bio'
  | 'navigation'
  | 'social'
  | 'meta'
  | 'player'
  | 'promo';

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** Text direction of the article ("rtl", "ltr") when the page says, else null. */
  dir: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** Key points, one sentence each: the article's most central sentences, in article order (extractive). */
  summary: string[];
  /**
   * The publisher's own summary (a standfirst on the page, else its meta description) when it is substantial
   * and not just a copy of the key points; shown labelled as the publisher's.
   */
  publisherSummary: string | null;
  leadImage: LeadImage | null;
  /**
   * Sanitised HTML of the article body. Blocks that are not prose are marked with standard elements and a few
   * classes (src/core/content/markers.ts): captions are `figure > figcaption`, embedded media are
   * `figure.embed` cards, code is `pre > code.language-*`, TeX-only formulas `code.language-math`, callouts
   * `div.callout`; the summariser and the reader rely on these.
   */
  contentHtml: string;
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  removed: RemovedClutter[];
  /** Whether the page looked like an article before extraction (Readability's heuristic). */
  readerable: boolean;
}
