import { describe, expect, it } from 'vitest';
import { newsletterRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const kinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}`, [newsletterRule]).removed.map(({ kind }) => kind);

describe('the newsletter rule', () => {
  it('removes an email field with a sign-up call', () => {
    expect(kinds(`<div class="x"><h3>Get the morning briefing</h3><p>Sign up for our newsletter.</p><input type="email"><button>Go</button></div>`)).toEqual(['newsletter']);
  });
  it('removes a German box found by its email field and heading', () => {
    expect(kinds(`<div class="k"><b>Newsletter abonnieren</b><input type="email" name="mail"><button>Anmelden</button></div>`)).toEqual(['newsletter']);
  });
  it('removes a Portuguese box whose call is in the button value', () => {
    expect(kinds(`<section><p>Receba as notícias do dia</p><input type="text" name="email" placeholder="Seu e-mail"><input type="submit" value="Assinar"></section>`)).toEqual(['newsletter']);
  });
  it('keeps a paragraph about newsletters', () => {
    expect(kinds(`<p>${PROSE} Readers who subscribe to the newsletter get it first.</p>`)).toEqual([]);
  });
  it('leaves a comment form to the comments rule', () => {
    expect(kinds(`<form><textarea></textarea><input type="email"><button>Subscribe to replies</button></form>`)).toEqual([]);
  });
});
