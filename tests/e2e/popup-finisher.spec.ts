import assert from 'node:assert/strict';
import type { ChromiumSession } from '../harness/chromium-session';
import type { Tab } from '../harness/views';
import { test } from './fixtures';
import { PopupPage } from './pages/popup';
import { ReaderPage } from './pages/reader';

/**
 * The popup's three ways to the card's key points and the reader's body, on the demo article: the page finishes
 * what it kept (the round sends only the extraction's id); the page had lost its copy, so the popup sends the
 * extraction back; the page cannot finish (its finisher answers nothing usable), so the popup finishes the
 * article itself. All three must give the same key points, and "Read" the same body.
 */

interface KeptState {
  kept: boolean;
  card: boolean;
  article: boolean;
}

/**
 * What the tab keeps of its last extraction, read in its isolated world (the one our injected scripts share; the
 * popup's click granted it): whether it holds one, and whether the card and the whole article were finished there.
 */
function keptState(session: ChromiumSession, tab: Tab): Promise<KeptState> {
  return session.inExtension(async (tabId) => {
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () => {
        const kept = (globalThis as { __cleanReaderPage?: { id: string; card?: unknown; article?: unknown } }).__cleanReaderPage;
        return { kept: Boolean(kept?.id), card: Boolean(kept?.card), article: Boolean(kept?.article) };
      },
    });
    return frame!.result as KeptState;
  }, tab.id);
}

/** The page drops its copy right after extracting, as a reload would have: the popup must send the extraction back. */
function forgetEachExtraction(session: ChromiumSession, tab: Tab): Promise<void> {
  return session.inExtension(async (tabId) => {
    await chrome.scripting.executeScript({
      target: { tabId },
      func: () => {
        const scope = globalThis as unknown as { __cleanReaderExtractor: { extract(request: unknown): unknown }; __cleanReaderPage?: unknown };
        const extract = scope.__cleanReaderExtractor.extract;
        scope.__cleanReaderExtractor.extract = (request) => {
          const answer = extract(request);
          delete scope.__cleanReaderPage;
          return answer;
        };
      },
    });
  }, tab.id);
}

/** The page's finisher answers nothing usable: the popup must finish the card and the body itself. */
function breakFinisher(session: ChromiumSession, tab: Tab): Promise<void> {
  return session.inExtension(async (tabId) => {
    await chrome.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as Record<string, unknown>).__cleanReaderFinisher = { finish: () => null, finishCard: () => ({ summary: 'not a list' }), keptArticle: () => 'not-kept' };
      },
    });
  }, tab.id);
}

/** Key points shown, then "Read": the reader's key points and body text. */
async function cardThenReader(session: ChromiumSession, tab: Tab) {
  const popup = await PopupPage.open(session, tab);
  const card = await popup.card();
  assert.ok(card && card.keyPoints.length > 0, 'the card shows key points');
  const beforeRead = await keptState(session, tab);
  await popup.read();
  const reader = await ReaderPage.opened(tab);
  const { keyPoints, bodyText } = await reader.article();
  return { cardPoints: card.keyPoints, readerPoints: keyPoints, bodyText, beforeRead };
}

test('the key points and the body are the same whether the page finishes its kept copy, the copy sent back, or the popup finishes itself', async ({ session }) => {
  const url = `${session.server.origin}/seed-article/`;

  const inPageTab = await session.newTab(url);
  const finishedInPage = await cardThenReader(session, inPageTab);
  // The card was finished in the page, from its own copy; the body stayed there until "Read".
  assert.deepEqual(finishedInPage.beforeRead, { kept: true, card: true, article: false });
  assert.ok(finishedInPage.bodyText.length > 500, 'the reader shows the body');
  assert.deepEqual(finishedInPage.readerPoints, finishedInPage.cardPoints);
  await inPageTab.close();

  // A first popup injects the scripts; then the page forgets each extraction as soon as it answers it.
  const resentTab = await session.newTab(url);
  await PopupPage.open(session, resentTab).then((popup) => popup.view.close());
  await forgetEachExtraction(session, resentTab);
  const resent = await cardThenReader(session, resentTab);
  assert.deepEqual(resent.beforeRead, { kept: true, card: true, article: false }, 'the page keeps the copy it was sent');
  await resentTab.close();

  const fallbackTab = await session.newTab(url);
  await PopupPage.open(session, fallbackTab).then((popup) => popup.view.close());
  await breakFinisher(session, fallbackTab);
  const inPopup = await cardThenReader(session, fallbackTab);
  assert.deepEqual(inPopup.beforeRead, { kept: true, card: false, article: false }, 'the page finished nothing');
  await fallbackTab.close();

  for (const [name, other] of [['sent back', resent], ['finished in the popup', inPopup]] as const) {
    assert.deepEqual(other.cardPoints, finishedInPage.cardPoints, `${name}: the card's key points`);
    assert.deepEqual(other.readerPoints, finishedInPage.readerPoints, `${name}: the reader's key points`);
    assert.equal(other.bodyText, finishedInPage.bodyText, `${name}: the reader's body`);
  }
});
