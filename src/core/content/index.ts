import { captionDetachedPhotos } from './alt-captions';
import { captionFigures } from './figures';
import { fragmentLinks } from './in-page-links';
import { listHiddenFootnotes } from './hidden-footnotes';
import { listLatexmlNotes } from './latexml-notes';
import { keepInlineButtonWords } from './inline-buttons';
import { removePageContents } from './page-contents';
import { keepSectionHeadings } from './section-headings';
import { showStampedDays } from './stamped-times';
import type { SpecialMarkupStage } from './special-markup';

/**
 * Structure the article holds, made plain before Readability sees the private copy: code blocks (code-blocks.ts),
 * formulas (math.ts), embedded media (embeds.ts), callouts (callouts.ts), captioned photos (figures.ts), captions shown apart from their photo (alt-captions.ts), section
 * headings Readability would take for page headers (section-headings.ts), links to the page itself as fragments
 * (in-page-links.ts), words of a sentence made buttons (inline-buttons.ts), footnotes hidden in their marks (hidden-footnotes.ts, latexml-notes.ts), relative times as the day their markup stamps (stamped-times.ts), the page's own table of contents and its headings' edit links (page-contents.ts). `base` is the URL relative addresses resolve against.
 * Returns the classes these stages wrote (markers.ts): a Readability run without `keepClasses` must keep them.
 * Code, formulas, embeds and callouts come as `special` (special-markup.ts): the full stage, or, in the script
 * injected into pages, a check that refuses pages that need it until it is loaded.
 */
export function prepareContent(body: Element, base: string, special: SpecialMarkupStage): string[] {
  fragmentLinks(body, base);
  removePageContents(body);
  const classes = special(body, base);
  captionFigures(body);
  captionDetachedPhotos(body);
  keepSectionHeadings(body);
  keepInlineButtonWords(body);
  listLatexmlNotes(body);
  listHiddenFootnotes(body);
  showStampedDays(body);
  return classes;
}
