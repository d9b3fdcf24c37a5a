import { mathFromMathJaxTree } from './mathjax-tree';
import { looksLikeTex, texFormula, texOfMath } from './math-tex';

/**
 * Math as MathML, each formula once. Pages ship a formula two or three times (KaTeX: MathML for machines beside
 * an HTML rendering; MathJax 2: a preview, a rendering and the TeX source in a script; MathJax 3: a rendering
 * and assistive MathML; Wikipedia: hidden MathML beside an image), and hide the machine copy from view, which
 * Readability then drops. Here each formula becomes one `<math>` (with `display="block"` when it stands alone and
 * its TeX in `alttext` when known), or, when only TeX is there, a TeX formula (math-tex.ts).
 * Runs on the private copy before Readability.
 */

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** LaTeX-as-an-image services: the TeX is in the address (WordPress, CodeCogs, Google Charts, upmath, GitHub's renderer). */
const TEX_IMAGE_URL = /\/latex\.php\?|latex\.codecogs\.com\/[a-z.]+\?|chart\.apis\.google\.com\/chart\?|chart\.googleapis\.com\/chart\?|i\.upmath\.me\/(?:svg|png)\/|render\.githubusercontent\.com\/render\/math\?|latex\.artofproblemsolving\.com\/|math\.vercel\.app\/?\?|quicklatex\.com\//i;

function isDisplayContext(el: Element): boolean {
  return el.closest('.katex-display, .MathJax_Display, .mwe-math-mathml-display, [display="block"], .math-display, .equation, .displaymath') !== null;
}

/** A `<math>` moved out of its renderer's wrapper, visible, marked block when the formula stands alone. */
function cleanMath(math: Element, display: boolean, tex: string | null): Element {
  const copy = math.cloneNode(true) as Element;
  copy.removeAttribute('style');
  if (display) copy.setAttribute('display', 'block');
  const source = tex ?? texOfMath(copy);
  if (source) copy.setAttribute('alttext', source);
  return copy;
}

function mathIn(el: Element): Element | null {
  const found = el.getElementsByTagName('math')[0];
  return found && (found.namespaceURI === MATHML_NS || found.localName === 'math') ? found : null;
}

/** KaTeX: `.katex` holds `.katex-mathml` (MathML with the TeX as annotation) and `.katex-html` (aria-hidden). */
function katex(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('.katex'))) {
    if (!el.isConnected) continue;
    const display = el.closest('.katex-display') !== null || el.parentElement?.classList.contains('katex-display') === true;
    const target = el.parentElement?.classList.contains('katex-display') ? el.parentElement : el;
    const math = mathIn(el);
    if (math) {
      target.replaceWith(cleanMath(math, display, null));
      continue;
    }
    // HTML-only output: the TeX may be on the element or a wrapper (data-tex, data-latex, data-math, …).
    const tex = texAttribute(target) ?? texAttribute(target.parentElement);
    if (tex) target.replaceWith(texFormula(el.ownerDocument, tex, display));
  }
}

function texAttribute(el: Element | null): string | null {
  if (!el) return null;
  for (const name of ['data-tex', 'data-latex', 'data-math', 'data-formula', 'data-expr', 'data-katex']) {
    const value = el.getAttribute(name);
    if (value && value.trim()) return value.trim();
  }
  return null;
}

/** MathJax 3/4: `mjx-container` with assistive MathML inside, or only its CHTML/SVG rendering to read back. */
function mathJax3(root: Element): void {
  for (const container of Array.from(root.getElementsByTagName('mjx-container'))) {
    if (!container.isConnected) continue;
    const display = container.getAttribute('display') === 'true' || container.getAttribute('display') === 'block';
    const tex = texAttribute(container);
    const math = mathIn(container);
    if (math) {
      container.replaceWith(cleanMath(math, display, tex));
      continue;
    }
    if (tex) {
      container.replaceWith(texFormula(container.ownerDocument, tex, display));
      continue;
    }
    const rebuilt = mathFromMathJaxTree(container);
    if (rebuilt) {
      if (display) rebuilt.setAttribute('display', 'block');
      container.replaceWith(rebuilt);
    }
  }
}

/** Rendered copies MathJax 2 leaves beside each `<script type="math/tex">`: preview, frame, display box. */
const MATHJAX2_RENDERING = /^(?:MathJax_Preview|MathJax|MathJax_Display|MathJax_CHTML|mjx-chtml|MathJax_SVG|MathJax_SVG_Display|MathJax_MathML|MathJax_PHTML|MathJax_HTML)$/;

function isMathJax2Rendering(el: Element | null): el is Element {
  if (!el) return false;
  if (/^MathJax-Element-\d+-Frame$/.test(el.id)) return true;
  return (el.getAttribute('class') ?? '').split(/\s+/).some((name) => MATHJAX2_RENDERING.test(name));
}

