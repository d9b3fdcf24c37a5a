import { labelled, type ClutterRule } from '../rule';

/** Ad slots and sponsored placements: ad names and attributes, ad-network frames, "Advertisement" labels. */

const AD_PART = /^(ad|ads|adv|advert|adverts|advertisement|advertisements|advertising|adsense|adsbygoogle|adslot|adunit|adbox|adbanner|adzone|adwrap|adcontainer|dfp|googlead|googleads|sponsored|sponsor|sponsors|promoted|banner-?ad|gpt|taboola-?ads)$/;
const AD_ATTRIBUTES = ['data-ad-slot', 'data-ad-unit', 'data-ad-client', 'data-google-query-id', 'data-ad', 'data-adunit', 'data-dfp'];
const AD_FRAME = /doubleclick\.net|googlesyndication|googleadservices|adnxs\.com|amazon-adsystem|adform\.net|criteo|pubmatic|rubiconproject|adservice|\/ads?\//i;
/** The label publishers put on an ad slot, alone. */
export const AD_LABEL =
  /^(advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|promoted|anzeige|werbung|gesponsert|publicidad|publicidade|publicité|pubblicità|annonce|patrocinado|sponsoris[ée]|reklame|advertentie)( [-–·|]? ?(continue reading below|story continues below|article continues below|la noticia contin[uú]a debajo|l'article continue ci-dessous|weiter nach der anzeige|continua a leggere))?$/iu;

function adNamed(el: Element, names: string[]): boolean {
  if (AD_ATTRIBUTES.some((name) => el.hasAttribute(name))) return true;
  return names.some((token) => token.startsWith('div-gpt-ad') || token.split(/[-_]/).some((part) => AD_PART.test(part)) || AD_PART.test(token));
}

export const adsRule: ClutterRule = {
  kind: 'ads',
  match(el, view) {
    if (el.tagName === 'IFRAME') return AD_FRAME.test(el.getAttribute('src') ?? '') ? { label: 'ad frame' } : null;
    const s = view.stats(el);
    if (s.chars > 400 || s.headings > 1) return null;
    if (adNamed(el, view.names(el)) && (s.chars < 200 || s.images + s.links > 0)) return labelled(view, el);
    if (s.sponsoredLinks > 0 && s.chars < 80) return labelled(view, el);
    // A slot whose only text is its "Advertisement" label.
    return s.chars < 60 && AD_LABEL.test(view.signature(el).replace(/\s*[|·-]\s*$/, '')) ? { label: view.signature(el) } : null;
  },
};
