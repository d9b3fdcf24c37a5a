/**
 * What a page says about its article in structured data: JSON-LD (`<script type="application/ld+json">`, a
 * node, an array or an `@graph`, with `@id` references) and microdata (`itemscope itemtype=…/Article`). Article
 * types are preferred over a plain WebPage. Readability reads JSON-LD too, but only a single top-level article
 * node with an exact schema.org context, and never microdata.
 */
export interface StructuredArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  image: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:\w+)?(?:Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting|Posting)$/;
const PAGE_TYPE = /^(?:WebPage|MedicalWebPage|ItemPage|AboutPage|ProfilePage|Blog)$/;
const PLACEHOLDER = /^(?:admin(?:istrator)?|author|editor|staff|user|unknown|null|undefined|none|anonymous|guest|n\/a|-)$/i;

/** A publication date says its year; a bare time ("12:55 AM") is not one. */
const date = (value: unknown): string | null => {
  const found = text(value);
  return found && /\b(?:1[89]|2\d)\d{2}\b/.test(found) ? found : null;
};

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean || null;
};

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

function nodesOf(value: unknown, into: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const item of value) nodesOf(item, into);
  else if (value && typeof value === 'object') {
    const node = value as Json;
    into.push(node);
    if (node['@graph']) nodesOf(node['@graph'], into);
  }
  return into;
}

function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const source = (script.textContent ?? '').trim();
    if (!source) continue;
    try {
      nodesOf(JSON.parse(source), nodes);
    } catch {
      // Some sites put two objects or a trailing comma in one script; skip what does not parse.
    }
  }
  return nodes;
}

/** Names from an author or publisher value: a string, a Person/Organization, an @id reference, or a list. */
function names(value: unknown, byId: Map<string, Json>, depth = 0): string[] {
  if (depth > 3 || value == null) return [];
  if (typeof value === 'string') {
    const name = text(value);
    return name && !/^https?:\/\//.test(name) && !PLACEHOLDER.test(name) ? [name] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item) => names(item, byId, depth + 1));
  if (typeof value === 'object') {
    const node = value as Json;
    const ref = typeof node['@id'] === 'string' ? byId.get(node['@id']) : undefined;
    const target = ref && ref !== node && !node.name ? ref : node;
    return names(target.name ?? target.alternateName, byId, depth + 1);
  }
  return [];
}

function imageUrl(value: unknown, byId: Map<string, Json>, depth = 0): string | null {
  if (depth > 3 || value == null) return null;
  if (typeof value === 'string') return /^https?:\/\//.test(value.trim()) ? value.trim() : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = imageUrl(item, byId, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object') {
    const node = value as Json;
    const ref = typeof node['@id'] === 'string' && !node.url ? byId.get(node['@id']) : undefined;
    return imageUrl((ref ?? node).url ?? (ref ?? node).contentUrl, byId, depth + 1);
  }
  return null;
}

function fromJsonLd(doc: Document): StructuredArticle | null {
  const nodes = jsonLdNodes(doc);
  const byId = new Map<string, Json>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type))) ?? nodes.find((node) => typesOf(node).some((type) => PAGE_TYPE.test(type)) && (node.author || node.datePublished));
  if (!article) return null;
  const authors = [...new Set(names(article.author ?? article.creator, byId))];
  return {
    headline: text(article.headline) ?? text(article.name),
    author: authors.length > 0 ? authors.join(', ') : null,
    datePublished: date(article.datePublished) ?? date(article.dateCreated),
    publisher: names(article.publisher, byId)[0] ?? null,
    image: imageUrl(article.image ?? article.thumbnailUrl, byId),
  };
}

function itemValue(el: Element | null): string | null {
  if (!el) return null;
  const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.localName === 'meta' ? null : el.textContent);
  return text(value);
}

function fromMicrodata(doc: Document): StructuredArticle | null {
  const scope = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).find((el) => /schema\.org\/(?:\w+)?(?:Article|BlogPosting|Report|Posting)\b/i.test(el.getAttribute('itemtype') ?? ''));
  if (!scope) return null;
  // Properties of this item, not of items nested in it (an author's own name is read below).
  const own = (prop: string): Element | null => Array.from(scope.querySelectorAll(`[itemprop~="${prop}"]`)).find((el) => el.parentElement?.closest('[itemscope]') === scope) ?? null;
  const authors = Array.from(scope.querySelectorAll('[itemprop~="author"]'))
    .filter((el) => el.parentElement?.closest('[itemscope]') === scope)
    .map((el) => (el.hasAttribute('itemscope') ? itemValue(el.querySelector('[itemprop~="name"]')) : itemValue(el)))
    .filter((name): name is string => !!name && !PLACEHOLDER.test(name));
  const publisher = own('publisher');
  const image = own('image');
  return {
    headline: itemValue(own('headline')) ?? itemValue(own('name')),
    author: authors.length > 0 ? [...new Set(authors)].join(', ') : null,
    datePublished: date(itemValue(own('datePublished'))),
    publisher: publisher ? (publisher.hasAttribute('itemscope') ? itemValue(publisher.querySelector('[itemprop~="name"]')) : itemValue(publisher)) : null,
    image: image ? text(image.getAttribute('src') ?? image.getAttribute('content') ?? image.getAttribute('href') ?? image.querySelector('[itemprop~="url"]')?.getAttribute('content')) : null,
  };
}

/** The article's structured data, JSON-LD first, each field filled from microdata where JSON-LD lacks it. */
export function structuredArticle(doc: Document): StructuredArticle | null {
  const ld = fromJsonLd(doc);
  const micro = fromMicrodata(doc);
  if (!ld && !micro) return null;
  const pick = (field: keyof StructuredArticle) => ld?.[field] ?? micro?.[field] ?? null;
  return { headline: pick('headline'), author: pick('author'), datePublished: pick('datePublished'), publisher: pick('publisher'), image: pick('image') };
}
