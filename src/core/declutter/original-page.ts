import type { ClutterKind } from '../article';
import { BlockView } from './block';
import type { ClutterRule } from './rule';
import { nonSpaceLength, textLongerThan } from '../dom-walk';
import { compactText, normalizeSpace } from '../text';
import { ENGAGEMENT_KINDS } from './widget-caption';
import { wordCount } from './rule';
import { asksReader } from './widget-heading';
import { bareCounts, contentAfterControls, CONTROL, controlBox, controlBoxAround, controlsIn, hasCount, holdsIcon, onlyControlLabels, tallyLine } from './widget-residue';
import { TEXT_NODE } from '../node-types';

/**
 * Where Readability dropped a widget's box (its buttons, its "share" or "social" class) but kept the caption line
 * beside it, the caption stands alone in Readability's result and nothing there says what it captioned. The page as
 * published still has the box next to the line: this finds the line there by its text and asks the rules what the
 * block beside it is. It only reads the page.
 */

/** Longest line looked up: a caption, never a paragraph. */
const MAX_LINE_CHARS = 100;
/** Wrappers climbed from the box beside the line to the widget the rules recognise, and back down. */
const MAX_DEPTH = 3;
/** A caption is printed once or twice (above and below the article); a line the page repeats more is its furniture. */
const MAX_OCCURRENCES = 3;
/** Longest block judged beside a line: a widget's box, never a section of the page. */
const MAX_NEIGHBOUR_CHARS = 1200;
/**
 * From this much text, a block beside the line that the article still shows word for word was not removed: it is
 * the article's own (a paragraph that starts "Yes, …"), and the line titles it. Shorter blocks (a count, "Yes No")
 * may match the article by chance.
 */
const MIN_SHOWN_CHARS = 20;

export class OriginalPage {
  /** Elements of the page that hold nothing but one short line, by that line's text; built on first use. */
  private lines: Map<string, Element[]> | null = null;

  /**
   * The article's text as it stands (spaces collapsed), and the sites of the frames it still shows, as frames or as
   * the embed cards that stand for them (content/embeds.ts: a player's frame becomes a card linking to its site).
   * The first text is read when first needed (most pages never ask), before anything is removed: the residues
   * are all found before any goes (see `declutter`).
   */
  private shown: { article: Element; text: string | null };
  private readonly shownSites: Set<string>;

