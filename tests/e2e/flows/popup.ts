import assert from 'node:assert/strict';
import { artifactPath, eventually } from '../../harness/views';
import { PopupPage } from '../pages/popup';
import { REACTIONS, SEED_CLUTTER, SEED_SITE, SEED_TITLE } from './articles';
import { clearReactions, storedReactions } from './extension-storage';
import type { Flow } from './flow';

export const popupFlows: Flow[] = [
  {
    name: 'the popup shows the clean card of the seed article, nothing of the clutter, and says what it hid',
    async run(session) {
      const page = await session.newTab(`${session.server.origin}/seed-article/`);
      const popup = await PopupPage.open(session, page);
      const card = await popup.card();
      assert.ok(card, `the popup shows a message: ${JSON.stringify(await popup.message())}`);
      assert.equal(card.title, SEED_TITLE);
      assert.equal(card.site, SEED_SITE);
      assert.equal(card.image, `${session.server.origin}/seed-article/assets/img/posts/meta-connect-1200x675.jpg`);
      assert.deepEqual(await popup.reactions.offered(), REACTIONS);
      assert.ok(card.text.includes('still too early to determine how DeepSeek’s breakthrough AI model will impact Meta'), card.text);
      // The site name is page text inside our label: isolated (FSI … PDI), so its bidi controls stay in it.
      assert.match(card.text, /Summary by \u2068?Trendline Daily\u2069?/, card.text);
      for (const clutter of SEED_CLUTTER) assert.ok(!card.text.includes(clutter), `the card shows clutter: ${clutter}`);

      // The "Hid" line: reaction widget first, folded, and one line per block once opened. Readability drops most of
      // the seed page's clutter itself; the line names what the engine took from the rest.
      const folded = await popup.hidLine();
      assert.equal(folded?.line, 'Hid: reaction widget, ad');
      assert.equal(folded?.firstShown, false);
      await popup.toggleHidLine();
      const opened = await popup.hidLine();
      assert.deepEqual({ open: opened?.open, first: opened?.first, shown: opened?.firstShown }, { open: true, first: 'reaction widget: “What\'s Your Reaction?”', shown: true });
      await popup.view.screenshot(artifactPath(`${session.browser}-popup.png`));

      // The live page is left as it was.
      const live = await page.evaluate(() => ['.reactions', '#cookies-warning'].map((selector) => document.querySelector(selector)?.checkVisibility() ?? false));
      assert.deepEqual(live, [true, true]);
      await popup.close();
      await page.close();
    },
  },
  {
    name: 'a reaction is saved under the canonical URL, shown again when the popup reopens, and cleared by choosing it again',
    async run(session) {
      await clearReactions(session);
      const url = `${session.server.origin}/seed-article/?utm_source=newsletter#top`;
      const page = await session.newTab(url);
      const popup = await PopupPage.open(session, page);
      assert.equal(await popup.reactions.chosen(), null);
      await popup.reactions.click('love');
      await eventually(() => popup.reactions.status(), (status) => status === 'Saved on this device.', 'the saved notice');
      await popup.close();

      const reopened = await PopupPage.open(session, page);
      await reopened.reactions.waitForChosen('love');
      // No fragment, no tracking parameters in the key; the address as visited in the record.
      const key = `reaction:${session.server.origin}/seed-article/`;
      const stored = await storedReactions(session);
      assert.deepEqual(Object.keys(stored), [key]);
      assert.equal(stored[key]?.reaction, 'love');
      assert.equal(stored[key]?.url, url);

      await reopened.reactions.click('love');
      await eventually(() => storedReactions(session), (now) => Object.keys(now).length === 0, 'the record to be removed');
      await reopened.close();
      await page.close();
    },
  },
  {
    name: 'the reaction group works from the keyboard',
    async run(session) {
      await clearReactions(session);
      const page = await session.newTab(`${session.server.origin}/seed-article/?keyboard`);
      const popup = await PopupPage.openInTab(session, page);
      const keys = popup.view;
      await keys.focus('.reaction-picker [data-reaction=like]');
      await keys.press('ArrowRight');
      await popup.reactions.waitForChosen('dislike');
      assert.equal(await keys.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.reaction), 'dislike');
      await keys.press('ArrowLeft');
      await keys.press('ArrowLeft');
      await popup.reactions.waitForChosen('wow');
      await keys.press('Space');
      await popup.reactions.waitForChosen(null);
      await popup.close();
      await page.close();
      await clearReactions(session);
    },
  },
];
