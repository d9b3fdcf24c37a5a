import { labelled, linkDensity, type ClutterRule } from '../rule';
import type { BlockStats } from '../stats';

/** Related, recommended, popular and "read also" lists: link lists under such a heading or name. */

const RELATED_NAME =
  /(^|[-_])(related|recommend\w*|popular|most-?read|mostread|most-?popular|most-?viewed|trending|read-?next|readnext|more-?stories|more-?articles|more-?news|you-?may-?(also-?)?like|outbrain|taboola|also-?read|yarpp|jp-relatedposts|crp_related|further-?reading|recirc\w*)([-_]|$)|^(related|relatedposts|recommended|popular)/;
export const RELATED_HEADING =
  /^(related( (posts|articles|stories|news|content|coverage|reading))?|recommended( for you)?|you (may|might) (also )?(like|enjoy)|more (stories|news|articles|from|on|in|to read)\b|more( [\p{L}\d'’&-]+){0,3} (stories|news|articles|reads|coverage|videos)$|popular( (posts|stories|now|articles))?|most (read|popular|viewed|shared)|read (next|also)|also read|trending( now)?|don'?t miss|latest (news|posts|stories)|lo m[aá]s (le[ií]do|visto)|(noticias|art[ií]culos) relacionad[oa]s|(tambi[eé]n )?te puede interesar|m[aá]s noticias|lee tambi[eé]n|[àa] lire aussi|lire aussi|sur le m[eê]me sujet|les plus lus|articles (similaires|li[ée]s)|das k[oö]nnte (sie|dich) auch interessieren|mehr zum thema|meistgelesen|weitere artikel|[äa]hnliche artikel|auch interessant|leia (tamb[eé]m|mais)|veja tamb[eé]m|mais lidas|not[ií]cias relacionadas|leggi anche|(ti )?potrebbe interessarti|articoli correlati|pi[uù] letti)\b/iu;
/**
 * The backlinks of a wiki or a note garden (Obsidian Publish, Quartz, MediaWiki's "What links here"): the other
 * pages that link to this one, listed under the page. Like a related list, but often of one link only.
 */
const BACKLINKS_LEAD =
  /^(links to this (page|note)|backlinks|linked (mentions|references)|unlinked mentions|what links here|pages (that )?link(ing)? (here|to this page)|liens vers cette (page|note)|r[ée]tro-?liens|links auf diese seite|seiten, die hierher verlinken|enlaces a esta (p[aá]gina|nota)|lo que enlaza aqu[ií]|links para esta (p[aá]gina|nota)|p[aá]ginas afluentes|collegamenti a questa (pagina|nota)|puntano qui|反向链接|链接到此页面|バックリンク)(\s|:|$)/iu;

/** "Read also: <a>…</a>" lines inside an article. */
const READ_ALSO = /^(read also|also read|read more|related|see also|lee tambi[eé]n|lea tambi[eé]n|lire aussi|[àa] lire aussi|mehr zum thema|lesen sie auch|leia tamb[eé]m|leggi anche)\s*[:|»›]/iu;

/** The block's link density beside its heading's words, which are no links: the density of the rest. */
function densityBeyond(s: BlockStats, heading: string): number {
  return s.linkChars / Math.max(1, s.chars - heading.replace(/\s/g, '').length);
}

export const relatedRule: ClutterRule = {
  kind: 'related',
  match(el, view) {
    const s = view.stats(el);
    if (s.links === 0) return null;
    if (view.named(el, RELATED_NAME) && (linkDensity(view, el) >= 0.3 || s.chars < 300)) return labelled(view, el);
    const lead = view.lead(el);
    if (lead && lead.length < 60 && RELATED_HEADING.test(lead) && s.links >= 2 && s.chars < 2000) {
      if (densityBeyond(s, lead) >= 0.4) return labelled(view, el);
    }
    // Its heading is often a styled line, not a heading element: read the block's first words.
    const backlinks = s.chars < 2000 ? BACKLINKS_LEAD.exec(view.signature(el)) : null;
    if (backlinks) {
      if (densityBeyond(s, backlinks[0]) >= 0.6) return labelled(view, el);
    }
    if (s.chars < 200 && s.links <= 2 && linkDensity(view, el) >= 0.5 && READ_ALSO.test(view.signature(el))) return labelled(view, el);
    return null;
  },
};
