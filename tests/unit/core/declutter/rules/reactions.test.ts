import { describe, expect, it } from 'vitest';
import { reactionsRule } from '../../../../../src/core/declutter/rules';
import { declutterHtml, PROSE } from '../../../../harness/declutter';

const only = [reactionsRule];

describe('the reactions rule', () => {
  it.each([
    ['a question heading over image buttons', `<div class="box"><h4>What's Your Reaction?</h4><button><img src="/r/like.png" alt="like"></button><button><img src="/r/love.png" alt="love"></button><button><img src="/r/wow.png" alt="wow"></button></div>`],
    ['star icons drawn as one image repeated, with a French tally', `<div class="pr"><img src="/i/on.gif" alt="Nul"><img src="/i/on.gif" alt="Bof"><img src="/i/on.gif" alt="Moyen"><img src="/i/half.gif" alt="Bien"><img src="/i/off.gif" alt="Top"> (<strong>512</strong> votes, moyenne : <strong>3.17</strong> sur 5)</div>`],
    ['emoji with counts and no words', `<div class="a1"><span>😂 12</span><span>😮 4</span><span>😢 1</span></div>`],
    ['labels with percentages under meaningless classes', `<div class="q9"><div>Happy</div><div>40%</div><div>Sad</div><div>25%</div><div>Angry</div><div>35%</div></div>`],
    ['a Spanish question', `<section><h3>¿Qué te pareció esta noticia?</h3><ul><li><button>Me gusta</button></li><li><button>Me enoja</button></li></ul></section>`],
    ['a French question', `<div><p class="titre">Quelle est votre réaction ?</p><a href="#">J'adore</a><a href="#">Triste</a><a href="#">Drôle</a></div>`],
    ['a German question', `<aside><strong>Wie finden Sie diesen Artikel?</strong><button>Lustig</button><button>Traurig</button></aside>`],
    ['a Portuguese question', `<div><h4>Qual é a sua reação?</h4><a href="#">Amei</a><a href="#">Uau</a><a href="#">Triste</a></div>`],
    ['an Italian question', `<div><span class="t">Come ti senti?</span><ul><li onclick="v(1)">Felice</li><li onclick="v(2)">Triste</li></ul></div>`],
    ['data-reaction attributes', `<div><span data-reaction="a">x</span><span data-reaction="b">y</span><span data-reaction="c">z</span></div>`],
    ['icons under a /reactions/ path', `<div><img src="/img/reactions/a.gif"><img src="/img/reactions/b.gif"><img src="/img/reactions/c.gif"></div>`],
    ['a like/dislike pair', `<div><button>👍 342</button><button>👎 17</button></div>`],
    ['a star rating', `<div><span>Rate this article:</span> <span>★★★★☆</span> <span>4.2 (135 votes)</span></div>`],
    ['a helpful yes/no block', `<div><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>`],
    ['a like box with its question above, answers as script links', `<div class="gostou"><span>Gostou desta matéria?</span> <a href="#" class="b">Sim</a> <a href="#" class="b">Não</a></div>`],
    ['a like box with thumbs and counts', `<div><h4>Hat Ihnen der Artikel gefallen?</h4><button aria-label="Daumen hoch"><svg></svg></button><span>14</span><button aria-label="Daumen runter"><svg></svg></button><span>2</span></div>`],
    ['a like box with its caption under the button', `<div><button class="lk"><svg></svg> 31</button><p>Vous avez aimé cet article ?</p></div>`],
    ['a like box with one labelled button and its count', `<div><p>¿Te gustó esta nota?</p><button>Me gusta</button><span>52</span></div>`],
  ])('removes %s', (_, html) => {
    const { removed } = declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only);
    expect(removed).toEqual([expect.objectContaining({ kind: 'reactions', count: 1 })]);
  });

  it.each([
    ['a question with one subscribe button', `<div><p>Want more stories like this?</p><button>Subscribe</button></div>`],
    ['a question with a mail link', `<div><p>Have a tip for us? Email the newsroom.</p><a href="mailto:tips@example.org">Email</a></div>`],
    ['a paragraph that asks and links on', `<p>Why does it matter? <a href="#why">Read on</a> <a href="#next">Skip</a></p>`],
    ['a paragraph about reactions', `<p>Users could answer with Love, Haha, Wow, Sad or Angry as well as Like, and researchers counted 12, 40 and 7 percent.</p>`],
    ['a data table of reaction shares', `<table><thead><tr><th>Reaction</th><th>Share</th></tr></thead><tbody><tr><td>Like</td><td>48%</td></tr><tr><td>Love</td><td>10%</td></tr><tr><td>Haha</td><td>9%</td></tr><tr><td>Sad</td><td>8%</td></tr></tbody></table>`],
    ['a list of reactions with percentages', `<ol><li>Me gusta: 52 %</li><li>Me encanta: 17 %</li><li>Me enoja: 14 %</li></ol>`],
    ['a list of emoji with their meaning', `<ul><li>👍 Like — the familiar thumbs-up</li><li>❤️ Love — more than approval</li><li>😆 Haha — for jokes</li></ul>`],
    ['a sentence listing emoji', `<p>The five most used emoji last year were 😂, ❤️, 🤣, 👍 and 😭.</p>`],
    ['a short paragraph of like and dislike counts', `<p>Likes: 1.1 million. Dislikes: 19 million.</p>`],
  ])('keeps %s', (_, html) => {
    const { removed, text } = declutterHtml(`<p>${PROSE}</p>${html}<p>${PROSE}</p>`, only);
    expect(removed).toEqual([]);
    expect(text.length).toBeGreaterThan(2 * PROSE.length);
  });

  it('names the widget by its question', () => {
    const { removed } = declutterHtml(`<p>${PROSE}</p><div><h4>What's Your Reaction?</h4><button>Like</button><button>Love</button><button>Wow</button><button>Sad</button></div>`, only);
    expect(removed[0]?.labels).toEqual(["What's Your Reaction?"]);
  });

  it('counts a row of emoji and counts without naming it', () => {
    const { removed } = declutterHtml(`<p>${PROSE}</p><div><button>👍 12</button><button>😂 3</button><button>😢 1</button></div>`, only);
    expect(removed).toEqual([{ kind: 'reactions', count: 1, labels: [] }]);
  });

  it('takes the heading of an item row found inside a wrapper', () => {
    const { body } = declutterHtml(`<p>${PROSE}</p><div class="w"><b>React</b><div class="row"><span>😂 1</span><span>😮 2</span><span>😢 3</span></div></div>`, only);
    expect(body.querySelector('.w')).toBeNull();
  });

  it('does not count React render ids as reaction hooks', () => {
    const items = Array.from({ length: 5 }, (_, i) => `<li data-reactid="${i}"><a href="/s${i}">Story number ${i} about the council budget vote</a></li>`).join('');
    expect(declutterHtml(`<ul data-reactroot="">${items}</ul>`, only).removed).toEqual([]);
  });
});
