import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReferencePages } from './corpus';
import { loadDefuddlePages } from './defuddle-corpus';
import { loadSplit } from './defuddle-split';
import { splitOf, type PageSplit } from './page-split';

const SHARED = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));

/** A real page of Readability's test corpus or of Defuddle's fixtures, with the address it is read at. */
export interface RealPage {
  /** `readability/NAME` or `defuddle/NAME`. */
  id: string;
  corpus: 'readability' | 'defuddle';
  html: string;
  url: string;
}

/** The pages of one split (bench/lib/page-split.ts) of both real corpora, Readability's first, in a fixed order. */
export function realPagesOf(split: PageSplit): RealPage[] {
  const defuddleSplit = loadSplit();
  return [
    ...loadReferencePages(join(SHARED, 'readability-test-pages'))
      .filter((page) => splitOf('readability', page.name) === split)
      .map((page) => ({ id: `readability/${page.name}`, corpus: 'readability' as const, html: page.html, url: `http://fakehost/${page.name}/` })),
    ...loadDefuddlePages(join(SHARED, 'defuddle-fixtures'))
      .filter((page) => defuddleSplit(page.name) === split)
      .map((page) => ({ id: `defuddle/${page.name}`, corpus: 'defuddle' as const, html: page.html, url: page.url })),
  ];
}
