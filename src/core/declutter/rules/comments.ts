import type { BlockView } from '../block';
import { labelled, type ClutterMatch, type ClutterRule } from '../rule';
import type { BlockStats } from '../stats';

/**
 * Comment sections, threads and forms. A comment thread holds prose (the comments), so this rule may remove it,
 * except where the comments are the article: on a discussion page (a forum thread, a Q&A or link aggregator
 * item) the post above the thread is short next to it, and the thread stays, and so does each comment in it.
 */

/** The post above a thread may be this long and still leave the thread the page's content… */
const DISCUSSION_POST_CHARS = 1000;
/** …as long as it is shorter than this share of the thread. */
const DISCUSSION_POST_SHARE = 0.5;

const COMMENTS_NAME =
  /^(comments?|comment-?(s|form|section|area|list|respond|wrap|wrapper|container|thread)|commentlist|comments-?(area|section|list|wrapper|container|block|thread|box)|disqus_thread|disqus|respond|reply-?form|discussion|discussions|fb-comments|user-comments|article-comments|post-comments-section)$/;
const COMMENTS_HEADING =
  /^(\d+\s+)?(comments?|leave a (comment|reply)|post a comment|add a comment|join the (discussion|conversation)|responses?|\d+ (comments?|responses?)|comentarios?|deja (un|tu) comentario|escribe un comentario|commentaires?|laisser un commentaire|r[ée]agir|kommentare?|kommentieren|schreiben sie einen kommentar|coment[aá]rios?|deixe (um|seu) coment[aá]rio|commenti|lascia un commento|scrivi un commento)\b/iu;

export const commentsRule: ClutterRule = {
  kind: 'comments',
  mayHoldProse: true,
  match(el, view) {
    const s = view.stats(el);
    if (s.h1s > 0) return null;
    if (isDiscussion(view, s.chars)) return null;
    const found = commentsBox(el, view, s);
    if (!found) return null;
    // One comment of a thread that is the page's content: the run of its like siblings is the discussion. Asked
    // last: the climb over its items costs more than the checks above, and most blocks fail those.
    const run = likeSiblingsChars(el, view);
    return run > 0 && isDiscussion(view, run) ? null : found;
  },
};

function commentsBox(el: Element, view: BlockView, s: BlockStats): ClutterMatch | null {
  // Threads are long: only an explicit name lets a block with prose go.
  if (view.named(el, COMMENTS_NAME)) return labelled(view, el);
  if (s.longParagraphs > 0) return null;
  if (el.tagName === 'IFRAME' && /disqus|comments/i.test(el.getAttribute('src') ?? '')) return labelled(view, el);
  if (s.textareas > 0 && s.chars < 800) return labelled(view, el);
  return s.controls > 0 && COMMENTS_HEADING.test(view.lead(el)) ? labelled(view, el) : null;
}

/** Whether a thread of `threadChars` is the page's content: what lies outside it is a short post at most. */
function isDiscussion(view: BlockView, threadChars: number): boolean {
  const outside = view.stats(view.root).chars - threadChars;
  return outside < DISCUSSION_POST_CHARS && outside < threadChars * DISCUSSION_POST_SHARE;
}

/** An item holds at most this many times the text of the comment inside it (its author line, its actions). */
const ITEM_REACH = 3;

/**
 * The text of the run of like classed items (same tag and classes) that `el`, or the item around it, belongs to; 0 when
 * it is in none. A comment is often deep in its item (a table row per comment); further up is the page, not an item.
 */
function likeSiblingsChars(el: Element, view: BlockView): number {
  const reach = view.stats(el).chars * ITEM_REACH;
  for (let node: Element | null = el; node && node !== view.root && view.stats(node).chars <= reach; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) return 0;
    // Items of a thread are classed; a run of bare paragraphs or divs is the article's own text.
    if (node.classList.length === 0) continue;
    const kind = `${node.tagName} ${node.getAttribute('class') ?? ''}`;
    const like = Array.from(parent.children).filter((sibling) => `${sibling.tagName} ${sibling.getAttribute('class') ?? ''}` === kind);
    if (like.length > 1) return like.reduce((sum, item) => sum + view.stats(item).chars, 0);
  }
  return 0;
}
