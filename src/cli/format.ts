import TurndownService from 'turndown';
import type { Article } from '../core';

export type OutputFormat = 'jsonl' | 'json' | 'text' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'text', 'markdown'];

export interface ExtractedFile {
  file: string;
  article: Article;
}

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });

function header(article: Article): string[] {
  const meta = [article.siteName, article.byline, article.publishedTime, `${article.readingMinutes} min read`].filter(Boolean);
  return [article.title, meta.join(' · ')];
}

export function formatText({ article }: ExtractedFile): string {
  const summary = article.summary.map((sentence) => `- ${sentence}`);
  return [...header(article), '', ...summary, '', article.textContent, ''].join('\n');
}

export function formatMarkdown({ article }: ExtractedFile): string {
  const [title, meta] = header(article);
  const image = article.leadImage ? [`![${article.leadImage.alt}](${article.leadImage.src})`, ''] : [];
  const summary = article.summary.map((sentence) => `> ${sentence}`);
  return [`# ${title}`, '', `_${meta}_ · <${article.url}>`, '', ...image, ...summary, '', turndown.turndown(article.contentHtml), ''].join('\n');
}

/** jsonl streams one object per line; json is written once, as an array, when all files are read. */
export function formatRecord({ file, article }: ExtractedFile): Record<string, unknown> {
  return { file, ...article };
}
