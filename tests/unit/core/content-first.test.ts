import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle, PIPELINE_STAGES, type PipelineStage } from '../../../src/core/extract';
import { revealHiddenContent } from '../../../src/core/reveal-hidden-content';
import { documentFrom, readFixture } from '../../harness/fixtures';

/** Content first: what a page hides from assistive tech or renders later, threads that are the page, fallbacks. */

const PROSE =
  'The council voted on Tuesday to approve the plan after a long debate in which members argued about the cost, the timetable and the effect of the works on the shops along the route.';
const prose = (n: number) => Array.from({ length: n }, () => `<p>${PROSE}</p>`).join('');
const URL_OF = 'https://news.example/story';

function text(html: string): string {
  const outcome = extractArticle(documentFrom(html, URL_OF), { url: URL_OF, force: true });
  if (outcome.status !== 'article') throw new Error(outcome.reason);
  return outcome.article.textContent;
}

describe('content first', () => {
  it('keeps an article the page hides from screen readers', () => {
    const html = `<html><head><title>Invitation</title></head><body><main><div aria-hidden="true"><h1>Invitation</h1>${prose(3)}</div><div>FPS: --</div></main></body></html>`;
    expect(text(html)).toContain(PROSE);
  });

  it('puts a streamed chunk in place of its boundary and drops the fallback', () => {
    const doc = documentFrom(`<body><main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main><div hidden id="S:0"><article>${prose(3)}</article></div></body>`);
    revealHiddenContent(doc);
    expect(doc.querySelector('main article')).not.toBeNull();
    expect(doc.body.textContent).not.toContain('Loading…');
    expect(doc.querySelector('[hidden]')).toBeNull();
  });

  it('puts a streamed segment in place of its placeholder, and drops no fallback whose end it cannot see', () => {
    // Saved without comments: the boundary's fallback has no `<!--/$-->`, and the article follows the template.
    const doc = documentFrom(
      `<body><div><template id="B:1"></template><nav>Menu</nav><div hidden id="S:5"><article>${prose(3)}</article></div></div>` +
        `<div hidden id="S:1"><header>Site</header><main><template id="P:5"></template></main></div></body>`,
    );
    revealHiddenContent(doc);
    expect(doc.querySelector('main > article')?.textContent).toContain('The council voted');
    expect(doc.querySelector('[hidden], template')).toBeNull();
    expect(doc.body.textContent).toContain('Menu');
  });

  it('leaves a hidden site chrome hidden, though its teasers read as prose', () => {
    const teasers = Array.from({ length: 4 }, (_, i) => `<li><a href="/story${i}"><h3>Story ${i}</h3></a><p>${PROSE}</p></li>`).join('');
    const doc = documentFrom(`<body><div aria-hidden="true"><nav><a href="/">Home</a> <a href="/news">News</a></nav><ul>${teasers}</ul></div><main>${prose(3)}</main></body>`);
    revealHiddenContent(doc);
    expect(doc.querySelectorAll('[aria-hidden="true"]')).toHaveLength(1);
  });

  it('leaves hidden decorations hidden', () => {
    const doc = documentFrom(`<body><span aria-hidden="true">★</span><div hidden>menu</div></body>`);
    revealHiddenContent(doc);
    expect(doc.querySelectorAll('[aria-hidden="true"], [hidden]')).toHaveLength(2);
  });

  it('keeps the thread of a discussion page', () => {
    const comments = Array.from({ length: 5 }, (_, i) => `<div class="comment"><a href="/u${i}">user${i}</a> <div class="commtext">${PROSE}</div></div>`).join('');
    const html = `<html><head><title>Show: a new way to map rivers</title></head><body><table><tr><td><a href="https://example.com/rivers">Show: a new way to map rivers</a></td></tr></table><div id="comments" class="comment-tree">${comments}</div></body></html>`;
    expect(text(html)).toContain(PROSE);
  });

  it('answers with an article wherever plain Readability finds one', () => {
    for (const name of ['seed-article/index.html', 'second-article/index.html']) {
      const html = readFixture(name);
      const plain = new Readability(documentFrom(html, URL_OF)).parse();
      expect(plain?.content).toBeTruthy();
      expect(extractArticle(documentFrom(html, URL_OF), { url: URL_OF, force: true }).status).toBe('article');
    }
  }, 30_000);

  it('reports each stage to onStage once, in order', () => {
    const seen: PipelineStage[] = [];
    extractArticle(documentFrom(readFixture('seed-article/index.html'), URL_OF), { url: URL_OF, onStage: (stage, ms) => {
      expect(ms).toBeGreaterThanOrEqual(0);
      seen.push(stage);
    } });
    expect(seen).toEqual([...PIPELINE_STAGES]);
  });
});
