import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../harness/fixtures';

const SEED = join(FIXTURES_DIR, 'seed-article/index.html');

/**
 * Each test starts exactly one CLI process, so its limit covers one start. A start (Node, tsx compiling the
 * sources, jsdom loading) takes about 3 s of CPU: 4.5 s on a quiet 2-core machine, up to 50 s on one shared
 * with other heavy work. The limit leaves room for three times the slowest seen; it only catches a hang.
 */
const ONE_PROCESS_LIMIT_MS = 180_000;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking the test worker (a synchronous spawn would stall its timers too). */
function runExtract(...args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

describe('the extract command', () => {
  it('prints one Article per line with the file it came from', async () => {
    const { code, stdout } = await runExtract('--format', 'jsonl', '--url', 'http://127.0.0.1:8000/seed-article/', SEED);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const article = JSON.parse(lines[0]!);
    expect(article.file).toBe(SEED);
    expect(article.leadImage.src).toBe('http://127.0.0.1:8000/seed-article/assets/img/posts/meta-connect-1200x675.jpg');
    expect(article.removed).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'reactions' })]));
    expect(Object.keys(article)).toEqual(expect.arrayContaining([
      'url', 'title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime', 'excerpt', 'summary', 'publisherSummary',
      'leadImage', 'contentHtml', 'textContent', 'wordCount', 'readingMinutes', 'removed', 'readerable',
    ]));
  }, ONE_PROCESS_LIMIT_MS);

  it('resolves links against the file URL by default', async () => {
    const article = JSON.parse((await runExtract(SEED)).stdout);
    expect(article.url).toBe(`file://${SEED}`);
  }, ONE_PROCESS_LIMIT_MS);

  it('reports a file it cannot read, goes on with the others and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'empty.html'), '');
    const { code, stdout, stderr } = await runExtract('--format', 'jsonl', join(dir, 'missing.html'), join(dir, 'empty.html'), SEED);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${join(dir, 'missing.html')}: no such file`);
    expect(stderr).toContain(`${join(dir, 'empty.html')}: no article content found`);
    expect(stderr).toContain('2 of 3 file(s) failed');
  }, ONE_PROCESS_LIMIT_MS);

  it('writes markdown (the formats themselves are tested in-process: format.test.ts)', async () => {
    expect((await runExtract('--format', 'markdown', SEED)).stdout).toMatch(/^---\ntitle: "Zuckerberg says Meta[^\n]*\n[\s\S]*\n---\n\n# Zuckerberg says Meta/);
  }, ONE_PROCESS_LIMIT_MS);

  it('rejects an unknown format with exit code 2', async () => {
    const bad = await runExtract('--format', 'yaml', SEED);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "yaml"');
  }, ONE_PROCESS_LIMIT_MS);

  it('reads pages in legacy encodings as a browser does, and a page whose styles jsdom cannot parse', async () => {
    mkdirSync('artifacts', { recursive: true });
    const dir = mkdtempSync(join('artifacts', 'extract-'));
    const styled = join(dir, 'styled.html');
    const prose = '<p>The harbour board met on Tuesday to agree the winter timetable for the ferries, which will run every forty minutes until March, with an extra crossing on market days and a later last boat on Fridays.</p>'.repeat(4);
    // A stylesheet rule and an inline style of the kind jsdom's CSS parser rejects.
    writeFileSync(styled, `<html><head><title>Ferries</title><style>.a{width:calc((100% - 2rem) / 3)}</style></head><body><article style="height: calc(($a - $b) / 16 * 9)"><h1>Ferries</h1>${prose}</article></body></html>`);
    const { code, stdout, stderr } = await runExtract('--format', 'jsonl', join(FIXTURES_DIR, 'encoding/iso-8859-1.html'), join(FIXTURES_DIR, 'encoding/shift_jis.html'), styled);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [latin, japanese, ferries] = stdout.trim().split('\n').map((line) => JSON.parse(line) as { title: string; textContent: string });
    expect(latin!.title).toBe('Grüne Brücken über die Förde');
    expect(latin!.textContent).toContain('Fußgängerbrücken begrünen');
    expect(japanese!.title).toBe('港町に新しい図書館が開館');
    expect(japanese!.textContent).toContain('約八万冊の本が並び');
    for (const article of [latin!, japanese!]) expect(article.textContent).not.toContain('\uFFFD');
    expect(ferries!.textContent).toContain('winter timetable for the ferries');
  }, ONE_PROCESS_LIMIT_MS);
});
