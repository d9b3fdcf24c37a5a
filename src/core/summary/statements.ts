/**
 * Whether a sentence of the article's prose is a statement a key point can be made of. The block types already
 * keep captions, quotes, embeds and bylines out; this catches what sits inside ordinary paragraphs: questions to
 * the reader, calls to action and teasers ("Read more", "WATCH: …"), photo credits, one sentence of a longer
 * quotation, and lines too short to say anything on their own.
 */
import type { SentenceUnit } from './units';

/** Shorter sentences are labels, kickers or small talk, not a statement that stands as a key point. */
export const MIN_STATEMENT_WORDS = 8;

/** Ends with a full stop, an exclamation mark or an ellipsis, before closing quotes or brackets; not a question. */
const STATEMENT_END = /[.!…。！][”’"'»)\]]*$/u;

/** Calls to action and teasers, at the start of a sentence, in the shipped languages. */
const PROMO_OPENERS = new RegExp(
  '^(?:' +
    [
      // en
      'read (?:more|also|next|the full)', 'see also', 'click (?:here|the)', 'sign up', 'subscribe', 'follow (?:us|@|me)',
      'watch (?:the|our|this|live|now|more)', 'listen (?:to (?:the|our|this)|now)', 'download (?:the|our)', 'share this',
      'get (?:the latest|our)', "don[’']t miss", 'join (?:us|our)',
      // de
      'lesen sie (?:auch|mehr|hier)', 'mehr (?:dazu|zum thema)', 'weiterlesen', 'abonnieren sie', 'melden sie sich',
      'folgen sie uns', 'jetzt (?:abonnieren|lesen|anmelden|testen)', 'hier klicken', 'klicken sie',
      // fr
      '(?:à )?lire (?:aussi|également|la suite)', 'voir aussi', 'abonnez-vous', 'inscrivez-vous', 'suivez-nous',
      'cliquez (?:ici|sur)', 'retrouvez', 'découvrez (?:notre|nos)',
      // es
      'lee (?:también|más)', 'leer más', 'ver también', 'suscr[ií]b(?:ete|ase)', 's[ií]guenos', 'haz clic', 'pulsa',
      // pt
      'leia (?:também|mais)', 'veja também', 'assine', 'inscreva-se', 'siga-nos', 'clique (?:aqui|no|na)',
      // it
      'leggi (?:anche|di più)', 'vedi anche', 'iscriviti', 'abbonati', 'seguici', 'clicca (?:qui|sul|sulla)',
      // nl
      'lees (?:ook|meer)', 'bekijk (?:ook|hier)', 'abonneer', 'schrijf je in', 'volg ons', 'klik (?:hier|op)',
    ].join('|') +
    ')\\b',
  'iu',
);

/** "WATCH:", "READ MORE:", "PHOTOS:", "VIDÉO :" and their kin: a label that announces a link or a medium. */
const TEASER_LABEL =
  /^(?:watch|read(?: more)?|related|photos?|videos?|gallery|listen|podcast|live|more|see|sponsored|advertisement|vidéo|lire|regarder|écouter|lesen|mehr|fotos?|bildergalerie|ver|leia|guarda|leggi|bekijk|lees|kijk|anzeige|publicité|publicidad|publicidade|pubblicità|advertentie)\s?:/iu;

/** A photo or image credit, or an agency credit after a slash ("Photo: Jane Doe/Getty Images"). */
const CREDIT =
  /©|\b(?:photo|photograph|image|picture|foto|bild|crédits?|credit|copyright|fotografia|immagine|afbeelding)s?\s*(?::|by\b|de\b|von\b|di\b|door\b)|\/\s*(?:getty|afp|reuters|ap|epa|dpa|anp|ansa|efe|shutterstock)\b/iu;
/** "The details are available on the Assembly's site": a pointer to another page, not a statement of the story. */
const POINTER =
  /\b(?:(?:is|are) available (?:on|at|here)|can be found (?:on|at|here)|est disponible sur|sont disponibles sur|ist (?:hier )?(?:verfügbar|abrufbar|nachzulesen)|está disponible en|están disponibles en|está disponível em|è disponibile su|is beschikbaar op)\b/iu;
/** A pointer or credit inside a longer sentence is an aside; a sentence this short with one is the pointer. */
const CREDIT_MAX_WORDS = 20;

/** A quotation opened and not closed in the sentence: one sentence of a longer quotation, cut from its speaker. */
function opensUnclosedQuotation(text: string): boolean {
  const opening = /^[“„«‘‚]/u.exec(text)?.[0] ?? (/^"/.test(text) ? '"' : null);
  if (!opening) return false;
  if (opening === '"') return (text.match(/"/g)?.length ?? 0) % 2 === 1;
  return !/[”“»’‘]/u.test(text.slice(1).replace(/\p{L}’\p{L}/gu, ''));
}

/** Whether a sentence ends as a statement does, whatever its length: a sentence, not a label or a heading. */
export function endsLikeStatement(text: string): boolean {
  return STATEMENT_END.test(text);
}

export function isStatement(unit: Pick<SentenceUnit, 'text' | 'words'>): boolean {
  const { text, words } = unit;
  if (words < MIN_STATEMENT_WORDS || !endsLikeStatement(text)) return false;
  if (opensUnclosedQuotation(text)) return false;
  if (PROMO_OPENERS.test(text) || TEASER_LABEL.test(text)) return false;
  return !(words <= CREDIT_MAX_WORDS && (CREDIT.test(text) || POINTER.test(text)));
}
