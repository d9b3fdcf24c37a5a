import { labelled, wordCount, type ClutterRule } from '../rule';

/**
 * Post details left in the body at its top or bottom: "Posted on 3 March 2025 by Admin", "By Jane Smith · 8 min
 * read", "Tempo de leitura: 1 minuto", a date on its own. The card and the reader show byline, date and reading
 * time from the page's metadata, so in the body these lines only repeat it. A line is one when, with its
 * dates, reading time, byline and "posted/updated" words taken out, next to nothing is left.
 */

const MAX_CHARS = 160;
/** A month in English, Spanish, French, German, Portuguese or Italian, by its first letters ("Sept.", "março"). */
const MONTH = '(jan|ene|gen|feb|f[ée]v|fev|mar|m[äa]r|apr|abr|avr|ma[iy]|mag|jun|jui|giu|jul|lug|aug|ago|ao[uû]|sep|set|oct|okt|out|ott|nov|dec|d[ée]c|dez|dic)\\p{L}*\\.?';
const DATE = new RegExp(
  `\\b(\\d{4}-\\d{2}-\\d{2}(t[\\d:.]+z?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}(st|nd|rd|th|\\.|º)?\\s+(de\\s+)?${MONTH}(\\s+(de\\s+)?\\d{4})?|${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?(\\s+\\d{4})?|${MONTH}\\s+\\d{4})\\b`,
  'giu',
);
const TIME = /\b\d{1,2}[:.h]\d{2}\s*(am|pm|uhr|h)?\b|\b\d+\s*(hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\s+ago\b/giu;
const READING_TIME =
  /\b\d+\s*(-|–)?\s*(min(ute)?s?|minuten|minutos?|minuti)\b(\s+(read|reading|lesen|lesezeit|de lectura|de leitura|de lecture|di lettura|lectura|leitura|lecture))?|\b(reading time|read time|lesezeit|lesedauer|tiempo de lectura|tempo de leitura|temps de lecture|tempo di lettura|leestijd)\b/giu;
const POSTED =
  /\b(posted|published|updated|last updated|written|posted on|published on|publicado|actualizado|publi[ée]|mis à jour|ver[öo]ffentlicht|aktualisiert|am|pubblicato|aggiornato|postado|atualizado|on|el|le|em|il|at|um|a las|às|à)\b/giu;
/** "by" and a name of one to three capitalised words. */
const BYLINE = /\b(by|por|par|von|di|door|oleh|de)\s+(\p{Lu}[\p{L}'.-]*\s*){1,3}/gu;
const SEPARATORS = /[|·•—–,:/()\-]+/g;
const SIGNALS = new RegExp(`${DATE.source}|${READING_TIME.source}|^\\s*(by|por|par|von|posted|published|updated)\\b`, 'iu');

/** A date in a list or a table is data (a timeline, a schedule). */
const LISTS_AND_TABLES = new Set(['UL', 'OL', 'DL', 'LI', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH']);

export const metaRule: ClutterRule = {
  kind: 'meta',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars === 0 || s.chars > MAX_CHARS || s.longParagraphs > 0 || s.headings > 0 || s.images > 0) return null;
    if (LISTS_AND_TABLES.has(el.tagName) || el.closest('table, li')) return null;
    if (view.position(el) === 'inside') return null;
    const sig = view.signature(el);
    if (!SIGNALS.test(sig)) return null;
    const rest = sig
      .replace(DATE, ' ')
      .replace(TIME, ' ')
      .replace(READING_TIME, ' ')
      .replace(BYLINE, ' ')
      .replace(POSTED, ' ')
      .replace(SEPARATORS, ' ');
    return wordCount(rest) <= 2 ? labelled(view, el) : null;
  },
};
