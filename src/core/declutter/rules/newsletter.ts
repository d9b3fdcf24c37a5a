import { labelled, type ClutterRule } from '../rule';

/** Newsletter and subscribe boxes: an email field with a sign-up call, or a heading that asks for one. */

const MAX_BOX_CHARS = 600;
const NEWSLETTER_NAME = /newsletter|subscribe|subscription|signup|sign-up|mailing-?list|optin|opt-in|mc4wp|mailchimp|mc_embed/;
const SIGN_UP =
  /newsletter|subscribe|sign[ -]?up|inbox|mailing list|suscr[ií]b|bolet[ií]n|abonn|inscri|lettre d'information|lettre d'info|abonnier|anmelden|inscreva|assine|assinar|iscriviti|iscrizione|nieuwsbrief/iu;

/** A sentence that asks the reader to sign up for mail. */
const SIGN_UP_CALL =
  /\b(sign up|subscribe|register)\b.{0,40}\b(newsletter|briefing|digest|bulletin|updates|e-?mails?)\b|\b(newsletter|briefing|digest)\b.{0,60}\binbox\b|\bin your inbox\b|newsletter abonnieren|jetzt (anmelden|abonnieren)|per e-mail\b.{0,20}$|suscr[ií]bete\b.{0,30}\b(bolet[ií]n|newsletter)|(inscrivez-vous|abonnez-vous)\b.{0,30}\b(newsletter|lettre)|(assine|inscreva-se)\b.{0,30}\bnewsletter|iscriviti\b.{0,30}\bnewsletter/iu;

export const newsletterRule: ClutterRule = {
  kind: 'newsletter',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars > MAX_BOX_CHARS || s.headings > 1 || s.textareas > 0) return null;
    if (view.named(el, NEWSLETTER_NAME) && (s.controls > 0 || s.links > 0 || s.chars < 200)) return labelled(view, el);
    if (s.emailInputs > 0 && s.controls <= 4 && SIGN_UP.test(view.signature(el) + ' ' + inputHints(el))) return labelled(view, el);
    const lead = view.lead(el);
    if (lead && SIGN_UP.test(lead) && lead.length < 80 && (s.controls > 0 || s.links > 0) && s.chars < 400) return labelled(view, el);
    // The call to sign up without its form (Readability drops forms): a short box that asks for nothing else.
    return s.chars < 300 && s.longParagraphs === 0 && el.tagName !== 'P' && SIGN_UP_CALL.test(view.signature(el)) ? labelled(view, el) : null;
  },
};

/** Placeholders and button values, which the text does not show. */
function inputHints(el: Element): string {
  return Array.from(el.querySelectorAll('input[placeholder], input[value], button[value]'), (input) =>
    `${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('value') ?? ''}`,
  ).join(' ');
}
