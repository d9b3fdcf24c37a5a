/**
 * The classes extraction writes into an article's HTML to say what a block is, and the only classes the
 * sanitiser lets through (every other class of the page is dropped). Later stages (the summariser, the reader,
 * the CLI's Markdown) may rely on them:
 *
 * - `language-<name>` on `pre > code`: a code block in that language (code-blocks.ts).
 * - `math-inline` / `math-display` with `language-math` on `code`: a formula whose only source is TeX, kept as its
 *   TeX text; the reader draws it as MathML (math.ts). Formulas with MathML are plain `<math>` elements.
 * - `embed` on a `figure`: a card standing for embedded media (video, audio, post, code pen), with the provider in
 *   `embed-<provider>` and a link to the original; never a frame (embeds.ts).
 * - `callout` (and `callout-<kind>`) on a `div`: a note, tip or warning box of the article (callouts.ts).
 *
 * Captions are `figcaption` inside `figure`; footnotes keep the page's `sup > a[href^="#"]` links and list.
 */
export const KEPT_CLASS = /^(?:language-[\w+#.-]{1,30}|math-(?:inline|display)|embed(?:-[a-z0-9]{1,20})?|callout(?:-[a-z0-9]{1,20})?)$/;

/** The kept classes of a class attribute's value, space-separated ('' when none is left). */
export function keptClasses(value: string): string {
  return value
    .split(/\s+/)
    .filter((token) => KEPT_CLASS.test(token))
    .join(' ');
}
