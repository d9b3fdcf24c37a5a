/**
 * Formulas whose only source is TeX are kept as their TeX, marked the way Markdown renderers mark math
 * (remark-math, GitHub): `<code class="language-math math-inline">` inline, `<pre><code class="language-math
 * math-display">` on a line of its own. The reader turns them into MathML; the text of the article reads the TeX.
 */
export const TEX_CLASS = 'language-math';
export const INLINE_CLASS = 'math-inline';
export const DISPLAY_CLASS = 'math-display';

export function texFormula(doc: Document, tex: string, display: boolean): Element {
  const code = doc.createElement('code');
  code.setAttribute('class', `${TEX_CLASS} ${display ? DISPLAY_CLASS : INLINE_CLASS}`);
  code.textContent = tex.trim();
  if (!display) return code;
  const pre = doc.createElement('pre');
  pre.append(code);
  return pre;
}

/** The TeX a MathML formula was written in (its `application/x-tex` annotation or its `alttext`), or null. */
export function texOfMath(math: Element): string | null {
  for (const annotation of Array.from(math.getElementsByTagName('annotation'))) {
    if (/^(?:application\/x-tex|text\/latex|tex)$/i.test(annotation.getAttribute('encoding') ?? '')) {
      const tex = (annotation.textContent ?? '').trim();
      if (tex) return tex;
    }
  }
  const alt = (math.getAttribute('alttext') ?? '').trim();
  return alt || null;
}

/** Text that reads as TeX: a command, a script or a brace group, and no run of plain prose. */
export function looksLikeTex(text: string): boolean {
  const value = text.trim();
  if (!value || value.length > 2000) return false;
  if (!/\\[a-zA-Z]+|[_^]\{?|\{[^}]*\}/.test(value)) return false;
  return !/\b[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}\b/i.test(value.replace(/\\[a-zA-Z]+/g, ''));
}
