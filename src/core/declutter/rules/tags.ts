import { labelled, linkDensity, type ClutterRule } from '../rule';

/** Tag and topic lists: short links under a "Tags:" label or name, or rel="tag" links. */

const TAGS_NAME =
  /^(tags?|post-?tags|tag-?list|tags-?(list|links|box|wrap|wrapper|container|cloud)|entry-tags|article-tags|tag-?cloud|tagcloud|keywords|post-?topics|article-topics|topic-?tags|meta-tags|entry-meta-tags|story-tags)$/;
const TAGS_LABEL =
  /^(tags|tagged( with)?|tag|topics|filed under|posted in|categor(y|ies)|etiquetas|temas|archivado en|categor[ií]as?|mots[- ]cl[eé]s|th[eè]mes|class[ée] dans|cat[ée]gories?|schlagw[oö]rter|stichw[oö]rter|themen|abgelegt unter|kategorien?|assuntos|t[oó]picos|arquivado em|argomenti|parole chiave|archiviato in)\s*(:|$)/iu;

export const tagsRule: ClutterRule = {
  kind: 'tags',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars > 400 || s.links < 1 || s.headings > 1) return null;
    // The label's own words are not links: judge the density of the rest.
    const label = /^[^:]{1,30}:/.exec(view.signature(el).trim())?.[0] ?? '';
    const dense = linkDensity(view, el) >= 0.6 || s.linkChars / Math.max(1, s.chars - label.replace(/\s/g, '').length) >= 0.6;
    if (view.named(el, TAGS_NAME) && (dense || s.chars < 120)) return labelled(view, el);
    if (s.tagLinks >= 2 && dense) return labelled(view, el);
    // "Tags" as a heading, or "Tags:" leading the text; a list starting with the word "Themes" is no tag list.
    const lead = view.lead(el);
    const labelledTags = lead ? TAGS_LABEL.test(lead) : TAGS_LABEL.test(view.signature(el).split(':')[0] ?? '') && view.signature(el).includes(':');
    return s.links >= 2 && dense && labelledTags ? labelled(view, el) : null;
  },
};
