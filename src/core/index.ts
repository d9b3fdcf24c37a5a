/** The pure core: everything here depends only on a DOM Document (and a window to sanitise with). */
export type { Article, ClutterKind, LeadImage, RemovedClutter } from './article';
export { extractArticle, type ExtractOptions, type ExtractOutcome } from './extract';
export { canonicalUrl, cleanUrl } from './canonical-url';
export { sanitizeHtml } from './sanitize';
