import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Folders of whole pages (the widget and security folders hold fragments and attack files). */
const PAGE_FOLDERS = ['seed-article', 'second-article', 'rtl-article', 'large', 'pages', 'extraction', 'hostile', 'widget-hosts', 'not-articles'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every whole fixture page, as paths under the fixtures folder, sorted. */
export function fixturePages(): string[] {
  return PAGE_FOLDERS.flatMap((folder) => htmlFiles(join(FIXTURES_DIR, folder))).map((path) => relative(FIXTURES_DIR, path)).sort();
}