  /** `article`: the decluttered content; a block it still shows was not removed, so it is no widget. */
  constructor(
    private readonly doc: Document,
    private readonly rules: readonly ClutterRule[],
    article: Element,
  ) {
    this.shown = { article, text: null };
    const addresses = [
      ...[...article.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src')),
      ...[...article.querySelectorAll(EMBED_CARD_LINKS)].map((link) => link.getAttribute('href')),
    ];
    this.shownSites = new Set(addresses.map((address) => siteOf(address, doc)).filter((site) => site !== ''));
  }

  /**
   * The kind of engagement widget that sits right after (`side` 'after') or right before the line with this text
   * in the page as published, or null when there is none. `named`: the kind the line's own words name ("Like
   * this:"); then any box of controls, frames or icons beside it is that widget, even one the rules cannot read
   * (a frame that loads the buttons). A block beside the line that the article still shows is no widget, whatever
   * the rules read in it. A line that ends in a colon introduces the block after it: a frame or a box of buttons
   * there that the article no longer shows (Readability keeps the frames of videos and maps) is an engagement
   * widget's, whatever its words. `plain`: see below.
   */
  widgetBeside(text: string, side: 'after' | 'before', named: ClutterKind | null, plain = false): ClutterKind | null {
    const lines = this.find(normalizeSpace(text));
    if (lines.length > MAX_OCCURRENCES) return null;
    for (const line of lines) {
      // A plain line with no mark and no widget's words (`plain`) is a caption only as a theme prints one, a short
      // <div> or <span>; as a paragraph it is the article's (a credit line), whatever follows it.
      if (plain && line.closest('p')) continue;
      // The line is the widget's own prompt, inside its box ("Did this answer your question?" above its buttons).
      const box = this.boxAround(line);
      if (box) return box;
      let neighbour = side === 'after' ? line.nextElementSibling : line.previousElementSibling;
      while (neighbour && isEmpty(neighbour)) neighbour = side === 'after' ? neighbour.nextElementSibling : neighbour.previousElementSibling;
      if (!neighbour || (neighbour.textContent ?? '').length > MAX_NEIGHBOUR_CHARS) continue;
      if (this.shows(neighbour)) continue;
      const introduced = side === 'after' && /[:：]$/u.test(text) && this.droppedControls(neighbour) ? 'reactions' : null;
      const kind = this.engagementKind(neighbour) ?? (named && isBox(neighbour) ? named : null) ?? introduced;
      if (kind) return kind;
      // A line that asks the reader or introduces what follows, right above a box of controls that holds no
      // content: that box's caption, whatever its words (one control is enough after a colon: "Show some love:").
      const asking = asksReader(text) ? 2 : /[:：]$/u.test(text) ? 1 : 0;
      if (side === 'after' && asking && controlBox(neighbour, asking) && !contentAfterControls(neighbour)) return this.ruleKind(neighbour) ?? 'reactions';
      // A question to the reader right above a single counter (a clap's or a heart's button: an icon and its count,
      // no word) is that counter's caption: "Liked it? Leave a clap" over "👏 1.347".
      if (side === 'after' && asking === 2 && controlBox(neighbour, 1) && bareCounts(normalizeSpace(neighbour.textContent))) return this.ruleKind(neighbour) ?? 'reactions';
    }
    return null;
  }

  /**
   * The kind of engagement widget right after the heading with this text in the page as published, when that widget
   * opens with a heading of its own ("Lo que dijeron en el fediverso" over a box titled "Reacciones del Fediverso"):
   * two headings in a row say the first one titles the box, not the prose after it. Null otherwise.
   */
  widgetUnderHeading(text: string): ClutterKind | null {
    const lines = this.find(normalizeSpace(text));
    if (lines.length > MAX_OCCURRENCES) return null;
    for (const line of lines) {
      if (!HEADING.test(line.tagName)) continue;
      let neighbour = line.nextElementSibling;
      while (neighbour && isEmpty(neighbour)) neighbour = neighbour.nextElementSibling;
      if (!neighbour || (neighbour.textContent ?? '').length > MAX_NEIGHBOUR_CHARS || this.shows(neighbour) || !opensWithHeading(neighbour)) continue;
      const kind = this.engagementKind(neighbour);
      if (kind) return kind;
    }
    return null;
  }

  /**
   * The engagement kind of the small block that holds the line with its other items (buttons, icons, counts), when
   * the rules recognise it and the article no longer shows it, or null.
   */
  private boxAround(line: Element): ClutterKind | null {
    let box = line.parentElement;
    for (let depth = 0; box && box !== this.doc.body && depth < MAX_DEPTH; depth++, box = box.parentElement) {
      // More non-space characters than the limit is longer still with its spaces: a large ancestor's text is not read.
      if (textLongerThan(box, MAX_NEIGHBOUR_CHARS)) return null;
      const text = normalizeSpace(box.textContent);
      if (text.length > MAX_NEIGHBOUR_CHARS) return null;
      if (text === normalizeSpace(line.textContent)) continue;
      return this.shows(box) ? null : this.engagementKind(box);
    }
    return null;
  }

  /**
   * The kind of widget whose residue `block` (a short line of the article, see widget-residue.ts) is, or null: in
   * the page as published, the block's text sat in a small box of controls that held no content, and the article
   * no longer shows that box as it was (its text or its controls are gone). Looked up by the block's longest
   * piece of text; the box must hold all of the block's text. Named by what the rules call the box, else a
   * reaction widget's.
   */
  residueOf(block: Element): ClutterKind | null {
    const pieces = textPieces(block);
    const anchor = pieces.reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '');
    if (!anchor) return null;
    const lines = this.find(anchor);
    if (lines.length > MAX_OCCURRENCES) return null;
    const wanted = pieces.map(compactText);
    const text = normalizeSpace(block.textContent);
    // A counter's count needs only its one button beside it; a line with words, two controls.
    const minControls = bareCounts(text) ? 1 : 2;
    // Every place the page prints these words must be a widget's: a heading the page's contents list repeats, or a
    // line a reader's comment echoes, stands somewhere that is no box of controls, and the words are the article's.
    let found: ClutterKind | null = null;
    for (const line of lines) {
      const kind = this.residueBoxKind(line, block, text, wanted, minControls);
      if (!kind) return null;
      found ??= kind;
    }
    return found;
  }

