/**
 * The page's `<meta name|property content>` values, read in one pass and kept per document: the lead image,
 * the publisher summary and the base URL all ask for a few of them, and attribute selectors with the `i` flag
 * over the whole page are slow in Node DOMs.
 */
const cache = new WeakMap<Document, Map<string, string[]>>();

function metaValues(doc: Document): Map<string, string[]> {
  let values = cache.get(doc);
  if (!values) {
    values = new Map();
    for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
      const content = meta.getAttribute('content')?.trim();
      if (!content) continue;
      for (const attribute of ['property', 'name']) {
        const key = meta.getAttribute(attribute)?.trim().toLowerCase();
        if (!key) continue;
        const list = values.get(key) ?? [];
        list.push(content);
        values.set(key, list);
      }
    }
    cache.set(doc, values);
  }
  return values;
}

/** The first non-empty value of the first of `names` (matched without regard to case) the page declares. */
export function metaContent(doc: Document, ...names: string[]): string | null {
  const values = metaValues(doc);
  for (const name of names) {
    const found = values.get(name.toLowerCase())?.[0];
    if (found) return found;
  }
  return null;
}

/** Every non-empty value the page declares under any of `names`, in page order per name. */
export function metaContents(doc: Document, ...names: string[]): string[] {
  const values = metaValues(doc);
  return names.flatMap((name) => values.get(name.toLowerCase()) ?? []);
}
