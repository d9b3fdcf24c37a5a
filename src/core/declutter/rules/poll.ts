import { labelled, type ClutterRule } from '../rule';

/** Polls and surveys: radio choices with a vote button, or a poll name or heading. */

const POLL_NAME = /(^|[-_])(poll|polls|wp-polls|totalpoll|polldaddy|crowdsignal|survey|voting|quiz)([-_]|$)/;
const POLL_HEADING = /^(voting )?(poll|quick poll|survey|have your say|encuesta|sondeo|sondage|umfrage|abstimmung|enquete|pesquisa|sondaggio)\b/iu;
const VOTE = /\b(vote|votar|voter|votez|abstimmen|vota|votare|view results|ver resultados|résultats|ergebnis)\b/iu;

export const pollRule: ClutterRule = {
  kind: 'poll',
  match(el, view) {
    const s = view.stats(el);
    if (s.chars > 600 || s.headings > 1 || s.textareas > 0) return null;
    if (view.named(el, POLL_NAME) && s.controls + s.links > 0) return labelled(view, el);
    if (s.radios >= 2 && VOTE.test(view.signature(el) + ' ' + buttonValues(el))) return labelled(view, el);
    if (!POLL_HEADING.test(view.lead(el))) return null;
    // Without its radio buttons (Readability drops them), a poll is its heading, a question and short answers.
    return s.controls + s.links >= 2 || (s.chars < 250 && s.longParagraphs === 0 && view.signature(el).includes('?')) ? labelled(view, el) : null;
  },
};

function buttonValues(el: Element): string {
  return Array.from(el.querySelectorAll('input[type=submit][value], input[type=button][value]'), (b) => b.getAttribute('value')).join(' ');
}
