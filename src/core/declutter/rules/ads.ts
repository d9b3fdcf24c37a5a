import type { BlockView } from '../block';
import type { ClutterMatch, ClutterRule } from '../rule';

/** Ad slots and sponsored placements: ad names and attributes, ad-network frames, "Advertisement" labels. */

const AD_PART = /^(ad|ads|adv|advert|adverts|advertisement|advertisements|advertising|adsense|adsbygoogle|adslot|adunit|adbox|adbanner|adzone|adwrap|adcontainer|dfp|googlead|googleads|sponsored|sponsor|sponsors|promoted|banner-?ad|gpt|taboola-?ads)$/;
const AD_ATTRIBUTES = ['data-ad-slot', 'data-ad-unit', 'data-ad-client', 'data-google-query-id', 'data-ad', 'data-adunit', 'data-dfp'];
const AD_FRAME = /doubleclick\.net|googlesyndication|googleadservices|adnxs\.com|amazon-adsystem|adform\.net|criteo|pubmatic|rubiconproject|adservice|\/ads?\//i;
/** The label publishers put on an ad slot, alone. */
export const AD_LABEL =
  /^(advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|promoted|anzeige|werbung|gesponsert|publicidad|publicidade|publicité|pubblicità|annonce|patrocinado|sponsoris[ée]|reklame|advertentie|iklan|reklam|reklama|mainos|annons|реклама|广告|廣告|広告|광고|quảng cáo|โฆษณา|διαφήμιση|إعلان|פרסומת|विज्ञापन|pariwara)( [-–·|]? ?(continue reading below|story continues below|article continues below|la noticia contin[uú]a debajo|l'article continue ci-dessous|weiter nach der anzeige|continua a leggere))?$/iu;

const UNNAMED: ClutterMatch = { label: '' };

/** The standard sizes of display-ad banners (IAB): an image of exactly such a size, alone in its block, is one. */
const BANNER_SIZES = new Set(['468x60', '728x90', '970x90', '970x250', '320x50', '320x100', '300x50', '234x60', '120x600', '160x600', '300x600', '300x250', '336x280', '250x250', '200x200', '180x150', '125x125', '88x31']);

function bannerSized(el: Element): boolean {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img');
  if (!img) return false;
  const size = `${img.getAttribute('width') ?? ''}x${img.getAttribute('height') ?? ''}`;
  return BANNER_SIZES.has(size) && el.getElementsByTagName('img').length <= 1;
}

function adNamed(el: Element, names: string[]): boolean {
  if (AD_ATTRIBUTES.some((name) => el.hasAttribute(name))) return true;
  return names.some((token) => token.startsWith('div-gpt-ad') || token.split(/[-_]/).some((part) => AD_PART.test(part)) || AD_PART.test(token));
}

/** Text out of links this long, in sentences, is written to be read: a message or a paragraph, not an ad. */
const WRITTEN_CHARS = 120;
const SENTENCE = /\p{L}{2,}[.!?](?=\s|$)/gu;

/** A block of written sentences is prose whatever its class says (Gmail classes each message of a thread "adn ads"). */
function holdsSentences(el: Element, view: BlockView): boolean {
  const s = view.stats(el);
  if (s.longParagraphs > 0) return true;
  if (s.chars - s.linkChars < WRITTEN_CHARS) return false;
  return (view.signature(el).match(SENTENCE)?.length ?? 0) >= 2;
}

/**
 * Whether the block's class is that of a content item: another block of the same class holds prose. An ad slot's
 * class never also names paragraphs of the article, so a short message of a thread stays with the long ones.
 */
function classOfProse(el: Element, view: BlockView): boolean {
  const cls = el.getAttribute('class')?.trim();
  if (!cls) return false;
  for (const other of view.root.getElementsByClassName(cls)) {
    if (other !== el && (view.stats(other).chars > 400 || holdsSentences(other, view))) return true;
  }
  return false;
}

export const adsRule: ClutterRule = {
  kind: 'ads',
  unnamed: true,
  match(el, view) {
    // Ads are counted, never named: their labels ("Advertisement") tell a reader nothing.
    if (el.tagName === 'IFRAME') return AD_FRAME.test(el.getAttribute('src') ?? '') ? UNNAMED : null;
    const s = view.stats(el);
    if (s.chars > 400 || s.headings > 1) return null;
    if (adNamed(el, view.names(el)) && (s.chars < 200 || s.images + s.links > 0) && !holdsSentences(el, view) && !classOfProse(el, view)) {
      return UNNAMED;
    }
    if (s.sponsoredLinks > 0 && s.chars < 80) return UNNAMED;
    if (s.chars === 0 && bannerSized(el)) return UNNAMED;
    // A slot whose only text is its "Advertisement" label.
    return s.chars < 60 && AD_LABEL.test(view.signature(el).replace(/\s*[|·-]\s*$/, '')) ? UNNAMED : null;
  },
};
