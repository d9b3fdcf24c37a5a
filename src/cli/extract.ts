/**
 * Command-line extractor on the same core as the extension:
 *   npm run --silent extract -- [--url BASE_URL] [--format jsonl|json|text|markdown] FILE...
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle, type Article } from '../core';
import { decodeHtml } from './decode-html';
import { formatMarkdown, formatRecord, formatText, OUTPUT_FORMATS, type ExtractedFile, type OutputFormat } from './format';
import { parseHtml, withoutStyles } from './parse-html';

const USAGE = 'usage: extract [--url BASE_URL] [--format jsonl|json|text|markdown] FILE...';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'jsonl' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (!OUTPUT_FORMATS.includes(values.format as OutputFormat)) fail(`unknown format "${values.format}"`);
    if (positionals.length === 0) fail('no input file');
    if (values.url !== undefined && !URL.canParse(values.url)) fail(`--url is not a URL: "${values.url}"`);
    return { url: values.url, format: values.format as OutputFormat, files: positionals };
  } catch (error) {
    fail((error as Error).message);
  }
}

function extractFile(file: string, baseUrl: string | undefined): ExtractedFile {
  const url = baseUrl ?? pathToFileURL(resolve(file)).href;
  const { html } = decodeHtml(readFileSync(file));
  let article: Article | null;
  try {
    article = extractHtml(html, url);
  } catch {
    // jsdom's CSS parser throws on some real stylesheets and inline styles, at parse time or when the pipeline
    // reads a style: the page is read again without its styles, which extraction does not need.
    article = extractHtml(withoutStyles(html), url);
  }
  if (!article) throw new Error('no article content found');
  return { file, article };
}

function extractHtml(html: string, url: string): Article | null {
  const page = parseHtml(html, url);
  try {
    // The CLI always extracts: `readerable` in the output says whether the page looked like an article.
    const outcome = extractArticle(page.document, { url, force: true });
    return outcome.status === 'article' ? outcome.article : null;
  } finally {
    page.close();
  }
}

function main(): void {
  const { url, format, files } = parseCommandLine();
  const collected: Record<string, unknown>[] = [];
  let failures = 0;
  for (const file of files) {
    let extracted: ExtractedFile;
    try {
      extracted = extractFile(file, url);
    } catch (error) {
      failures++;
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      process.stderr.write(`extract: ${file}: ${reason}\n`);
      continue;
    }
    if (format === 'jsonl') process.stdout.write(`${JSON.stringify(formatRecord(extracted))}\n`);
    else if (format === 'json') collected.push(formatRecord(extracted));
    else process.stdout.write(`${format === 'text' ? formatText(extracted) : formatMarkdown(extracted)}\n`);
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(collected, null, 2)}\n`);
  if (failures > 0) {
    process.stderr.write(`extract: ${failures} of ${files.length} file(s) failed\n`);
    process.exitCode = 1;
  }
}

main();
