import type { LeadImage } from './article';
import { metaContent } from './page-meta';

/**
 * Picks the image that best represents the article: the publisher's declared share image (og:image,
 * twitter:image, JSON-LD), else the first large image of the extracted content. Always an absolute http(s) URL.
 */
export function findLeadImage(doc: Document, content: Element | null, baseUrl: string): LeadImage | null {
  const declared = declaredImage(doc);
  if (declared) {
    const src = absoluteHttpUrl(declared.src, baseUrl);
    if (src) return { src, alt: declared.alt || altOfPageImage(doc, src, baseUrl) };
  }
  const img = content ? firstLargeImage(content) : null;
  const src = img ? absoluteHttpUrl(img.getAttribute('src') ?? '', baseUrl) : null;
  return img && src ? { src, alt: img.getAttribute('alt')?.trim() ?? '' } : null;
}


function declaredImage(doc: Document): LeadImage | null {
  const og = metaContent(doc, 'og:image:secure_url', 'og:image:url', 'og:image');
  if (og) return { src: og, alt: metaContent(doc, 'og:image:alt') ?? '' };
  const twitter = metaContent(doc, 'twitter:image', 'twitter:image:src');
  if (twitter) return { src: twitter, alt: metaContent(doc, 'twitter:image:alt') ?? '' };
  const ld = jsonLdImage(doc);
  return ld ? { src: ld, alt: '' } : null;
}

function jsonLdImage(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = imageFromLd(data, 0);
    if (found) return found;
  }
  return null;
}

function imageFromLd(node: unknown, depth: number): string | null {
  if (depth > 4 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = imageFromLd(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const image = record.image ?? record.thumbnailUrl;
  const fromImage = imageValue(image);
  if (fromImage) return fromImage;
  return imageFromLd(record['@graph'], depth + 1);
}

function imageValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageValue(value[0]);
  if (value && typeof value === 'object') {
    const url = (value as Record<string, unknown>).url ?? (value as Record<string, unknown>).contentUrl;
    return typeof url === 'string' ? url : null;
  }
  return null;
}

/** Images below this size (declared width or height) are icons, avatars or pixels, not lead images. */
const MIN_LEAD_SIDE = 200;

function firstLargeImage(content: Element): Element | null {
  for (const img of content.querySelectorAll('img[src]')) {
    const width = Number(img.getAttribute('width'));
    const height = Number(img.getAttribute('height'));
    if ((width && width < MIN_LEAD_SIDE) || (height && height < MIN_LEAD_SIDE)) continue;
    return img;
  }
  return null;
}

function altOfPageImage(doc: Document, src: string, baseUrl: string): string {
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    const alt = img.getAttribute('alt')?.trim();
    const raw = img.getAttribute('src');
    if (alt && raw && absoluteHttpUrl(raw, baseUrl) === src) return alt;
  }
  return '';
}

export function absoluteHttpUrl(raw: string, baseUrl: string): string | null {
  try {
    const url = new URL(raw.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
