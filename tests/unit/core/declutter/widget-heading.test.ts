import { describe, expect, it } from 'vitest';
import { declutter, RemovalReport } from '../../../../src/core/declutter';
import { namesWidget } from '../../../../src/core/declutter/widget-heading';
import { declutterHtml, PROSE } from '../../../harness/declutter';
import { documentFrom } from '../../../harness/fixtures';

/**
 * A widget's heading or caption printed outside its box, as themes do, goes with the box; the article's own lines
 * beside a removed box stay. The widgets are written after real templates: Sassy Social Share's sharing container,
 * Zilla Likes' heart link, a Ultimate-Social-Media-style follow row and a Yasr-style vote box.
 */

/** Sassy Social Share: a row of network links with a count, no caption of its own. */
const SHARE_ROW = `<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing"><div class="heateor_sss_sharing_ul"><a class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fp%2F" title="Facebook"><span class="heateor_sss_svg"></span></a><a class="heateor_sss_button_x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.org%2Fp%2F" title="X"><span class="heateor_sss_svg"></span></a><a class="heateor_sss_whatsapp" href="https://api.whatsapp.com/send?text=https%3A%2F%2Fexample.org%2Fp%2F" title="Whatsapp"><span class="heateor_sss_svg"></span></a></div><span class="heateor_sss_share_count">214</span></div>`;
/** Zilla Likes: a heart link with its count. */
const HEART = `<div class="zilla-likes-wrap"><a href="#" class="zilla-likes" id="zilla-likes-4127" title="Like this"><span class="zilla-likes-count">86</span> <span class="zilla-likes-postfix"></span></a></div>`;

const textOf = (html: string): string => declutterHtml(html).text;

describe("a widget's heading outside its box", () => {
  it('goes as a bold line that asks the reader, before a share row between paragraphs', () => {
    const text = textOf(`<p>${PROSE}</p><p><strong>Enjoyed it? Pass it on!</strong></p>${SHARE_ROW}<p>${PROSE}</p>`);
    expect(text).not.toContain('Pass it on');
    expect(text).toContain('The council voted');
  });

  it('goes as a bold line whose words name the widget, with no mark at all', () => {
    expect(textOf(`<p>${PROSE}</p><p><b>Spread the word</b></p>${SHARE_ROW}<p>${PROSE}</p>`)).not.toContain('Spread the word');
    expect(textOf(`<p>${PROSE}</p><p><strong>Teile diesen Artikel</strong></p>${SHARE_ROW}<p>${PROSE}</p>`)).not.toContain('Teile');
  });

  it('stays as a bold section heading that prose follows once the box is gone', () => {
    expect(textOf(`<p>${PROSE}</p><p><strong>The cost of the works</strong></p>${SHARE_ROW}<p>${PROSE}</p>`)).toContain('The cost of the works');
  });

  it('goes as the caption printed under a like box, and stays as the sentence after it', () => {
    const captioned = textOf(`<p>${PROSE}</p>${HEART}<p><em>Liked by readers</em></p><p>${PROSE}</p>`);
    expect(captioned).not.toMatch(/Liked by readers|86/);
    const sentence = textOf(`<p>${PROSE}</p>${HEART}<p>The mayor did not like it.</p><p>${PROSE}</p>`);
    expect(sentence).toContain('The mayor did not like it.');
  });

  it('goes as a theme’s plain caption line in any language when the removed box was the last thing it introduced', () => {
    const text = textOf(`<p>${PROSE}</p><div>Mantente conectado</div>${SHARE_ROW}`);
    expect(text).not.toContain('Mantente conectado');
    expect(text).toContain('The council voted');
    // Before more prose it may title that prose, and a paragraph is the article's credit line.
    expect(textOf(`<p>${PROSE}</p><div>Mantente conectado</div>${SHARE_ROW}<p>${PROSE}</p>`)).toContain('Mantente conectado');
    expect(textOf(`<p>${PROSE}</p><p>Reporting by Ana Souza</p>${SHARE_ROW}`)).toContain('Reporting by Ana Souza');
  });

  it('keeps a short plain line beside a removed box: a photo credit is the article’s', () => {
    expect(textOf(`<p>${PROSE}</p><div>Top photo by Ana Souza</div>${SHARE_ROW}<p>${PROSE}</p>`)).toContain('Top photo by Ana Souza');
    expect(textOf(`<p>${PROSE}</p>${SHARE_ROW}<div>Top photo by Ana Souza</div>`)).toContain('Top photo by Ana Souza');
  });
});

