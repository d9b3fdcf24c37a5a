import { blockText } from '../../block-text';
import type { ClutterKind } from '../../article';
import type { BlockView } from '../block';
import { labelled, readableLabel, wordCount, type ClutterRule } from '../rule';
import { isEngagementRequest } from '../widget-caption';
import { COUNT, EMOJI, HELPFUL_QUESTION, REACTION_LABEL, REACTION_QUESTION, REACTION_TITLE, STAR, STAR_LABEL, TALLY_NOUNS } from './reaction-words';
import { TEXT_NODE } from '../../node-types';

/**
 * What is left of an engagement widget once Readability has dropped its buttons, forms and icons: a row of bare
 * counts ("45% 20% 5%", "👍 1.2K ❤️ 340"), or the widget's question on its own ("Was this article helpful?").
 * Neither says anything to a reader. Tables are data and stay; a list of labelled figures ("Me gusta: 52 %") is
 * the article presenting results and stays unless its items are bare counts.
 */

const MAX_CHARS = 200;
/** Dates and clock times: "2016-05-01", "05/01/2016", "8:09". */
export const DATE_OR_TIME = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}(:\d{2})?\b/gu;
/**
 * Digit groups joined by hyphens, seven digits or more in all: a phone number or a code ("03-584-7231",
 * "0937-141993", an ISBN), one figure of the text, never a counter's row of counts (counts stand apart).
 */
const JOINED_FIGURE = /(?<![\p{L}\d])\d+(?:[-‐‑]\d+)+(?![\p{L}\d])/gu;
const MIN_JOINED_DIGITS = 7;

/** The text with its dates, clock times and joined figures blanked out: what is left may hold counts. */
function withoutFigures(text: string): string {
  return text.replace(DATE_OR_TIME, ' ').replace(JOINED_FIGURE, (figure) => (figure.replace(/\D/g, '').length >= MIN_JOINED_DIGITS ? ' ' : figure));
}
const LISTS = new Set(['UL', 'OL', 'DL']);
const INLINE_ITEMS = new Set(['SPAN', 'A', 'I', 'B', 'EM', 'STRONG', 'SMALL', 'LABEL', 'IMG']);
/** Words a bare counter may carry besides its counts ("votes", "Rating"). */
const COUNTER_WORDS = 2;
/** Words the question may come with ("Yes", "No", "Thanks"). */
const QUESTION_WORDS = 4;

export const remnantsRule: ClutterRule = {
  kind: 'reactions',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars === 0 || s.chars > MAX_CHARS || s.longParagraphs > 0 || el.tagName === 'TABLE' || inTable(el)) return null;
    // A page link, or a row of them; a large parent is no such row (and is not walked for every item in it).
    const parent = el.parentElement;
    if (pageLinks(el) || (parent && parent !== view.root && view.stats(parent).chars <= MAX_CHARS && pageLinks(parent))) return null;
    const row = tallyRow(el, view);
    if (row) return { label: '', kind: row };
    // Star icons named "1 Star" … "5 Stars" are stars, not counts and words.
    const sig = view.signature(el).replace(STAR_LABEL, '★');
    const question = sig.match(REACTION_QUESTION)?.[0] ?? sig.match(HELPFUL_QUESTION)?.[0] ?? sig.match(REACTION_TITLE)?.[0] ?? '';
    // Dates and clock times are not counts ("2016-05-01", "8:09").
    const rest = withoutFigures(question ? sig.replace(question, ' ') : sig);
    // A number inside a list item, a caption or code is part of that content (a reference's access date); a block
    // that holds reference marks (footnote or citation numbers set in <sup>, <sub> or <cite>) is text they annotate.
    const counts = el.parentElement?.closest(NUMBERS_ARE_CONTENT) || el.querySelector(REFERENCE_MARKS) ? 0 : (rest.match(COUNT)?.length ?? 0);
    const emoji = rest.match(EMOJI)?.length ?? 0;
    const labels = rest.match(REACTION_LABEL)?.length ?? 0;
    const stars = rest.match(STAR)?.length ?? 0;
    const words = wordCount(rest.replace(REACTION_LABEL, ' '));

    // Counts with no word at all ("318 129", "+1.9K", "4212 4213 4214"): a counter's numbers, which name
    // nothing; an article's figures come with words. Lists and code are left alone (numbered items, output).
    if (counts >= 1 && !/\p{L}/u.test(rest.replace(COUNT, ' ')) && bareCounter(el, view, counts)) return { label: '' };
    // One emoji and one count, with at most a reaction word as its title ("❤ 58", "👏 1.3K"): a heart's or a
    // clap's counter, which no sentence is.
    if (counts === 1 && emoji === 1 && words === 0 && counterPlace(el)) return { label: '' };
    // Counts that name their tally ("6.2K Shares", "379 Follower"): a counter, of the kind its noun names.
    const tallied = counts === 1 ? tallyKind(rest, el, view) : null;
    if (tallied) return { label: '', kind: tallied };
    // Named by its own words ("(87 votes, average: 4.31 out of 5)"), not by its stars' alt text.
    if (ratingSummary(rest)) return { label: readableLabel(view.lead(el) || blockText(el)) };
    // The widget's caption left alone: "Rate this recipe", "¿Te ha gustado este artículo?".
    if (el.tagName !== 'H1' && isEngagementRequest(sig)) return labelled(view, el);
    // The question alone, or with its yes/no answers.
    if (question && wordCount(rest) <= QUESTION_WORDS && counts + emoji <= 8) return labelled(view, el);
    // Bare counts: every item a number, with at most an emoji or star beside it.
    if (counts >= 2 && words <= COUNTER_WORDS && (question || labels === 0 || rowOfItems(el, view)) && counts + emoji + stars >= 3) {
      if (LISTS.has(el.tagName) && labels > 0 && !question) return null;
      return labelled(view, el);
    }
    return null;
  },
};