  /** The kind of the box of controls this one place of the residue's words sits in or beside, or null. */
  private residueBoxKind(line: Element, block: Element, text: string, wanted: string[], minControls: number): ClutterKind | null {
    // A count on its own button ("214 readers recommend this" in one script link), or a button whose wrapper holds
    // nothing but it and its icon ("Add to favorites" beside a star), needs no second control. (A button beside words of its own, an FAQ's
    // question above its answer, is no such button.)
    const onButton = line.closest(CONTROL) !== null;
    const least = onButton ? 1 : minControls;
    let box = controlBoxAround(line, least);
    // The box holds all of the residue's text: one button of a pair ("Dislikes (27)") is not yet the widget.
    while (box && !wanted.every((piece) => compactText(box!.textContent).includes(piece))) box = box.parentElement && controlBoxAround(box.parentElement, least);
    if (box) {
      const outer = box.parentElement ?? box;
      if (controlsIn(box) < minControls && !(hasCount(text) ? onlyControlLabels(box) : onlyControlLabels(outer) && holdsIcon(outer))) return null;
      const boxText = normalizeSpace(box.textContent);
      const compact = compactText(boxText);
      // The article still shows a sentence of the box beside the line: the box was a section of the article whose
      // buttons Readability dropped (a feature's blurb with its "Try it now" links), not a widget.
      if (sentenceBeside(block, compact)) return null;
      // A box of nothing but its buttons' labels, or of counts beside its icons (a like button's tally), is a widget
      // even where the article keeps it whole.
      const dropped = onlyControlLabels(box) || bareCounts(boxText) || !this.shownText.includes(boxText) || controlsIn(box) > controlsIn(counterpart(block, compact));
      return dropped ? (this.ruleKind(box) ?? 'reactions') : null;
    }
    // A tally printed beside the widget's box, outside it ("Anna, Piotr and 55 others like this" under the buttons).
    if (!tallyLine(text)) return null;
    for (const side of ['previousElementSibling', 'nextElementSibling'] as const) {
      let neighbour = line[side];
      while (neighbour && isEmpty(neighbour)) neighbour = neighbour[side];
      if (neighbour && controlBox(neighbour) && !this.shows(neighbour)) return this.ruleKind(neighbour) ?? 'reactions';
    }
    return null;
  }

  /** Takes the article as it now stands (after removals) as what it shows. */
  update(article: Element): void {
    // Read now: the lines judged after this are removed one by one, and each is judged against this text.
    this.shown = { article, text: normalizeSpace(article.textContent) };
  }

  private get shownText(): string {
    return (this.shown.text ??= normalizeSpace(this.shown.article.textContent));
  }

  /** Whether the article still shows the block word for word (when it has enough words to tell). */
  private shows(block: Element): boolean {
    const text = normalizeSpace(block.textContent);
    return text.length >= MIN_SHOWN_CHARS && this.shownText.includes(text);
  }

  /**
   * A box of buttons, or one that loads a frame, that the article no longer shows: what a caption line introduced.
   * Never a block that holds content ("Here is the script:" before a code box with its Copy and Edit buttons), nor
   * a frame the article still shows, as a frame or as an embed card ("Watch the interview here:" before a player).
   */
  private droppedControls(block: Element): boolean {
    if (!isBox(block) || block.matches(CONTENT_INSIDE) || block.querySelector(CONTENT_INSIDE)) return false;
    const frames = [...block.querySelectorAll('iframe')];
    if (frames.some((frame) => this.shownSites.has(siteOf(frame.getAttribute('src'), this.doc)))) return false;
    return frames.length > 0 || block.querySelectorAll('button, [role=button], input[type=button], input[type=submit]').length >= 2;
  }

  private find(text: string): Element[] {
    if (!this.lines) this.lines = collectLines(this.doc);
    return this.lines.get(text) ?? [];
  }

  /** What the rules call the block, or the widget it wraps (down a chain of single children), if an engagement kind. */
  private engagementKind(block: Element): ClutterKind | null {
    const kind = this.ruleKind(block);
    return kind && ENGAGEMENT_KINDS.has(kind) ? kind : null;
  }

  /** What the rules call the block, or the widget it wraps (down a chain of single children); null before prose. */
  private ruleKind(block: Element): ClutterKind | null {
    const view = new BlockView(block);
    let el: Element | null = block;
    for (let depth = 0; el && depth <= MAX_DEPTH; depth++) {
      const s = view.stats(el);
      // Prose beside the line: the line titles it.
      if (s.longParagraphs > 0 || s.h1s > 0) return null;
      for (const rule of this.rules) {
        const match = rule.match(el, view);
        if (match) return match.kind ?? rule.kind;
      }
      el = el.childElementCount === 1 ? el.firstElementChild : null;
    }
    return null;
  }
}

/** The links of the article's embed cards (`figure.embed`, content/markers.ts: the class the embed stage writes). */
const EMBED_CARD_LINKS = 'figure.embed a[href]';

/** What a colon line may introduce that is the article's, whatever buttons come with it. */
const CONTENT_INSIDE = 'pre, code, table, video, audio, figure, blockquote';

/** The site an address belongs to (its host's last two labels), or '' when it is none. */
function siteOf(address: string | null, doc: Document): string {
  if (!address) return '';
  try {
    return new URL(address, doc.baseURI).hostname.split('.').slice(-2).join('.');
  } catch {
    return '';
  }
}

