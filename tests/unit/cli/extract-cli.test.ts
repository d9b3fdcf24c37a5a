import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../harness/fixtures';

const SEED = join(FIXTURES_DIR, 'seed-article/index.html');

function runExtract(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts the CLI in a fresh Node with tsx, which takes well over 30 s on a loaded two-core machine.
const SPAWN_TIMEOUT = 120_000;

describe('the extract command', () => {
  it('prints one Article per line with the file it came from', () => {
    const { code, stdout } = runExtract('--format', 'jsonl', '--url', 'http://127.0.0.1:8000/seed-article/', SEED);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const article = JSON.parse(lines[0]!);
    expect(article.file).toBe(SEED);
    expect(article.leadImage.src).toBe('http://127.0.0.1:8000/seed-article/assets/img/posts/meta-connect-1200x675.jpg');
    expect(article.removed).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'reactions' })]));
    expect(Object.keys(article)).toEqual(expect.arrayContaining([
      'url', 'title', 'byline', 'siteName', 'lang', 'publishedTime', 'excerpt', 'summary', 'leadImage', 'contentHtml',
      'textContent', 'wordCount', 'readingMinutes', 'removed', 'readerable',
    ]));
  }, SPAWN_TIMEOUT);

  it('resolves links against the file URL by default', () => {
    const article = JSON.parse(runExtract(SEED).stdout);
    expect(article.url).toBe(`file://${SEED}`);
  }, SPAWN_TIMEOUT);

  it('reports a file it cannot read, goes on with the others and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'empty.html'), '');
    const { code, stdout, stderr } = runExtract('--format', 'jsonl', join(dir, 'missing.html'), join(dir, 'empty.html'), SEED);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${join(dir, 'missing.html')}: no such file`);
    expect(stderr).toContain(`${join(dir, 'empty.html')}: no article content found`);
    expect(stderr).toContain('2 of 3 file(s) failed');
  }, SPAWN_TIMEOUT);

  it('writes markdown and text, and rejects an unknown format', () => {
    expect(runExtract('--format', 'markdown', SEED).stdout).toMatch(/^# Zuckerberg says Meta/);
    expect(runExtract('--format', 'text', SEED).stdout).toContain('this standard is American');
    const bad = runExtract('--format', 'yaml', SEED);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "yaml"');
  }, SPAWN_TIMEOUT);

  it('reads pages in legacy encodings as a browser does, and a page whose styles jsdom cannot parse', () => {
    mkdirSync('artifacts', { recursive: true });
    const dir = mkdtempSync(join('artifacts', 'extract-'));
    const styled = join(dir, 'styled.html');
    const prose = '<p>The harbour board met on Tuesday to agree the winter timetable for the ferries, which will run every forty minutes until March, with an extra crossing on market days and a later last boat on Fridays.</p>'.repeat(4);
    // A stylesheet rule and an inline style of the kind jsdom's CSS parser rejects.
    writeFileSync(styled, `<html><head><title>Ferries</title><style>.a{width:calc((100% - 2rem) / 3)}</style></head><body><article style="height: calc(($a - $b) / 16 * 9)"><h1>Ferries</h1>${prose}</article></body></html>`);
    const { code, stdout, stderr } = runExtract('--format', 'jsonl', join(FIXTURES_DIR, 'encoding/iso-8859-1.html'), join(FIXTURES_DIR, 'encoding/shift_jis.html'), styled);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [latin, japanese, ferries] = stdout.trim().split('\n').map((line) => JSON.parse(line) as { title: string; textContent: string });
    expect(latin!.title).toBe('Grüne Brücken über die Förde');
    expect(latin!.textContent).toContain('Fußgängerbrücken begrünen');
    expect(japanese!.title).toBe('港町に新しい図書館が開館');
    expect(japanese!.textContent).toContain('約八万冊の本が並び');
    for (const article of [latin!, japanese!]) expect(article.textContent).not.toContain('\uFFFD');
    expect(ferries!.textContent).toContain('winter timetable for the ferries');
  }, SPAWN_TIMEOUT);
});
