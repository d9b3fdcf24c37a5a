/**
 * The page's own table of contents and its headings' edit links, taken out before Readability sees the private
 * copy. The reader draws its own contents from the article's headings, so the page's list of links to them
 * ("1 History 2 Features 2.1 Linking …") would be a second, unstyled copy above the text; a wiki's "[edit]" beside
 * every heading is an action on the site, not part of the title. Both are known by what they are, not by names:
 * a table of contents is a list of at least three links, each to a heading on this page, with no other words; an
 * edit link is a link to the wiki's edit action (`action=edit`) inside a heading, with its brackets.
 */
import { normalizeSpace } from '../text';

const MIN_ENTRIES = 3;
/** Words a box may hold beside its contents list: its title ("Contents", "On this page"). */
const MAX_TITLE_CHARS = 40;
const HEADING = 'h1, h2, h3, h4, h5, h6';
const EDIT_LINK = 'a[href*="action=edit"]';
/** What an edit link and its wrapper say: "[edit]", "[ edit | edit source ]". */
const EDIT_WORDS = /^[[\]|\s]*(?:edit(?: source)?[[\]|\s]*)+$/i;

export function removePageContents(body: Element): void {
  removeEditLinks(body);
  removeContentsLists(body);
}

function removeEditLinks(body: Element): void {
  for (const link of Array.from(body.querySelectorAll(EDIT_LINK))) {
    const heading = link.closest(HEADING);
    if (!heading || !EDIT_WORDS.test(normalizeSpace(link.textContent))) continue;
    let target: Element = link;
    while (target.parentElement && target.parentElement !== heading && EDIT_WORDS.test(normalizeSpace(target.parentElement.textContent))) target = target.parentElement;
    target.remove();
  }
}

/** Whether `id` names a heading of the page, or an element inside one (MediaWiki's `span.mw-headline`). */
function isHeadingTarget(doc: Document, id: string): boolean {
  const target = doc.getElementById(id);
  return target !== null && target.closest(HEADING) !== null;
}

/** A list of at least three links, each to a heading of this page, with no other words. */
export function isContentsList(list: Element): boolean {
  const links = Array.from(list.querySelectorAll('a'));
  if (links.length < MIN_ENTRIES) return false;
  const doc = list.ownerDocument;
  for (const link of links) {
    const id = fragmentOf(link);
    if (!id || !isHeadingTarget(doc, id)) return false;
  }
  // Nothing but the links (and their numbers, inside them).
  const linkChars = links.reduce((sum, link) => sum + normalizeSpace(link.textContent).length, 0);
  return normalizeSpace(list.textContent).replace(/\s/g, '').length <= linkChars;
}

/** The id a `#fragment` link points to, or null for any other link. */
export function fragmentOf(link: Element): string | null {
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

function removeContentsLists(body: Element): void {
  for (const list of Array.from(body.querySelectorAll('ul, ol'))) {
    if (!list.isConnected || list.parentElement?.closest('ul, ol')) continue;
    if (!isContentsList(list)) continue;
    // With its box when the box holds nothing else but a title.
    let target: Element = list;
    while (target.parentElement && target.parentElement !== body) {
      const parent = target.parentElement;
      const extra = normalizeSpace(parent.textContent).length - normalizeSpace(target.textContent).length;
      if (extra > MAX_TITLE_CHARS || parent.matches('article, main, [role="main"]')) break;
      target = parent;
    }
    target.remove();
  }
}
