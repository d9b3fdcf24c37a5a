import { labelled, type ClutterRule } from '../rule';

/** "About the author" boxes after the story (the byline itself is not touched). */

const BIO_NAME =
  /(^|[-_])(author|autor|writer|byline)[-_]?(bio|box|info|card|profile|about|details|block|description)([-_]|$)|about[-_]?(the[-_]?)?author|authorbio|authorbox|abh_box|saboxplugin|^author$|^bio$|^author-?wrap/;
const BIO_HEADING =
  /^(about the (author|writer)|about me|sobre (el|la|o|a) autor[a]?|[àa] propos de l'auteur|l'auteur|[üu]ber (den|die) autor(in)?|zum autor|sobre o autor|l'autore|chi [eè] l'autore|over de auteur)\b/iu;

export const authorBioRule: ClutterRule = {
  kind: 'author-bio',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars > 800 || s.headings > 1 || s.longParagraphs > 1) return null;
    if (view.named(el, BIO_NAME) && s.chars > 0) return labelled(view, el);
    return BIO_HEADING.test(view.lead(el)) ? labelled(view, el) : null;
  },
};
