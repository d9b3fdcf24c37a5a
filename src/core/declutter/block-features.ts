import type { BlockView } from './block';
import { AD_LABEL } from './rules/ads';
import { COUNT, EMOJI, HELPFUL_QUESTION, REACTION_LABEL, REACTION_QUESTION, STAR } from './rules/reaction-words';
import { captionKind, isEngagementCaption, MAX_CAPTION_CHARS } from './widget-caption';

/**
 * What the learned block scorer sees of a block: its shape and its words, never its class names, ids or data
 * attributes (what a block is called is what failed to generalise). Every feature is a small number, cheap to get
 * from the block view's cached measurements.
 */

export const FEATURE_NAMES = [
  'logChars', 'linkDensity', 'logWords', 'countShare', 'counts2', 'emoji', 'lexiconReactions', 'stars',
  'controlsPerWord', 'imagesPerWord', 'linksPerWord', 'shortChildren', 'logChildren', 'repeatedChildren',
  'before', 'after', 'sentencesPerWord', 'question', 'engagementWords', 'captionBefore', 'hasLead', 'shareLinks',
  'adLabel', 'contentStructure', 'headings', 'digitShare', 'articleShare', 'paragraph',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Blocks larger than this are sections, not one widget: the scorer never judges them. */
export const MAX_SCORED_CHARS = 600;
const SHORT_CHILD_CHARS = 25;
const CONTENT_STRUCTURES = new Set(['UL', 'OL', 'DL', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'PRE']);
const SENTENCE_END = /[.!?。！？](?=\s|$)/gu;

const log1p = Math.log1p;

function matches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

function distinct(text: string, pattern: RegExp): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(pattern)) seen.add(m[0].toLowerCase());
  return seen.size;
}

/** The short line right before a block ends in a colon, or is an engagement caption ("Share this:", "Rate it"). */
function captionBefore(el: Element, view: BlockView): boolean {
  let prev = el.previousElementSibling;
  while (prev && view.stats(prev).chars === 0) prev = prev.previousElementSibling;
  if (!prev || view.stats(prev).chars > MAX_CAPTION_CHARS) return false;
  const text = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
  return /[:：]$/u.test(text) || isEngagementCaption(text) || captionKind(text) !== null;
}

/** The feature vector of one block, in FEATURE_NAMES order. */
export function blockFeatures(el: Element, view: BlockView, rootChars: number): number[] {
  const s = view.stats(el);
  const sig = view.signature(el);
  const words = sig.match(/\p{L}+/gu)?.length ?? 0;
  const counts = matches(sig, COUNT);
  const perWord = (n: number): number => Math.min(1, n / (words + 1));
  let children = 0;
  let short = 0;
  const tags = new Map<string, number>();
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    children++;
    if (view.stats(child).chars <= SHORT_CHILD_CHARS) short++;
    tags.set(child.tagName, (tags.get(child.tagName) ?? 0) + 1);
  }
  const mostCommon = Math.max(0, ...tags.values());
  const position = view.position(el);
  const head = sig.slice(0, 80);
  const lead = view.lead(el);
  const engagement = REACTION_QUESTION.test(head) || HELPFUL_QUESTION.test(head) || isEngagementCaption(lead) || captionKind(lead) !== null;
  let digits = 0;
  for (let i = 0; i < sig.length; i++) {
    const c = sig.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return [
    log1p(s.chars) / 7,
    s.chars === 0 ? 0 : s.linkChars / s.chars,
    log1p(words) / 5,
    counts / (words + counts + 1),
    counts >= 2 ? 1 : 0,
    Math.min(1, matches(sig, EMOJI) / 3),
    Math.min(1, distinct(sig, REACTION_LABEL) / 3),
    matches(sig, STAR) >= 3 ? 1 : 0,
    perWord(s.controls),
    perWord(s.images),
    perWord(s.links),
    children >= 3 ? short / children : 0,
    log1p(children) / 3,
    children >= 3 ? mostCommon / children : 0,
    position === 'before' ? 1 : 0,
    position === 'after' ? 1 : 0,
    Math.min(1, matches(sig, SENTENCE_END) / (words / 8 + 1)),
    /[?？]/u.test(head) || /[?？]$/u.test(lead) ? 1 : 0,
    engagement ? 1 : 0,
    captionBefore(el, view) ? 1 : 0,
    lead ? 1 : 0,
    s.shareLinks > 0 ? 1 : 0,
    s.chars < 60 && AD_LABEL.test(sig.trim()) ? 1 : 0,
    CONTENT_STRUCTURES.has(el.tagName) ? 1 : 0,
    Math.min(1, s.headings / 2),
    sig.length ? digits / sig.length : 0,
    rootChars ? Math.min(1, (10 * s.chars) / rootChars) : 0,
    el.tagName === 'P' ? 1 : 0,
  ];
}

/** Whether the scorer judges a block at all: small, not prose, not the article's title. */
export function isScorable(el: Element, view: BlockView): boolean {
  const s = view.stats(el);
  if (s.chars > MAX_SCORED_CHARS || s.longParagraphs > 0 || s.h1s > 0) return false;
  return s.chars > 0 || s.images > 0;
}
