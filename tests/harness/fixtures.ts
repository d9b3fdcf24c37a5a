import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../src/cli/parse-html';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function readFixture(relativePath: string): string {
  return readFileSync(FIXTURES_DIR + relativePath, 'utf8');
}

/** A jsdom Document for an HTML string, as the CLI builds it. */
export function documentFrom(html: string, url = 'http://127.0.0.1:8000/page/'): Document {
  return parseHtml(html, url).document;
}
