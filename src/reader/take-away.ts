/**
 * What "Save" in the reader makes: the article as Markdown (the CLI's converter) or as one HTML file.
 * Loaded only when the reader first uses it (it carries the Markdown converter).
 */
import { articleHtmlDocument, articleMarkdown, sanitizeHtml, sanitizeToFragment, type Article, type HtmlExportWords, type MarkdownWords } from '../core';

export function markdownOf(article: Article, words: MarkdownWords): string {
  return articleMarkdown(article, sanitizeToFragment(article.contentHtml, window), words);
}

export interface HtmlFile {
  html: string;
  /** Images that stayed links because their server does not let pages read them (no CORS). */
  linked: number;
  embedded: number;
}

/** The article as a self-contained HTML file; with `embedImages`, each image the browser may read becomes a data: URL. */
export async function htmlFileOf(article: Article, words: HtmlExportWords, embedImages: boolean): Promise<HtmlFile> {
  const fragment = sanitizeToFragment(article.contentHtml, window);
  let embedded = 0;
  let linked = 0;
  if (embedImages) {
    const images = Array.from(fragment.querySelectorAll('img'));
    const results = await Promise.all(images.map(embedImage));
    embedded = results.filter(Boolean).length;
    linked = results.length - embedded;
  }
  const container = document.createElement('div');
  container.append(fragment);
  const body = sanitizeHtml(container.innerHTML, window);
  return { html: articleHtmlDocument(article, body, words), embedded, linked };
}

/** Replaces the image's address by its pixels, read through a canvas; false when the server forbids reading them. */
async function embedImage(img: HTMLImageElement): Promise<boolean> {
  const src = img.getAttribute('src');
  if (!src || src.startsWith('data:')) return Boolean(src);
  try {
    const loaded = await loadImage(src);
    const canvas = document.createElement('canvas');
    canvas.width = loaded.naturalWidth;
    canvas.height = loaded.naturalHeight;
    canvas.getContext('2d')!.drawImage(loaded, 0, 0);
    const type = /\.(png|gif|svg)(\?|$)/i.test(src) ? 'image/png' : 'image/jpeg';
    img.setAttribute('src', canvas.toDataURL(type, 0.9));
    // The file must not fetch another size of the picture it now holds.
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    img.closest('picture')?.querySelectorAll('source').forEach((source) => source.remove());
    return true;
  } catch {
    return false;
  }
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    // Anonymous: no cookies go with the request, and the canvas stays readable only when the server allows it.
    image.crossOrigin = 'anonymous';
    image.referrerPolicy = 'no-referrer';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`image did not load: ${src}`));
    image.src = src;
  });
}

/** `zuckerberg-says-meta-won-t-slow-down.md`: the title in letters and digits, never an empty name. */
export function exportFileName(title: string, extension: 'md' | 'html'): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'article'}.${extension}`;
}