/** Longest text of a box of buttons: a few labels and counts. */
const MAX_BOX_CHARS = 300;

/** A block of controls, links, frames or icons with little text and no paragraph of prose: a widget's box. */
function isBox(el: Element): boolean {
  const text = normalizeSpace(el.textContent);
  if (text.length > MAX_BOX_CHARS || el.querySelector('p, h1, h2, h3, h4, h5, h6, li') && text.length > MAX_LINE_CHARS) return false;
  return el.querySelector('a, button, input, select, iframe, img, svg, [role=button]') !== null;
}

/** The largest block around `block` in the article whose text is all in the box's (`boxText`, spaces removed). */
function counterpart(block: Element, boxText: string): Element {
  let el = block;
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    const text = compactText(parent.textContent);
    if (text.length > boxText.length || !boxText.includes(text)) break;
    el = parent;
  }
  return el;
}

/** Fewest words of a paragraph of prose: a widget's notices ("Be the first to rate this post.") are shorter. */
const MIN_SENTENCE_WORDS = 12;
/**
 * Two sentences or more, ending in a full stop: a blurb of prose. A widget's notice is one sentence ("You can use
 * your account to reply to this post.").
 */
const PROSE_SENTENCES = /\p{L}{2}[.!?。！？]\s+\S.*[.。]$/u;

/**
 * Whether the article shows, near `block` (in the blocks around it no larger than the box), a paragraph of the
 * box's (`boxText`, spaces removed) that is prose: two sentences or more, a dozen words or more, ending in a full
 * stop, with no count in it (a tally notice has one).
 */
function sentenceBeside(block: Element, boxText: string): boolean {
  for (let around = block.parentElement; around && compactText(around.textContent).length <= boxText.length; around = around.parentElement) {
    for (const p of around.querySelectorAll('p')) {
      if (p.contains(block) || block.contains(p)) continue;
      const text = normalizeSpace(p.textContent);
      if (PROSE_SENTENCES.test(text) && wordCount(text) >= MIN_SENTENCE_WORDS && !hasCount(text) && boxText.includes(compactText(text))) return true;
    }
  }
  return false;
}

/** The block's pieces of text, one per text node, spaces collapsed, empty ones left out. */
function textPieces(block: Element): string[] {
  const pieces: string[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = normalizeSpace(node.nodeValue);
    if (text) pieces.push(text);
  }
  return pieces;
}

const HEADING = /^H[2-6]$/;

/** Whether the first thing in `block` with text is a heading (down its first children). */
function opensWithHeading(block: Element): boolean {
  let el: Element | null = block.firstElementChild;
  for (let depth = 0; el && depth <= MAX_DEPTH; depth++) {
    while (el && isEmpty(el)) el = el.nextElementSibling;
    if (!el) return false;
    if (HEADING.test(el.tagName)) return true;
    el = el.firstElementChild;
  }
  return false;
}

function isEmpty(el: Element): boolean {
  // A row of buttons drawn by an icon font has no text and no picture, and is still a box (thumbs up and down links).
  return !normalizeSpace(el.textContent) && !el.querySelector('img, svg, iframe') && !el.matches(CONTROL) && !el.querySelector(CONTROL);
}

/**
 * Every short line of the page, by its text: from each text node, the outermost element that holds nothing else
 * (`<p><strong>Share this article</strong></p>` is found as the `<p>`).
 */
function collectLines(doc: Document): Map<string, Element[]> {
  const lines = new Map<string, Element[]>();
  const root = doc.body;
  if (!root) return lines;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    // Most of a page's text nodes are the whitespace between its tags: ruled out without normalising them.
    if (value.length > MAX_LINE_CHARS * 2 || nonSpaceLength(value, 0) === 0) continue;
    const text = normalizeSpace(value);
    // A caption has two letters at least, a widget's residue a count or an emoji; "^" and "·" are furniture.
    if (text.length > MAX_LINE_CHARS || !/\p{L}{2}|\p{N}|\p{Extended_Pictographic}/u.test(text)) continue;
    let line = node.parentElement;
    if (!line || line.tagName === 'SCRIPT' || line.tagName === 'STYLE') continue;
    while (line.parentElement && line.parentElement !== root && holdsOnly(line.parentElement, line)) line = line.parentElement;
    const found = lines.get(text);
    if (found) found.push(line);
    else lines.set(text, [line]);
  }
  return lines;
}

/** Whether `parent` holds nothing but `child` (and whitespace). */
function holdsOnly(parent: Element, child: Element): boolean {
  if (parent.childElementCount !== 1) return false;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node !== child && node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim()) return false;
  }
  return true;
}