describe('the words that name a widget', () => {
  it.each([
    'Spread the word', 'Weitersagen!', 'How did this story make you feel', 'Was this post helpful', '田中太郎をフォローする', 'Liked by readers',
  ])('name one in %s', (line) => {
    expect(namesWidget(line)).toBe(true);
  });
  it.each(['The cost of the works', 'Background', 'He said he would share the cost'])('name none in %s', (line) => {
    expect(namesWidget(line)).toBe(false);
  });
});

/** Declutters `content` (what Readability kept) against the page as published, `page`. */
function declutterAgainst(content: string, page: string): string {
  const doc = documentFrom(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const original = documentFrom(`<!DOCTYPE html><html><head><title>Tram line approved</title></head><body>${page}</body></html>`);
  declutter(doc.body, new RemovalReport(), undefined, null, original);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('a caption whose box Readability dropped, looked up in the page as published', () => {
  /** A Yasr-style vote box: star controls and the vote count, which Readability drops as a form. */
  const VOTES = `<div class="yasr-vv-stars-container"><div class="yasr-rater-stars" role="button" aria-label="Rate"></div><span class="yasr-vv-text">(38 votes)</span></div>`;

  it('goes when the box beside it there is an engagement widget', () => {
    const content = `<div><p>${PROSE}</p><h3>Your verdict?</h3><p>${PROSE}</p></div>`;
    const page = `<article><p>${PROSE}</p><h3>Your verdict?</h3>${VOTES}<p>${PROSE}</p></article>`;
    expect(declutterAgainst(content, page)).not.toContain('Your verdict');
  });

  it('goes when its words name the widget and a frame or links sat beside it, after the box too', () => {
    const frame = `<div class="fb-like-box"><iframe src="https://example.org/likebox.html" title="Like box"></iframe></div>`;
    const content = `<div><p>${PROSE}</p><p>Follow us on Facebook</p><p>${PROSE}</p></div>`;
    expect(declutterAgainst(content, `<article><p>${PROSE}</p>${frame}<p>Follow us on Facebook</p><p>${PROSE}</p></article>`)).not.toContain('Follow us');
  });

  it('stays when the page has prose beside it, or no widget at all', () => {
    const content = `<div><p>${PROSE}</p><h3>Your verdict?</h3><p>${PROSE}</p></div>`;
    expect(declutterAgainst(content, `<article>${content}</article>`)).toContain('Your verdict?');
    const credit = `<div><p>${PROSE}</p><div>Top photo by Ana Souza</div><p>${PROSE}</p></div>`;
    expect(declutterAgainst(credit, `<article><p>${PROSE}</p><div>Top photo by Ana Souza</div>${SHARE_ROW}<p>${PROSE}</p></article>`)).toContain('Top photo by Ana Souza');
  });

  it('stays as a question the article answers, when the block after it reads like a widget but the article still shows it', () => {
    // After a reader's letter quoted in a blog post (Readability's table-style-attributes page): a paragraph that
    // opens "Yes, …" is what a helpful widget's buttons say, but it was never removed, so the question is no caption.
    const answer = '<p> Yes, every single time I try something like this, I very seriously consider <a href="https://example.org/mac">getting a Mac</a>. </p>';
    const content = `<div><p>${PROSE}</p><ul><i>Have you considered changing distributions?</i></ul>${answer}<p>${PROSE}</p></div>`;
    expect(declutterAgainst(content, `<article>${content}</article>`)).toContain('Have you considered changing distributions?');
  });

  it('goes when it is the prompt inside a widget box whose buttons Readability dropped, in any language', () => {
    const picker = (prompt: string): string =>
      `<section><div>${prompt}</div><button aria-label="Disappointed"><span>😞</span></button><button aria-label="Neutral"><span>😐</span></button><button aria-label="Smiley"><span>😃</span></button></section>`;
    const content = `<div><p>${PROSE}</p><p>¿Ha respondido esto a tu pregunta?</p><p>${PROSE}</p></div>`;
    const page = `<article><p>${PROSE}</p>${picker('¿Ha respondido esto a tu pregunta?')}<p>${PROSE}</p></article>`;
    expect(declutterAgainst(content, page)).not.toContain('respondido');
  });

  it('goes when it ends in a colon and introduced a frame Readability dropped; stays before a frame the article shows', () => {
    const likes = `<div><span>J'aime</span> <span>Chargement...</span><iframe src="https://widgets.example/likes/?post=4419"></iframe></div>`;
    const content = `<div><p>${PROSE}</p><h3>J'aime ceci :</h3></div>`;
    expect(declutterAgainst(content, `<article><p>${PROSE}</p><h3>J'aime ceci :</h3>${likes}</article>`)).not.toContain("J'aime ceci");
    const video = `<iframe src="https://video.example/embed/x"></iframe>`;
    const shown = `<div><p>${PROSE}</p><p>Regardez la séance :</p>${video}<p>${PROSE}</p></div>`;
    expect(declutterAgainst(shown, `<article><p>${PROSE}</p><p>Regardez la séance :</p><div>${video}</div><p>${PROSE}</p></article>`)).toContain('Regardez la séance');
  });

  it('stays when it ends in a colon and introduced a player the article shows as an embed card, or a code box with its buttons', () => {
    // The reader shows the player as a card linking to its site (content/embeds.ts), never as the frame.
    const card = `<figure class="embed embed-youtube"><a href="https://www.youtube.com/watch?v=abc123">YouTube</a></figure>`;
    const player = `<div class="video-wrap"><iframe src="https://www.youtube.com/embed/abc123"></iframe></div>`;
    const shown = `<div><p>${PROSE}</p><p>Watch the full interview here:</p>${card}<p>${PROSE}</p></div>`;
    expect(declutterAgainst(shown, `<article><p>${PROSE}</p><p>Watch the full interview here:</p>${player}<p>${PROSE}</p></article>`)).toContain('Watch the full interview');
    // A code box as a chat or docs page prints it: its Copy and Edit buttons, then the code (which the article keeps).
    const codeBox = `<div class="code-box"><div class="bar"><span>python</span><button>Copy code</button><button>Edit</button></div><pre><code>print("hello")</code></pre></div>`;
    const code = `<div><p>${PROSE}</p><p>Here is the script the team used:</p><pre><code>print("hello")</code></pre><p>${PROSE}</p></div>`;
    expect(declutterAgainst(code, `<article><p>${PROSE}</p><p>Here is the script the team used:</p>${codeBox}<p>${PROSE}</p></article>`)).toContain('Here is the script');
    // Or the editor's whole toolbar inside the <pre>, as ChatGPT's CodeMirror block has it.
    const editor = `<pre><div><span>Python</span><button aria-label="Copy"></button><button aria-label="Run code">Run</button></div><div class="cm-content">print("hello")</div></pre>`;
    expect(declutterAgainst(code, `<article><p>${PROSE}</p><p>Here is the script the team used:</p>${editor}<p>${PROSE}</p></article>`)).toContain('Here is the script');
  });

  it('goes as a plain caption line at the end, set as a <div> in the page, when a widget box followed it there', () => {
    const picker = `<div><section><button aria-label="Sad"><span>😞</span></button><button aria-label="Neutral"><span>😐</span></button><button aria-label="Happy"><span>😃</span></button></section></div>`;
    const content = `<div><p>${PROSE}</p><p>Danke für Ihre Rückmeldung</p></div>`;
    expect(declutterAgainst(content, `<article><p>${PROSE}</p><div>Danke für Ihre Rückmeldung</div>${picker}</article>`)).not.toContain('Danke');
    // Printed as a paragraph, it is the article's own line.
    expect(declutterAgainst(content, `<article><p>${PROSE}</p><p>Danke für Ihre Rückmeldung</p>${picker}</article>`)).toContain('Danke');
  });

  it('stays as a section heading that the prose after it needs, when its words name nothing', () => {
    const content = `<div><p>${PROSE}</p><h3>The cost of the works</h3><p>${PROSE}</p></div>`;
    const page = `<article><p>${PROSE}</p><h3>The cost of the works</h3>${SHARE_ROW}<p>${PROSE}</p></article>`;
    expect(declutterAgainst(content, page)).toContain('The cost of the works');
  });
});
