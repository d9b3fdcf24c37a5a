import { labelled, type ClutterRule } from '../rule';

/** Cookie and consent banners: consent-manager names, or a short notice about cookies with an accept button. */

const COOKIE_NAME = /cookie|consent|gdpr|cc-banner|cc-window|^cmp|onetrust|didomi|cookiebot|truste|qc-cmp|privacy-banner|cookielaw/;
const COOKIES = /\bcookies?\b/iu;
const ACCEPT = /\b(accept|accept all|agree|i agree|got it|ok|okay|allow|aceptar|acepto|de acuerdo|accepter|j'accepte|tout accepter|akzeptieren|zustimmen|einverstanden|alle akzeptieren|aceitar|concordo|accetta|accetto|ho capito|sluiten)\b/iu;

export const cookieRule: ClutterRule = {
  kind: 'cookie',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars > 1000 || s.headings > 1) return null;
    if (view.named(el, COOKIE_NAME) && s.controls + s.links > 0) return labelled(view, el);
    // A notice is answered with a button; a paragraph that links about cookies is prose.
    if (s.controls === 0 || s.chars > 600 || s.longParagraphs > 0 || el.tagName === 'P') return null;
    const sig = view.signature(el);
    return COOKIES.test(sig) && ACCEPT.test(sig) ? labelled(view, el) : null;
  },
};
