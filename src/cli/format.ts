import { articleMarkdown, headerLines, type Article } from '../core';

export type OutputFormat = 'jsonl' | 'json' | 'text' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'text', 'markdown'];

export interface ExtractedFile {
  file: string;
  article: Article;
}

export function formatText({ article }: ExtractedFile): string {
  const summary = article.summary.map((sentence) => `- ${sentence}`);
  return [...headerLines(article), '', ...summary, '', article.textContent, ''].join('\n');
}

/** The same Markdown as the reader's export (front matter, title, key points, body): one converter, in the core. */
export function formatMarkdown({ article }: ExtractedFile): string {
  return articleMarkdown(article);
}

/** jsonl streams one object per line; json is written once, as an array, when all files are read. */
export function formatRecord({ file, article }: ExtractedFile): Record<string, unknown> {
  return { file, ...article };
}
