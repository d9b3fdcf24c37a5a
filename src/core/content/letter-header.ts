import { normalizeSpace } from '../text';

/**
 * The header of a letter the article is: posts published as an e-mail (newsletters archived on the web, mailing
 * list archives, "letters" pages) print the mail's fields above the body, one per line ("From: Jane <jane@…>",
 * "To: Readers", "Subject: …", "Date: …"). Those lines are short and have no commas, so Readability scores them
 * as nothing and its pick starts at the letter's body, one box below; the fields are part of the letter (who
 * wrote to whom, when, about what), not the site's chrome. Known by shape, in several languages: a small block
 * right before the pick (or before one of its first wrappers in the page), whose every line is a mail header
 * field and which names a sender and a recipient or a subject. A copy goes at the top of the body; the page as
 * published is only read.
 */

/** Mail header field names: English, German, French, Spanish, Portuguese, Italian, Dutch. */
const SENDER = 'from|von|de|da|van|absender|expéditeur|remitente|remetente|mittente|afzender';
const RECIPIENT = 'to|cc|bcc|an|à|a|para|aan|kopie|empfänger|destinataire|destinatario|destinatário|ontvanger';
const SUBJECT = 'subject|betreff|objet|sujet|asunto|assunto|oggetto|onderwerp';
const OTHER = 'date|sent|reply-to|datum|gesendet|envoyé|fecha|enviado|data|inviato|verzonden';
const FIELD = new RegExp(`^(${SENDER}|${RECIPIENT}|${SUBJECT}|${OTHER})\\s*:\\s*\\S`, 'iu');
const SENDER_FIELD = new RegExp(`^(${SENDER})\\s*:`, 'iu');
const ADDRESSED_FIELD = new RegExp(`^(${RECIPIENT}|${SUBJECT})\\s*:`, 'iu');

/** A header has at most this many fields, and each is one short line. */
const MAX_FIELDS = 8;
const MAX_FIELD_CHARS = 200;
/** Wrappers of the pick's first text climbed in the page to find the block before them. */
const MAX_DEPTH = 4;

/** `anchor`: the page's text node that the pick's first longer text came from (pick-climb.ts). */
export function attachLetterHeader(content: Element, anchor: Node | undefined): void {
  let box = anchor?.parentElement ?? null;
  for (let level = 0; box && level < MAX_DEPTH && box.localName !== 'body'; level++, box = box.parentElement) {
    const before = box.previousElementSibling;
    if (!before || !isLetterHeader(before)) continue;
    const shown = normalizeSpace(content.textContent);
    if (fieldLines(before).some((line) => shown.includes(line))) return;
    const target = content.firstElementChild?.localName === 'div' ? content.firstElementChild : content;
    target.prepend(content.ownerDocument.importNode(before, true));
    return;
  }
}

/** The block's lines: its child elements' texts, or its own text's lines where it holds no elements (a `<pre>`). */
function fieldLines(block: Element): string[] {
  const children = Array.from(block.children).filter((child) => child.localName !== 'br');
  const lines = children.length > 0 ? children.map((child) => child.textContent ?? '') : (block.textContent ?? '').split('\n');
  return lines.map(normalizeSpace).filter((line) => line !== '');
}

export function isLetterHeader(block: Element): boolean {
  const lines = fieldLines(block);
  if (lines.length < 2 || lines.length > MAX_FIELDS) return false;
  if (!lines.every((line) => line.length <= MAX_FIELD_CHARS && FIELD.test(line))) return false;
  return lines.some((line) => SENDER_FIELD.test(line)) && lines.some((line) => ADDRESSED_FIELD.test(line));
}
