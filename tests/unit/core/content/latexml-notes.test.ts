import { describe, expect, it } from 'vitest';
import { listLatexmlNotes } from '../../../../src/core/content/latexml-notes';
import { documentFrom } from '../../../harness/fixtures';

// Our own markup in the shape LaTeXML writes notes (its LaTeXML-inline-xhtml.xsl note templates, as arXiv serves
// papers): the note's box inside its mark, repeating the mark and a tag before the note's words.
const note = (role: string, n: string, words: string) =>
  `<span class="ltx_note ltx_role_${role}"><sup class="ltx_note_mark">${n}</sup><span class="ltx_note_outer"><span class="ltx_note_content"><sup class="ltx_note_mark">${n}</sup><span class="ltx_note_type">${role}: </span><span class="ltx_tag ltx_tag_note">${n}</span>${words}</span></span></span>`;

describe('LaTeXML notes', () => {
  it('become footnote links and a list of notes after their paragraph', () => {
    const doc = documentFrom(`<body><div class="ltx_para"><p class="ltx_p">Attention alone suffices${note('footnote', '1', 'Equal contribution, <a href="https://example.org/order">order</a> random.')} for translation.</p></div><p>Next.</p></body>`);
    listLatexmlNotes(doc.body);
    const paragraph = doc.querySelector('p.ltx_p')!;
    expect(paragraph.textContent).toBe('Attention alone suffices1 for translation.');
    expect(paragraph.querySelector('sup > a')?.getAttribute('href')).toBe('#latexml-note-1');
    const item = doc.getElementById('latexml-note-1')!;
    expect(item.textContent).toBe('Equal contribution, order random.');
    expect(item.closest('ol')?.previousElementSibling).toBe(paragraph);
  });

  it('keeps a footnotemark as its mark alone: its box only repeats the mark', () => {
    const doc = documentFrom(`<body><p class="ltx_p">Ada Byron${note('footnotemark', '2', '')}, Alan Turing${note('footnotemark', '1', '')}</p></body>`);
    listLatexmlNotes(doc.body);
    expect(doc.body.textContent).toBe('Ada Byron2, Alan Turing1');
    expect(Array.from(doc.querySelectorAll('sup'), (sup) => sup.textContent)).toEqual(['2', '1']);
    expect(doc.querySelectorAll('ol, a')).toHaveLength(0);
  });
});
