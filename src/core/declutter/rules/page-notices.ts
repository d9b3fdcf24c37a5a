import { labelled, type ClutterRule } from '../rule';

/**
 * Lines the page writes for its own machinery, which mean nothing in a reading view: skip links and "back to
 * top" (navigation), a player's "Media playback is unsupported on your device" (player), app promotions
 * ("CLICK HERE TO GET THE … APP") and sponsors' credits. Only a short block that says nothing else goes.
 */

const MAX_CHARS = 160;

const SKIP_LINK =
  /^(skip|jump) to (the )?(main )?(content|navigation|menu|article|footer|search|main)|^(back|return) to top|^zum inhalt( springen)?|^direkt zum inhalt|^nach oben|^(saltar|ir) al (contenido|men[uú])|^volver arriba|^(aller|passer) au contenu|^retour en haut|^(ir|pular) para o conte[uú]do|^voltar ao topo|^vai al contenuto|^torna su|^naar inhoud/iu;

const PLAYER_NOTICE =
  /media playback is (unsupported|not supported)|your browser (does not|doesn't|can't|cannot) (support|play)|(this|the) video (is (unavailable|not available)|can(no|')t be played)|please enable javascript to (view|watch|play)|video player (is )?loading|la reproducci[oó]n de (este|el) (contenido|video|v[ií]deo) no|tu navegador no (es compatible|admite|soporta)|ihr browser unterst[uü]tzt (kein|das|die)|votre navigateur ne (supporte|prend en charge|permet) pas|seu navegador n[aã]o (suporta|[eé] compat[ií]vel)|il tuo browser non supporta/iu;

/** A call to get the site's app: the imperative leads the line ("Download our app", "CLICK HERE TO GET THE … APP"). */
const APP_PROMO =
  /^((click|tap) here (to|and) )?(get|download|install|try|open) (the |our |free )?[\p{L}\d &'’.-]{0,30}\bapps?\b|^(descarga|descargue|baixe|t[ée]l[ée]chargez|laden sie|hol dir|scarica|unduh) (la |nuestra |o |nosso |l['’]|notre |die |unsere |la nostra )?(app|aplicativo|application|aplikasi)\b/iu;
/** A sponsor's credit left alone ("Powered by SmartAsset.com"). */
const SPONSOR_CREDIT = /^(powered by|presented by|sponsored by|brought to you by|in partnership with|patrocinado por|pr[ée]sent[ée] par|unterst[uü]tzt von|präsentiert von)\s+[\p{L}\d.&' -]{2,40}$/iu;

function shortText(el: Element, view: Parameters<ClutterRule['match']>[1]): string {
  const s = view.stats(el);
  return s.chars === 0 || s.chars > MAX_CHARS || s.longParagraphs > 0 ? '' : view.signature(el);
}

export const navigationRule: ClutterRule = {
  kind: 'navigation',
  match(el, view) {
    const text = shortText(el, view);
    return text && SKIP_LINK.test(text) ? labelled(view, el) : null;
  },
};

export const playerRule: ClutterRule = {
  kind: 'player',
  match(el, view) {
    const text = shortText(el, view);
    return text && PLAYER_NOTICE.test(text) ? labelled(view, el) : null;
  },
};

export const promoRule: ClutterRule = {
  kind: 'promo',
  match(el, view) {
    const text = shortText(el, view);
    if (text && SPONSOR_CREDIT.test(text)) return labelled(view, el);
    // A promotion links somewhere; a sentence that mentions an app has more to say.
    if (!text || !APP_PROMO.test(text) || view.stats(el).chars > 120) return null;
    return view.stats(el).links + view.stats(el).images > 0 || /^(click|tap) here/iu.test(text) ? labelled(view, el) : null;
  },
};
