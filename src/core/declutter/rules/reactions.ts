import type { BlockView } from '../block';
import { labelled, readableLabel, wordCount, type ClutterMatch, type ClutterRule } from '../rule';
import { RATING_SCALE } from './remnants';
import { repeatedIcons } from '../widget-residue';
import { normalizeSpace } from '../../text';
import { COUNT, EMOJI, HELPFUL_QUESTION, REACTION_LABEL, REACTION_QUESTION, REACTION_TITLE, STAR } from './reaction-words';

/**
 * Emoji/reaction pickers, vote counters, star ratings and "Was this helpful?" blocks, in any markup. A block is a reaction widget when its shape says so: a few short items that are
 * reaction labels or emoji, with counts, buttons, icons or a question to the reader; never a run of prose
 * that merely talks about reactions.
 */

/** Larger blocks are sections, not one widget. */
const MAX_WIDGET_CHARS = 600;
/** Words beyond the reaction labels themselves that a widget may carry (its question, "votes", ...). */
const SPARE_WORDS = 12;

/** Content structures: without buttons, icons or a question to the reader, a list of reactions is content. */
const CONTENT_STRUCTURES = new Set(['UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'P', 'BLOCKQUOTE', 'FIGURE']);

const REACTION_NAME = /(^|[-_])(reactions?|emojis?|emotions?|emotes?|emoticons?|moods?|feelings?|likes?-?dislikes?|wpra|vuukle)([-_]|$)|^reaction|reactions$/;
const LIKE = /\b(like|likes|upvotes?|me gusta|j'aime|gefällt mir|curti|mi piace)\b|👍|▲|⬆/iu;
const DISLIKE = /\b(dislikes?|downvotes?|no me gusta|je n'aime pas|gefällt mir nicht|não gostei|non mi piace)\b|👎|▼|⬇/iu;
const RATING_WORDS = /\b(rate|rating|rated|votes?|stars?|bewert\p{L}*|sterne|valora\p{L}*|calific\p{L}*|estrellas|not(e|ez)|évaluez|avali\p{L}*|estrelas|vot[io]|valuta\p{L}*|stelle)\b/iu;
const YES_NO = /\b(yes|no|sí|si|non?|oui|ja|nein|sim|não)\b/giu;

interface Tally {
  /** Distinct reaction labels and emoji. */
  reactions: number;
  counts: number;
  /** Words that are not reaction labels. */
  otherWords: number;
  stars: number;
}

function tally(sig: string): Tally {
  const labels = new Set<string>();
  let rest = sig.replace(REACTION_LABEL, (word) => {
    labels.add(word.toLowerCase());
    return ' ';
  });
  rest = rest.replace(EMOJI, (emoji) => {
    labels.add(emoji);
    return ' ';
  });
  const stars = sig.match(STAR)?.length ?? 0;
  const counts = rest.match(COUNT)?.length ?? 0;
  return { reactions: labels.size, counts, otherWords: wordCount(rest), stars };
}

export const reactionsRule: ClutterRule = {
  kind: 'reactions',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars > MAX_WIDGET_CHARS || s.headings > 1) return null;
    if (el.tagName === 'IFRAME') return null;
    const named = view.named(el, REACTION_NAME);
    // Widgets are made of short items; a block whose text runs long between elements is prose or a list of it.
    const itemized = s.chars <= 80 || s.chars / Math.max(1, el.childElementCount) <= 60;
    const hinted = named || s.reactionHooks > 0 || s.reactionIcons > 0;
    if (!itemized && !hinted) return null;
    // A single list item or span is an item, not a widget: the widget is its parent (menus have thousands).
    if (!hinted && (el.tagName === 'LI' || el.tagName === 'SPAN')) return null;
    const sig = view.signature(el);
    if (!sig && s.images === 0) return null;
    const t = tally(sig);
    const interactive = s.controls + s.links + s.reactionHooks > 0 || s.reactionIcons >= 2;
    const lead = view.lead(el);
    const question = REACTION_QUESTION.test(lead) || REACTION_QUESTION.test(sig.slice(0, 60));
    const asks = question || REACTION_TITLE.test(lead);
    // Lists and tables are how articles present data: only buttons, icons or a question make them a widget.
    const widgetShaped = !CONTENT_STRUCTURES.has(el.tagName) || interactive || question || named;
    if (!widgetShaped) return null;
    const fewWords = t.otherWords <= SPARE_WORDS + t.reactions || (s.images >= MIN_FACES && t.otherWords - faceWords(el) <= SPARE_WORDS + t.reactions);

    if (s.reactionHooks >= 3 || (s.reactionIcons >= 3 && fewWords)) return labelled(view, el);
    if (asks && fewWords && (t.reactions >= 2 || s.controls + s.images + s.links >= 3)) return labelled(view, el);
    if (named && fewWords && (t.reactions >= 2 || s.images >= 3 || s.controls >= 2)) return labelled(view, el);
    if (t.reactions >= 3 && fewWords && (t.counts >= 2 || interactive)) return labelled(view, el);
    return likeDislike(el, view, sig, t) ?? likeButton(el, view, sig, t) ?? rating(el, view, sig, t, s.controls + s.links) ?? helpful(el, view, sig, s.controls + s.links) ?? likeBox(el, view, sig, t);
  },
};

/** From this many linked avatars in a row, the images are a face pile: the people who reacted. */
const MIN_FACES = 3;

/**
 * The words of a face pile's names ("Maren Solberg", "tobi"): the alt text of the block's avatars, each image the
 * whole of its link. They are who reacted, no words to read; fewer than MIN_FACES avatars count nothing.
 */
function faceWords(el: Element): number {
  let faces = 0;
  let words = 0;
  for (const img of el.getElementsByTagName('img')) {
    const link = img.parentElement;
    if (link?.tagName !== 'A' || link.childElementCount !== 1 || (link.textContent ?? '').trim() !== '') continue;
    faces++;
    words += wordCount(img.getAttribute('alt') ?? '');
  }
  return faces >= MIN_FACES ? words : 0;
}

/**
 * "👍 124 👎 12", "Like (24) | Dislike (3)", "▲ 42 ▼": a vote pair with counts; or, without counts, two buttons
 * (or links) and nothing else to read, one to vote up, one down ("👍 Yes, clear 👎 No, needs work").
 */
function likeDislike(el: Element, view: BlockView, sig: string, t: Tally): ClutterMatch | null {
  if (sig.length > 80 || t.otherWords > 6 || !LIKE.test(sig) || !DISLIKE.test(sig)) return null;
  return t.counts >= 1 || votePair(el) ? labelled(view, el) : null;
}

/** Whether the block's text is two controls' and nothing else, one voting up and the other down. */
function votePair(el: Element): boolean {
  const controls = [...el.querySelectorAll('a, button')].filter((c) => !c.parentElement?.closest('a, button'));
  if (controls.length !== 2) return false;
  const [up = '', down = ''] = controls.map((c) => (c.textContent ?? '').replace(/’/g, "'"));
  const own = controls.reduce((chars, c) => chars + (c.textContent ?? '').replace(/\s+/g, '').length, 0);
  if ((el.textContent ?? '').replace(/\s+/g, '').length !== own) return false;
  return (LIKE.test(up) && DISLIKE.test(down) && !DISLIKE.test(up)) || (LIKE.test(down) && DISLIKE.test(up) && !DISLIKE.test(down));
}

/** Words a like button's block may hold besides it: the lines its script swaps in ("Thanks!", "You already like this"). */
const LIKE_BUTTON_WORDS = 8;

/**
 * One like button and its tally, as like plugins print it ("J'aime 389", "Like 12"): a button, or a link that runs a
 * script, whose own text is a like label and a count, in a block with little else to read. A link to a page that
 * happens to say "like" is the article's.
 */
function likeButton(el: Element, view: BlockView, sig: string, t: Tally): ClutterMatch | null {
  if (sig.length > 80 || t.counts < 1 || t.otherWords > LIKE_BUTTON_WORDS) return null;
  for (const button of el.querySelectorAll(`button, ${SCRIPT_LINK}`)) {
    const text = normalizeSpace(button.textContent).replace(/’/g, "'");
    if (text.length <= 30 && LIKE.test(text) && !DISLIKE.test(text) && (text.match(COUNT)?.length ?? 0) === 1) return labelled(view, el);
  }
  return null;
}

/** How many readers rated: a count and the raters' noun ("based on 61 reviews", "(135 votes)", "19 opiniones"). */
const RATERS = /\d[\d.,]*\s*(votes?|ratings?|reviews?|votos|opiniones|avis|stimmen|voti)(?!\p{L})/iu;
/** Words a readers' rating summary may carry with its distribution's bars ("Excellent 62% · Very good 23% …"). */
const SUMMARY_WORDS = 25;

/**
 * "Rate this article ★★★★☆ (135 votes)", or its stars drawn as one icon repeated, or as alike styled elements (an
 * icon font's glyphs, background images). A readers' rating summary (the average on its scale, how many rated, its
 * stars as icons) may add the bars of its distribution: a label and a share each.
 */
function rating(el: Element, view: BlockView, sig: string, t: Tally, controls: number): ClutterMatch | null {
  if (sig.length > 200) return null;
  const icons = Math.max(repeatedIcon(el), repeatedIcons(el));
  const summary = icons >= 3 && RATING_SCALE.test(sig) && RATERS.test(sig);
  if (t.otherWords > (summary ? SUMMARY_WORDS : 15)) return null;
  const stars = t.stars >= 3 || icons >= 3 || view.named(el, /(^|[-_])(star-?)?ratings?([-_]|$)|^stars?$|rating-stars|star-rating/) || controls >= 5;
  return stars && RATING_WORDS.test(sig) && (t.stars >= 3 || icons >= 3 || controls >= 3) ? labelled(view, el) : null;
}

/** How often the block's most repeated image is shown: a rating's star icons are one image, three to ten times. */
function repeatedIcon(el: Element): number {
  const seen = new Map<string, number>();
  let most = 0;
  for (const img of el.getElementsByTagName('img')) {
    const src = img.getAttribute('src') ?? '';
    if (!src) continue;
    const n = (seen.get(src) ?? 0) + 1;
    seen.set(src, n);
    most = Math.max(most, n);
  }
  return most;
}

/** "Was this article helpful? Yes / No". */
function helpful(el: Element, view: BlockView, sig: string, controls: number): ClutterMatch | null {
  if (sig.length > 200 || !HELPFUL_QUESTION.test(sig)) return null;
  const answers = sig.match(YES_NO)?.length ?? 0;
  return controls >= 2 || answers >= 2 || view.stats(el).images >= 2 ? labelled(view, el) : null;
}

/** Longest question of a like box: one line to the reader. */
const MAX_QUESTION_CHARS = 64;
/** Words a like box may have besides its question: its answers ("Yes", "No", "Me gusta"). */
const ANSWER_WORDS = 4;
/** A link that runs a script instead of going somewhere: a button drawn as a link. */
const SCRIPT_LINK = 'a[href="#"], a[href^="javascript:"], a:not([href])';

/**
 * A like box: a short question to the reader and the buttons that answer it, above or below them ("Did you like this
 * article? 👍 👎", "Gostou desta matéria? Sim Não", "¿Te gustó esta nota? Me gusta 52"), in any language. Found by
 * its shape: one question line, two answers or more, or one with its count or icon, and nothing else to read. A box
 * that asks for an address (a newsletter) or offers choices to tick (a poll) is not one.
 */
function likeBox(el: Element, view: BlockView, sig: string, t: Tally): ClutterMatch | null {
  const s = view.stats(el);
  if (sig.length > 200 || s.emailInputs + s.textareas + s.radios > 0 || s.headings > 1) return null;
  // A paragraph with links is the article's, unless real buttons make it a box.
  if (CONTENT_STRUCTURES.has(el.tagName) && s.controls === 0) return null;
  const question = /(?:^|[.!?。]\s)\s*([^.!?。]{3,}[?？])/u.exec(sig)?.[1]?.trim() ?? '';
  if (!question || question.length > MAX_QUESTION_CHARS || wordCount(question) < 2) return null;
  const answers = s.controls + el.querySelectorAll(SCRIPT_LINK).length;
  const answerWords = wordCount(sig.replace(question, ' '));
  if (answerWords > ANSWER_WORDS) return null;
  // Named by its question, not by its buttons' labels.
  return answers >= 2 || (answers === 1 && (t.counts >= 1 || s.images > 0)) ? { label: readableLabel(question) } : null;
}
