import temml from 'temml';
import { sanitizeHtml } from '../core';

/**
 * Draws the formulas an article kept only as TeX (`code.language-math`, see src/core/content/math-tex.ts) as
 * MathML, which the browser renders natively. Loaded on demand, only for articles that have such formulas.
 * Temml builds DOM nodes (no HTML strings); the result is sanitised in place like every article markup, and
 * commands that could link or style (`\href`, `\class`, …) stay off (`trust: false`).
 */
export function drawTexFormulas(body: Element): void {
  for (const code of Array.from(body.querySelectorAll('code.language-math'))) {
    const tex = code.textContent ?? '';
    const display = code.classList.contains('math-display');
    const holder = document.createElement('span');
    try {
      temml.render(tex, holder, { displayMode: display, throwOnError: true, trust: false, annotate: false, maxExpand: 1000 });
    } catch {
      // TeX that temml cannot read stays as its source, which still says what the formula is.
      continue;
    }
    sanitizeHtml(holder, window);
    const math = holder.querySelector('math');
    if (!math) continue;
    math.setAttribute('alttext', tex);
    const target = display && code.parentElement?.localName === 'pre' ? code.parentElement : code;
    target.replaceWith(math);
  }
}
