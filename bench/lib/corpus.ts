import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One of our fixture pages: the HTML and what extraction must keep, drop and pick as lead image. */
export interface FixtureCase {
  name: string;
  html: string;
  url: string;
  mustKeep: string[];
  mustDrop: string[];
  /** Expected absolute lead image URL, or null for none. */
  leadImage: string | null;
}

export interface FixtureExpectation {
  url?: string;
  mustKeep: string[];
  mustDrop: string[];
  leadImage: string | null;
}

export const FIXTURE_URL = 'https://news.example/2025/story.html';

export function loadFixtureCases(dir: string): FixtureCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as FixtureExpectation;
      return {
        name,
        html: readFileSync(join(dir, name, 'source.html'), 'utf8'),
        url: expected.url ?? FIXTURE_URL,
        mustKeep: expected.mustKeep,
        mustDrop: expected.mustDrop,
        leadImage: expected.leadImage,
      };
    });
}

/** A Readability test page: source and the content Readability 0.6 is expected to extract. */
export interface ReferencePage {
  name: string;
  html: string;
  expectedHtml: string;
}

/** The URL Readability's own tests parse their pages with. */
export const REFERENCE_URL = 'http://fakehost/test/page.html';

export function loadReferencePages(dir: string): ReferencePage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'expected.html')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(dir, name, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(dir, name, 'expected.html'), 'utf8'),
    }));
}
