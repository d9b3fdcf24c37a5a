import TurndownService from 'turndown';
import type { Article } from './article';

/**
 * The article as Markdown, the one converter the CLI (`--format markdown`) and the reader's "Copy / Download
 * Markdown" share: YAML front matter (title, author, date, source), the title, a line of who and when, the lead
 * image (when the body has none), the key points as a quoted list, then the body.
 *
 * `body` is the sanitised content: the CLI passes the HTML string (turndown parses it), an extension page a
 * parsed fragment (strings would need a parser its Trusted Types policy does not allow). `words` are the reader's
 * own for the line under the title (the CLI's are English). The front matter's keys stay `title`, `author`, `date`,
 * `source` in every language: they are the fields static-site generators and note apps read, not prose.
 */
export function articleMarkdown(article: Article, body: string | DocumentFragment | Element = article.contentHtml, words?: MarkdownWords): string {
  const [title, meta] = headerLines(article, words);
  // The lead image only when the body has none (the reader shows it on the same condition).
  const image = article.leadImage && !/<img\b/i.test(article.contentHtml) ? [`![${article.leadImage.alt}](${article.leadImage.src})`, ''] : [];
  // One quoted list: consecutive `>` lines would run together into one paragraph.
  const summary = article.summary.map((sentence) => `> - ${sentence}`);
  return [
    ...frontMatter(article),
    `# ${title}`,
    '',
    `_${meta}_ · <${article.url}>`,
    '',
    ...image,
    ...summary,
    '',
    converter().turndown(body as string | HTMLElement),
    '',
  ].join('\n');
}

/** The words of the Markdown file that are prose, in the reader's language. */
export interface MarkdownWords {
  /** "3 min read", as the reader says it. */
  readingTime: string;
}

/** Title and the line under it, as the CLI's text format also writes them. */
export function headerLines(article: Article, words?: MarkdownWords): [string, string] {
  const readingTime = words?.readingTime ?? `${article.readingMinutes} min read`;
  const meta = [article.siteName, article.byline, article.publishedTime, readingTime].filter(Boolean);
  return [article.title, meta.join(' · ')];
}

/** JSON strings are valid YAML double-quoted scalars, so any title (colons, quotes, newlines) stays one value. */
function frontMatter(article: Article): string[] {
  const fields: [string, string | null][] = [
    ['title', article.title],
    ['author', article.byline],
    ['date', article.publishedTime],
    ['source', article.url],
  ];
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ['---', ...lines, '---', ''];
}

let turndown: TurndownService | undefined;

/** Built on first use, so a bundle that imports the core without converting pays nothing at load. */
function converter(): TurndownService {
  if (turndown) return turndown;
  turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  // Formulas as Markdown writes them: $…$ inline, $$…$$ on their own lines, from the TeX extraction kept (a
  // TeX-only formula's code, a MathML formula's alttext); MathML without TeX stays as its text.
  turndown.addRule('tex-formula', {
    filter: (node) => node.nodeName === 'CODE' && node.classList.contains('language-math'),
    replacement: (_content, node) => {
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
  return turndown;
}
