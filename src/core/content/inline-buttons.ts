/**
 * Words of a sentence that the page made buttons (a glossary term opening a definition, a mention opening a
 * card: "return the longest <button>special</button> subsequence") stay words. Readability drops every
 * `<button>`, and the sentence loses them. A button is such a word when it sits inside a paragraph, list item or
 * cell between other text of that block, and says a few words itself; its own children are kept, in a `<span>`.
 * Buttons with no text (icons), or that make a block's whole text (a "Show more" line), stay controls.
 */
const PROSE_BLOCK = 'p, li, dd, td, blockquote';
const MAX_WORDS = 6;

export function keepInlineButtonWords(root: Element): void {
  for (const button of Array.from(root.getElementsByTagName('button'))) {
    const block = button.closest(PROSE_BLOCK);
    if (!block || !root.contains(block)) continue;
    const own = (button.textContent ?? '').trim();
    if (!/\p{L}/u.test(own) || own.split(/\s+/).length > MAX_WORDS) continue;
    // Other words of the block on both sides: the button is inside a sentence, not a control beside it.
    if (!hasTextBefore(block, button) || !hasTextAfter(block, button)) continue;
    const word = button.ownerDocument.createElement('span');
    while (button.firstChild) word.appendChild(button.firstChild);
    button.replaceWith(word);
  }
}

function hasTextBefore(block: Element, el: Element): boolean {
  const range = el.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEndBefore(el);
  return /\p{L}/u.test(range.toString());
}

function hasTextAfter(block: Element, el: Element): boolean {
  const range = el.ownerDocument.createRange();
  range.setStartAfter(el);
  range.setEnd(block, block.childNodes.length);
  return /\p{L}/u.test(range.toString());
}