/** MathJax 2 and static `<script type="math/tex">` sources: the TeX, once, with the assistive MathML if any. */
function texScripts(root: Element): void {
  for (const script of Array.from(root.getElementsByTagName('script'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!/^math\/tex\b/.test(type)) continue;
    const tex = (script.textContent ?? '').trim();
    const display = /mode\s*=\s*display/.test(type);
    let math: Element | null = null;
    // Walk back over the renderings of this formula and take them out, keeping their MathML if there is one.
    for (let prev = script.previousElementSibling; isMathJax2Rendering(prev); prev = script.previousElementSibling) {
      math ??= mathIn(prev);
      if (math) math = math.cloneNode(true) as Element;
      prev.remove();
    }
    if (!tex && !math) {
      script.remove();
      continue;
    }
    script.replaceWith(math ? cleanMath(math, display, tex || null) : texFormula(script.ownerDocument, tex, display));
  }
}

/** Wikipedia (and MediaWiki): hidden MathML beside a fallback image of the same formula. */
function mediaWiki(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('.mwe-math-element'))) {
    const math = mathIn(el);
    if (!math) continue;
    const display = el.querySelector('.mwe-math-mathml-display, .mwe-math-fallback-image-display') !== null || math.getAttribute('display') === 'block';
    el.replaceWith(cleanMath(math, display, null));
  }
}

/** Any other `<math>` hidden by the page's style (display:none wrappers) is shown, once. */
function hiddenMath(root: Element): void {
  for (const math of Array.from(root.getElementsByTagName('math'))) {
    for (let el: Element | null = math.parentElement; el && el !== root; el = el.parentElement) {
      if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '') || el.hasAttribute('hidden')) {
        el.replaceWith(cleanMath(math, isDisplayContext(math), null));
        break;
      }
    }
  }
}

/** The TeX an image of a formula stands for: in the service's address, or in its alt text. */
function texOfImage(img: Element): string | null {
  const src = img.getAttribute('src') ?? '';
  const alt = (img.getAttribute('alt') ?? '').trim();
  if (TEX_IMAGE_URL.test(src)) {
    try {
      const url = new URL(src, 'https://x.invalid/');
      const query = url.searchParams.get('latex') ?? url.searchParams.get('chl') ?? url.searchParams.get('math') ?? url.searchParams.get('from') ?? url.searchParams.get('tex');
      if (query) return query;
      if (url.search.length > 1 && !url.search.includes('=')) return decodeURIComponent(url.search.slice(1));
      const last = url.pathname.split('/').pop();
      if (last && /\.(?:svg|png|gif)$/i.test(last) && looksLikeTex(alt)) return alt;
      if (last) return decodeURIComponent(last).replace(/\.(?:svg|png|gif)$/i, '');
    } catch {
      // A malformed address: fall back to the alt text.
    }
  }
  if (looksLikeTex(alt) && (/\\[a-zA-Z]{2,}/.test(alt) || /(?:^|\W)(?:tex|latex|math|equation|formula)(?:\W|$)/i.test(`${img.getAttribute('class') ?? ''} ${src}`))) return alt;
  // A path that ends in escaped TeX ("/formula/%5Cfrac%7Bm%7D%7Bv%7D").
  const last = src.split(/[?#]/)[0]?.split('/').pop() ?? '';
  if (/%5C[a-z]/i.test(last)) {
    try {
      const decoded = decodeURIComponent(last);
      if (looksLikeTex(decoded)) return decoded;
    } catch {
      return null;
    }
  }
  return null;
}

/** Whether an element is the only thing in its block (a formula on a line of its own). */
function standsAlone(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !/^(?:p|div|center|dd|figure)$/.test(parent.localName)) return false;
  return (parent.textContent ?? '').trim() === '' && parent.getElementsByTagName('img').length === 1;
}

function texImages(root: Element): void {
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const tex = texOfImage(img);
    if (!tex) continue;
    img.replaceWith(texFormula(img.ownerDocument, tex, standsAlone(img)));
  }
}

/**
 * Whether `normalizeMath` may change anything under `root`: a renderer's element, a `<math>`, a TeX script or an
 * image of a formula. Where it answers false the stage changes nothing, so the page loads the stage only then
 * (special-markup-check.ts).
 */
export function hasMathMarkup(root: Element): boolean {
  if (root.querySelector('.katex, mjx-container, .mwe-math-element, math')) return true;
  if (Array.from(root.getElementsByTagName('script')).some((script) => /^math\/tex\b/.test((script.getAttribute('type') ?? '').toLowerCase()))) return true;
  return Array.from(root.getElementsByTagName('img')).some(mayShowTex);
}

/**
 * Whether `texOfImage` may find TeX in an image, by the same tests without reading the TeX out: a TeX service's
 * address, an escaped backslash in it, or alt text with a backslash, or with a script or brace where the class or
 * address speaks of formulas. Cheaper and smaller than `texOfImage`, which the page's first script so leaves out.
 */
function mayShowTex(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  const alt = img.getAttribute('alt') ?? '';
  if (TEX_IMAGE_URL.test(src) || /%5C/i.test(src) || alt.includes('\\')) return true;
  return /[_^{]/.test(alt) && /tex|math|equation|formula/i.test(`${img.getAttribute('class') ?? ''} ${src}`);
}

/** Rewrites the formulas under `root` (see above); returns the classes it wrote, for Readability to keep. */
export function normalizeMath(root: Element): Set<string> {
  katex(root);
  mathJax3(root);
  texScripts(root);
  mediaWiki(root);
  hiddenMath(root);
  texImages(root);
  // Every formula carries its TeX where it survives sanitising (annotations do not): the CLI's Markdown reads it.
  for (const math of Array.from(root.getElementsByTagName('math'))) {
    const tex = math.hasAttribute('alttext') ? null : texOfMath(math);
    if (tex) math.setAttribute('alttext', tex);
  }
  const classes = new Set<string>();
  for (const code of Array.from(root.querySelectorAll('code.language-math'))) {
    for (const name of Array.from(code.classList)) classes.add(name);
  }
  return classes;
}
