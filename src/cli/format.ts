import TurndownService from 'turndown';
import type { Article } from '../core';

export type OutputFormat = 'jsonl' | 'json' | 'text' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'text', 'markdown'];

export interface ExtractedFile {
  file: string;
  article: Article;
}

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });

// Formulas as Markdown writes them: $…$ inline, $$…$$ on their own lines, from the TeX extraction kept (a TeX-only
// formula's code, a MathML formula's alttext); MathML without TeX stays as its text.
turndown.addRule('tex-formula', {
  filter: (node) => node.nodeName === 'CODE' && node.classList.contains('language-math'),
  replacement: (content, node) => {
    const tex = (node as HTMLElement).textContent ?? '';
    return (node as HTMLElement).classList.contains('math-display') ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
  },
});
turndown.addRule('tex-display-block', {
  filter: (node) => node.nodeName === 'PRE' && node.firstElementChild?.classList.contains('math-display') === true,
  replacement: (_content, node) => `\n\n$$\n${(node as HTMLElement).textContent ?? ''}\n$$\n\n`,
});
turndown.addRule('mathml-formula', {
  filter: (node) => node.nodeName.toLowerCase() === 'math' && !!(node as Element).getAttribute('alttext'),
  replacement: (_content, node) => {
    const tex = (node as Element).getAttribute('alttext') ?? '';
    return (node as Element).getAttribute('display') === 'block' ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
  },
});

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
