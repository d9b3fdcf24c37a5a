import type { BlockView } from '../block';
import { labelled, wordCount, type ClutterMatch, type ClutterRule } from '../rule';
import { captionKind } from '../widget-caption';

/** Share bars: links to networks' share endpoints, or a "Share" label over network buttons. */

const MAX_BAR_CHARS = 300;
const SHARE_NAME =
  /(^|[-_])(share|shares|sharing|sharebar|sharetools|share-?(bar|buttons|links|tools|icons|box)|social-?(share|sharing|links|buttons|icons|bar|tools)|addthis|addtoany|a2a|sharethis|shariff|sharedaddy)([-_]|$)|^(share|sharing|social)[a-z]*$/;
const SHARE_LABEL =
  /\b(share|sharing|compartir|comp[aá]rtelo|comparte|partager|partagez|partage|teilen|teile|compartilhe|compartilhar|condividi|condividere|delen)\b/iu;
const NETWORK = /\b(facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|messenger|e-?mail|mail|bluesky|threads|mastodon|flipboard|tumblr|xing|copy link|copiar enlace|copier le lien|link kopieren)\b/giu;

export const shareRule: ClutterRule = {
  kind: 'share',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars > MAX_BAR_CHARS * 2 || s.headings > 1) return null;
    if (view.named(el, SHARE_NAME) && s.chars <= MAX_BAR_CHARS && s.links + s.controls + s.images > 0) return labelled(view, el);
    if (s.chars > MAX_BAR_CHARS) return null;
    if (s.shareLinks >= 2) return labelled(view, el);
    const row = networkRow(el, view);
    if (row) return row;
    if (s.links + s.controls < 2) return null;
    const sig = view.signature(el);
    if (!SHARE_LABEL.test(sig) && !SHARE_LABEL.test(el.getAttribute('aria-label') ?? '')) return null;
    // Icon buttons name their network in a label or title ("f" with aria-label="Facebook").
    const labels = Array.from(el.querySelectorAll('a, button'), (b) => `${b.getAttribute('aria-label') ?? ''} ${b.getAttribute('title') ?? ''}`).join(' ');
    const networks = new Set(`${sig} ${labels}`.toLowerCase().match(NETWORK) ?? []).size;
    // A bar is its label and network names; a sentence about sharing has words of its own.
    const otherWords = wordCount(sig.replace(new RegExp(SHARE_LABEL.source, 'giu'), ' ').replace(NETWORK, ' '));
    return networks >= 2 && otherWords <= 6 ? labelled(view, el) : null;
  },
};

/** Longest text outside a network row's links: its caption ("Teilen mit:", "Follow us"). */
const MAX_CAPTION_CHARS = 40;

/**
 * A row of links or buttons that each name a different network, in their text, title or label, with nothing
 * else but a caption: a share bar or a follow box, whatever its markup is called ("Klick, um auf Facebook zu
 * teilen", an icon titled "Twitter"). A follow box when its caption says so, else a share bar.
 */
function networkRow(el: Element, view: BlockView): ClutterMatch | null {
  const s = view.stats(el);
  // Buttons' text is outside links: the caption and buttons together stay short.
  if (s.links + s.controls < 2 || s.chars - s.linkChars > MAX_CAPTION_CHARS) return null;
  const seen = new Set<string>();
  for (const item of el.querySelectorAll('a, button')) {
    const names = new Set(`${item.textContent} ${item.getAttribute('aria-label')} ${item.getAttribute('title')}`.toLowerCase().match(NETWORK));
    // One network per item, each another: an item naming several is a sentence, one naming none no network's button.
    if (names.size !== 1 || seen.has([...names][0]!)) return null;
    seen.add([...names][0]!);
  }
  // A follow box when its caption says so or it starts with a follow verb ("Follow Backchannel: Twitter | Facebook").
  const follow = captionKind(view.lead(el)) === 'social' || /^\s*(follow|s[ií]gue|suivez|folg|siga|segui|volg)/iu.test(view.signature(el));
  return seen.size < 2 ? null : { ...labelled(view, el), kind: follow ? 'social' : 'share' };
}