/** Longest lone count: "(1,234,567)". */
const MAX_LONE_COUNT_CHARS = 14;

/**
 * A line that is one count and nothing else ("86", "(12)", "1.2k"), outside lists, captions, code and sentences.
 * Beside an engagement widget it is the widget's tally, printed outside the box.
 */
export function loneCount(el: Element, view: BlockView): boolean {
  const s = view.stats(el);
  if (s.chars === 0 || s.chars > MAX_LONE_COUNT_CHARS || s.images + s.controls > 0 || !counterPlace(el)) return false;
  const sig = withoutFigures(view.signature(el));
  return (sig.match(COUNT)?.length ?? 0) === 1 && !/[\p{L}\p{N}]/u.test(sig.replace(COUNT, ' '));
}

const MAX_TALLY_CHARS = 40;

/** A count written first, then its noun: "6.2K Shares", "(379) Follower"; "Me gusta: 52 %" is a labelled figure. */
const COUNT_THEN_NOUN = /^[\s(+]*\d[\d.,]*(?:\s?[kKmM](?!\p{L}))?[\s)]*([\p{L}' ]{2,30}?)[\s)]*$/u;

/** The kind of counter a block of one count and its tally noun is ("6.2K Shares": a share counter), or null. */
function tallyKind(text: string, el: Element, view: BlockView): ClutterKind | null {
  // A link within the page is fine here: "12 Comments" points at the thread; a footnote is a number alone.
  if (view.stats(el).chars > MAX_TALLY_CHARS || el.closest(NUMBERS_ARE_CONTENT) || inProse(el)) return null;
  const noun = COUNT_THEN_NOUN.exec(text)?.[1]?.trim();
  if (!noun) return null;
  for (const [kind, nouns] of TALLY_NOUNS) if (nouns.test(noun)) return kind;
  return null;
}

/**
 * The kind a tally noun names ("Fans", "Kommentare"), with or without the button's label after it, of one word or
 * more ("Fans Like", "Fans Me gusta", "Abonnés J'aime"): the longest run of its first words that is a tally noun.
 */
function tallyNounKind(noun: string): ClutterKind | null {
  const words = noun.trim().split(/\s+/u);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ');
    for (const [kind, nouns] of TALLY_NOUNS) if (nouns.test(candidate)) return kind;
  }
  return null;
}

/** Items of a counter row: from two ("1,234 Fans", "567 Followers") to a network bar's eight. */
const ROW_ITEMS = [2, 8] as const;

/**
 * A row of linked counters, each a count and its tally's noun ("12.5K Fans Like", "3.2K Seguidores", "980
 * Abonnenten"): a social counter box, of the kind its first noun names. Even as a list: its items are links to
 * the site's profiles, not figures of the article.
 */
function tallyRow(el: Element, view: BlockView): ClutterKind | null {
  if (el.childElementCount < ROW_ITEMS[0] || el.childElementCount > ROW_ITEMS[1] || view.stats(el).chars > MAX_TALLY_CHARS * ROW_ITEMS[1]) return null;
  let kind: ClutterKind | null = null;
  for (let item = el.firstElementChild; item; item = item.nextElementSibling) {
    const s = view.stats(item);
    if (s.chars === 0) continue;
    if (s.links === 0 || s.chars > MAX_TALLY_CHARS) return null;
    const noun = COUNT_THEN_NOUN.exec(view.signature(item))?.[1];
    const itemKind = noun ? tallyNounKind(noun) : null;
    if (!itemKind) return null;
    kind ??= itemKind;
  }
  return kind;
}

function inTable(el: Element): boolean {
  return el.closest('table') !== null;
}

/** Where a number is a mark of the text: a footnote or citation ("[35, 2, 5]", "Rafailov²"). */
const REFERENCE_MARKS = 'sup, sub, cite';
/** Where a lone number is the content: list items, code, headings, captions, reference marks. */
const NUMBERS_ARE_CONTENT = `li, dd, dt, pre, code, h1, h2, h3, h4, h5, h6, figcaption, caption, math, time, ${REFERENCE_MARKS}`;
/** A link to a place in the page (a footnote, a reference); a bare "#" is a script's button, not a place. */
const IN_PAGE_LINK = 'a[href^="#"]:not([href="#"])';

/** Whether an inline element sits inside a sentence: its parent has six words or more besides the element. */
function inProse(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !INLINE_ITEMS.has(el.tagName)) return false;
  let own = '';
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node !== el) own += node.textContent ?? '';
  }
  return wordCount(own) >= 6;
}

