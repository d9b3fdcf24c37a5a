import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { familyNames, loadHosts, loadSplit, readFamily, WIDGET_KINDS, WIDGETS_DIR } from '../../../bench/lib/widget-corpus';
import { containsPhrase, readableText } from '../../../bench/lib/widget-match';
import { splitOf } from '../../../bench/lib/page-split';
import { hostAnchors, splitHeading } from '../../../bench/lib/widget-pages';

// The collection is data: these checks keep it usable. Messages name families and variants only, never their
// markup or strings, so a failure does not show a held-back family's contents.

// Both data checks parse every widget or host page with jsdom: seconds on a quiet machine, but over 200 s were
// seen on a 2-core machine running two CI runs beside other heavy work. The limit only catches a hang.
const PARSE_ALL_LIMIT_MS = 600_000;

describe('widget collection', () => {
  const names = familyNames();

  it('has at least 27 families in at least 5 languages, every one assigned to a split about two to one', () => {
    const split = loadSplit().families;
    expect(names.length).toBeGreaterThanOrEqual(27);
    expect(Object.keys(split).sort()).toEqual(names);
    const test = names.filter((name) => split[name] === 'test').length;
    expect(test / names.length).toBeGreaterThan(0.25);
    expect(test / names.length).toBeLessThan(0.4);
    const languages = new Set(names.flatMap((name) => readFamily(name).languages));
    expect(languages.size).toBeGreaterThanOrEqual(5);
  });

  it('describes every family fully: kind, source, variants with their files', () => {
    for (const name of names) {
      const family = readFamily(name);
      expect(family.family, name).toBe(name);
      expect(WIDGET_KINDS, name).toContain(family.kind);
      expect(Boolean(family.source.repository || family.source.site), `${name}: source`).toBe(true);
      expect(family.source.notes.length, `${name}: notes`).toBeGreaterThan(20);
      expect(family.variants.length, name).toBeGreaterThanOrEqual(1);
      for (const variant of family.variants) {
        const where = `${name}/${variant.name}`;
        expect(existsSync(join(WIDGETS_DIR, name, variant.file)), `${where}: file`).toBe(true);
        expect(family.languages, `${where}: language`).toContain(variant.language);
        expect(variant.mustDrop.length, `${where}: must-drop`).toBeGreaterThan(0);
        expect(Boolean(variant.heading && variant.outsideHeading), `${where}: one kind of heading`).toBe(false);
      }
    }
  });

  it('has every must-drop string in its own widget (text or alt text), and every heading selector finds its heading', () => {
    for (const name of names) {
      for (const variant of readFamily(name).variants) {
        const where = `${name}/${variant.name}`;
        const html = readFileSync(join(WIDGETS_DIR, name, variant.file), 'utf8');
        const body = new JSDOM(`<body>${html}${variant.outsideHeading ?? ''}</body>`).window.document.body as unknown as Element;
        const text = readableText(body);
        variant.mustDrop.forEach((drop, i) => expect(containsPhrase(text, drop), `${where}: must-drop #${i} not in the widget`).toBe(true));
        if (variant.heading) expect(splitHeading({ ...variant, family: name, html }).heading, `${where}: heading`).not.toBe('');
      }
    }
  }, PARSE_ALL_LIMIT_MS);
});

describe('widget hosts', () => {
  const hosts = loadHosts();

  it('has real pages and pages about reactions, each with must-keep text and a body the generator can place widgets in', () => {
    expect(hosts.length).toBeGreaterThanOrEqual(12);
    expect(hosts.filter((host) => host.aboutReactions).length).toBeGreaterThanOrEqual(3);
    for (const host of hosts) {
      expect(host.mustKeep.length, host.name).toBeGreaterThanOrEqual(3);
      const anchors = hostAnchors(host);
      expect(anchors.beforeBody, host.name).toBeLessThan(anchors.betweenParagraphs);
      expect(anchors.betweenParagraphs, host.name).toBeLessThan(anchors.afterBody);
      expect(anchors.afterBody, host.name).toBeLessThanOrEqual(anchors.afterContainer);
    }
  }, PARSE_ALL_LIMIT_MS);

  it('never gives the development split a page held out of Readability\'s corpus split', () => {
    for (const host of loadHosts('development').filter((h) => h.source.corpus === 'readability-test-pages')) {
      expect(splitOf('readability', host.source.page), host.name).toBe('development');
    }
    for (const host of hosts.filter((h) => h.source.corpus === 'readability-test-pages' && splitOf('readability', h.source.page) === 'held-out')) {
      expect(host.split, host.name).toBe('test');
    }
  });
});
