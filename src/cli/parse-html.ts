import { JSDOM, VirtualConsole } from 'jsdom';

/** A Node DOM for the core: jsdom, with scripts off and its console (CSS parse warnings) silenced. */
export function parseHtml(html: string, url: string): { document: Document; close(): void } {
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return { document: dom.window.document as unknown as Document, close: () => dom.window.close() };
}
