/**
 * Section headings whose class calls them a header (`Section-header`, `post-section-header`) stay headings of the
 * article. Readability reads "header" in any class as page chrome (its unlikely-candidate test) and drops the
 * element, so an article loses its section titles while keeping their sections; on a heading the word says only
 * what the tag already does. Only the class token goes, on the private copy; the heading's own text is judged
 * later like any other block's.
 */
const HEADER_TOKEN = /header/i;

export function keepSectionHeadings(root: Element): void {
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const classes = heading.getAttribute('class');
    if (!classes || !HEADER_TOKEN.test(classes)) continue;
    const kept = classes.split(/\s+/).filter((token) => token && !HEADER_TOKEN.test(token));
    if (kept.length > 0) heading.setAttribute('class', kept.join(' '));
    else heading.removeAttribute('class');
  }
}
