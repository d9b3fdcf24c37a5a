import { listNotes, type Note } from './hidden-footnotes';

/**
 * Footnotes as LaTeXML writes them (arXiv's HTML papers): the note sits inside its mark,
 * `<span class="ltx_note ltx_role_footnote"><sup class="ltx_note_mark">1</sup><span class="ltx_note_outer">
 * <span class="ltx_note_content"><sup class="ltx_note_mark">1</sup><span class="ltx_tag ltx_tag_note">1</span>
 * The note.</span></span></span>`, and only the page's stylesheet keeps it from showing in the sentence. Without
 * it the text read "Rafailov22footnotemark: 2". Each note becomes a footnote link and an item of a notes list
 * (as hidden-footnotes.ts lists notes); a `footnotemark` (a mark pointing at a note given elsewhere, whose box
 * holds only the mark again) keeps its mark alone. Structure from LaTeXML's HTML output (its
 * `LaTeXML-inline-xhtml.xsl` note templates), as arXiv serves it.
 */
const ID_PREFIX = 'latexml-note-';
/** The parts of a note's box that repeat its mark: the mark, its tag and the role word ("footnotemark: "). */
const MARK_PARTS = '.ltx_note_mark, .ltx_tag_note, .ltx_note_type';

export function listLatexmlNotes(root: Element): void {
  const notes: Note[] = [];
  for (const note of Array.from(root.querySelectorAll('.ltx_note'))) {
    const markEl = Array.from(note.children).find((child) => child.classList.contains('ltx_note_mark'));
    const content = note.querySelector('.ltx_note_outer .ltx_note_content');
    const label = markEl?.textContent?.trim();
    if (!markEl || !content || !label || !note.closest('p, li, dd, td, blockquote')) continue;
    for (const part of Array.from(content.querySelectorAll(MARK_PARTS))) part.remove();
    if ((content.textContent ?? '').trim() === '') {
      const sup = note.ownerDocument.createElement('sup');
      sup.textContent = label;
      note.replaceWith(sup);
    } else {
      notes.push({ mark: note, label, content });
    }
  }
  listNotes(notes, ID_PREFIX);
}
