import { describe, expect, it } from 'vitest';
import { cookieRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const kinds = (html: string): string[] => declutterHtml(`<p>${PROSE}</p>${html}`, [cookieRule]).removed.map(({ kind }) => kind);

describe('the cookie rule', () => {
  it('removes a consent manager by name', () => {
    expect(kinds(`<div id="onetrust-banner-sdk"><p>We care about your privacy.</p><button>OK</button></div>`)).toEqual(['cookie']);
  });
  it.each([
    ['English', `<div class="x"><span>We use cookies to improve your experience.</span><button>Accept all</button></div>`],
    ['German', `<div class="y"><p>Wir verwenden Cookies.</p><button>Akzeptieren</button></div>`],
    ['French', `<div class="z"><p>Ce site utilise des cookies.</p><button>J'accepte</button></div>`],
  ])('removes a %s notice with an accept button', (_, html) => {
    expect(kinds(html)).toEqual(['cookie']);
  });
  it('keeps a paragraph about cookies that links somewhere', () => {
    expect(kinds(`<p>Some advertisers say you can opt out of cookies, <a href="/x">but it is not ok</a> to rely on that.</p>`)).toEqual([]);
  });
});
