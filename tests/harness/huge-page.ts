/**
 * A generated page of about `elements` elements and `megabytes` MB: a long article inside an app-like page
 * full of cards, and a big JSON blob, as heavy news sites are. Written to a temporary folder for a server.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function writeHugePage(elements = 120_000, megabytes = 10): { root: string; path: string } {
  const root = mkdtempSync(join(tmpdir(), 'clean-reader-huge-'));
  const paragraphs = 1_500;
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The very long report</title></head><body>'];
  parts.push('<article><h1>The very long report</h1>');
  for (let i = 0; i < paragraphs; i++) {
    parts.push(`<p>Paragraph ${i}: the committee reviewed the figures for the quarter and found that spending on roads, schools and parks had risen faster than expected, which the treasurer put down to inflation and delayed projects.</p>`);
  }
  parts.push('</article><div class="grid">');
  // Each card is three elements.
  for (let i = 0; i < Math.max(0, (elements - paragraphs) / 3); i++) parts.push(`<div class="c"><span>${i}</span><a href="/item/${i}">Item ${i}</a></div>`);
  parts.push('</div>');
  const sizeSoFar = parts.reduce((sum, part) => sum + part.length, 0);
  const padding = Math.max(0, megabytes * 1024 * 1024 - sizeSoFar - 100);
  parts.push(`<script type="application/json" id="state">${JSON.stringify({ blob: 'x'.repeat(padding) })}</script></body></html>`);
  mkdirSync(join(root, 'huge'));
  writeFileSync(join(root, 'huge', 'index.html'), parts.join(''));
  return { root: `${root}/`, path: '/huge/' };
}
