import { describe, expect, it } from 'vitest';
import { pollRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const kinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}`, [pollRule]).removed.map(({ kind }) => kind);

describe('the poll rule', () => {
  it('removes radio choices with a vote button under any name', () => {
    expect(kinds(`<div class="k1"><p>Should the line be built first?</p><label><input type="radio" name="p">Yes</label><label><input type="radio" name="p">No</label><button>Vote</button></div>`)).toEqual(['poll']);
  });
  it('removes a Spanish poll whose button is an input value', () => {
    expect(kinds(`<form><p>Encuesta</p><input type="radio" name="e"><input type="radio" name="e"><input type="submit" value="Votar"></form>`)).toEqual(['poll']);
  });
  it('removes a block named poll', () => {
    expect(kinds(`<div class="widget poll"><h4>Voting Poll</h4><button>Vote</button></div>`)).toEqual(['poll']);
  });
  it('keeps prose about a poll', () => {
    expect(kinds(`<p>A poll published on Monday found that most voters support the plan, <a href="/p">according to the institute</a>.</p>`)).toEqual([]);
  });
});
