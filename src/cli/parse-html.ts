import { JSDOM, VirtualConsole } from 'jsdom';

/** A Node DOM for the core: jsdom, with scripts off and its console (CSS parse warnings) silenced. */
export function parseHtml(html: string, url: string): { document: Document; close(): void } {
  let dom: JSDOM;
  try {
    dom = build(html, url);
  } catch (error) {
    // jsdom's CSS parser throws on some inline styles (`calc(($a - $b) / 16 * 9)`): drop the styles that can
    // fail (calc, variables), then all inline styles, rather than lose the page.
    try {
      dom = build(stripInlineStyles(html, /calc\(|\$|var\(/i), url);
    } catch {
      try {
        dom = build(stripInlineStyles(html, /./), url);
      } catch {
        throw error;
      }
    }
  }
  return { document: dom.window.document as unknown as Document, close: () => dom.window.close() };
}

function build(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

const STYLE_ATTRIBUTE = /\sstyle\s*=\s*("[^"]*"|'[^']*')/gi;

/** Removes the `style` attributes whose value matches `risky`. */
export function stripInlineStyles(html: string, risky: RegExp): string {
  return html.replace(STYLE_ATTRIBUTE, (attribute, value: string) => (risky.test(value) ? '' : attribute));
}

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const STYLESHEET_LINK = /<link\b[^>]*rel\s*=\s*["']?stylesheet[^>]*>/gi;

/** The page without any style: no `style` attributes, `<style>` elements or stylesheet links. */
export function withoutStyles(html: string): string {
  return stripInlineStyles(html, /./).replace(STYLE_ELEMENT, '').replace(STYLESHEET_LINK, '');
}
