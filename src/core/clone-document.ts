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

/**
 * The page's tree copied into a new document, with the text of its style sheets left out: a `<style>` copied
 * into a document is parsed there (most of the copy's time on pages with large inline sheets), and nothing
 * the pipeline reads is in a style sheet (Readability drops them). The tree is first imported into a template's
 * contents, where nothing is parsed, fetched or run, emptied of its sheets there, then moved into the copy, which
 * keeps the page's URL and rendering mode (a plain `document.cloneNode(true)` would parse every sheet).
 */
function cloneDocument(doc: Document): Document {
  try {
    const root = doc.documentElement;
    const holder = root ? doc.createElement('template').content : null;
    if (!root || !holder) return doc.cloneNode(true) as Document;
    const tree = holder.ownerDocument.importNode(root, true);
    for (const sheet of Array.from(tree.getElementsByTagName('style'))) sheet.textContent = '';
    const copy = doc.cloneNode(false) as Document;
    if (doc.doctype) copy.append(copy.importNode(doc.doctype));
    copy.append(copy.adoptNode(tree));
    return copy;
  } catch {
    // Some DOMs refuse to clone a malformed doctype (`<!DOCTYPE<p> html>`): copy the element tree alone.
    const copy = doc.implementation.createHTMLDocument('');
    copy.replaceChild(copy.importNode(doc.documentElement, true), copy.documentElement);
    return copy;
  }
}