/** Longest counter text: a few counts, never a run of figures. */
const MAX_COUNTER_CHARS = 40;

/**
 * A block of counts alone is a counter when it has several of them, or one beside a control, an icon or a link
 * (a like button's tally), or one written as counters are ("+1.9K", "18.6k").
 */
function bareCounter(el: Element, view: BlockView, counts: number): boolean {
  const s = view.stats(el);
  if (s.chars > MAX_COUNTER_CHARS || !counterPlace(el)) return false;
  if (counts >= 2 || s.controls + s.links + s.images + s.reactionHooks > 0) return true;
  return /^\s*\+?\d[\d.,]*\s?[kKmM]\s*$|^\s*\+\d/u.test(view.signature(el));
}

/**
 * Where a counter may stand: outside lists, captions and code; a number that links within the page is a footnote or
 * reference mark, and one inside a sentence is part of it.
 */
function counterPlace(el: Element): boolean {
  return !el.closest(NUMBERS_ARE_CONTENT) && !el.querySelector(NUMBERS_ARE_CONTENT) && !el.matches(IN_PAGE_LINK) && !el.querySelector(IN_PAGE_LINK) && !inProse(el);
}

/**
 * A row of page numbers ("1 2 3", "‹ 4 5 6 ›"): the numbers ascend by one and each but the current page links to
 * another page. A multi-page article's navigation, not a tally.
 */
function pageLinks(el: Element): boolean {
  const numbers: number[] = [];
  let linked = 0;
  for (const item of el.querySelectorAll('a, span, li, strong, b, em')) {
    const text = (item.textContent ?? '').trim();
    if (!/^\d{1,4}$/.test(text) || item.querySelector('a, span, strong, b, em')) continue;
    numbers.push(Number(text));
    const link = item.closest('a');
    const href = link?.getAttribute('href') ?? '';
    if (link && href && !href.startsWith('#') && !/^javascript:/i.test(href)) linked++;
  }
  if (numbers.length < 2 || linked < numbers.length - 1) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}

/** A rating's summary: "(87 votes, average: 4.31 out of 5)", "[Total: 1487 Average: 4.3/5]", "Media Voto: 4.1/5". */
export const RATING_SCALE = /\d(?:[.,]\d+)?\s*(?:\/|out of|of|von|de|sur|su|di|van)\s*(?:5|10)(?!\d)/iu;
const RATING_TALLY =
  /\b(votes?|ratings?|average|avg|total|score|stars?|votos?|media|promedio|valoraci[oó]n|moyenne|note|bewertung(en)?|durchschnitt|stimmen|gesamt|m[eé]dia|avalia[cç][oõ]es|voti|gemiddeld|stemmen)\b/iu;
const RATING_SUMMARY_WORDS = 8;

function ratingSummary(text: string): boolean {
  if (text.length > 120 || !RATING_SCALE.test(text) || !RATING_TALLY.test(text)) return false;
  return wordCount(text) <= RATING_SUMMARY_WORDS;
}

/** A row of three or more inline items that carry all the text: a widget's buttons, flattened into a paragraph. */
function rowOfItems(el: Element, view: BlockView): boolean {
  let items = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (!INLINE_ITEMS.has(child.tagName)) return false;
    if (view.stats(child).chars > 0 || child.tagName === 'IMG') items++;
  }
  let loose = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) loose += (node.nodeValue ?? '').replace(/[\s|·•,/-]+/g, '').length;
  }
  return items >= 3 && loose === 0;
}
