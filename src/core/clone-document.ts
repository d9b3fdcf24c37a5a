/**
 * A private copy of the page for the pipeline to change freely. The live page is never touched.
 *
 * The copy carries exactly one `<base href>`, the absolute base URL of the page, so relative links resolve
 * as they did on the page whatever `<base>` elements the page had (a `<base>` without a usable href crashes
 * jsdom's baseURI getter, and Readability reads it).
 */
export function cloneForExtraction(doc: Document, baseUrl: string): Document {
  const clone = cloneDocument(doc);
  for (const base of Array.from(clone.getElementsByTagName('base'))) base.remove();
  const head = clone.head ?? clone.documentElement.insertBefore(clone.createElement('head'), clone.body);
  const base = clone.createElement('base');
  base.setAttribute('href', baseUrl);
  head.prepend(base);
  return clone;
}

function cloneDocument(doc: Document): Document {
  try {
    return doc.cloneNode(true) as Document;
  } catch {
    // Some DOMs refuse to clone a malformed doctype (`<!DOCTYPE<p> html>`): copy the element tree alone.
    const copy = doc.implementation.createHTMLDocument('');
    copy.replaceChild(copy.importNode(doc.documentElement, true), copy.documentElement);
    return copy;
  }
}
