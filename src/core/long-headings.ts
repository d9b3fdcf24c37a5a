import { normalizeSpace } from './text';

/** A heading with more text than this is a paragraph set in heading type (a standfirst, a lead), not a title. */
const MAX_HEADING_CHARS = 200;

/**
 * Turns over-long headings of the extracted content into paragraphs, keeping what they hold: pages set their
 * standfirst as an `<h2>`, which a reading view would show as a wall of heading type and list as a section.
 */
export function demoteLongHeadings(content: Element): void {
  for (const heading of Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (normalizeSpace(heading.textContent).length <= MAX_HEADING_CHARS) continue;
    const paragraph = heading.ownerDocument.createElement('p');
    for (const attribute of ['lang', 'dir']) {
      const value = heading.getAttribute(attribute);
      if (value !== null) paragraph.setAttribute(attribute, value);
    }
    paragraph.append(...Array.from(heading.childNodes));
    heading.replaceWith(paragraph);
  }
}
