/// <reference types="chrome" />
import { expect, test } from './fixtures';

const CLUTTER = ["What's Your Reaction", 'Related Posts', 'Newsletter', 'Popular Posts', 'Voting Poll', 'cookies', 'Advertisement', 'Post Comment'];

test.describe('the popup on the seed article', () => {
  test('clicking the toolbar action shows the clean card and nothing of the clutter', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/`);
    const popup = await extension.clickAction(page);
    await popup.waitFor("document.querySelector('.card')");

    const card = await popup.evaluate<{ title: string; site: string; image: string; reactions: string[]; text: string }>(`({
      title: document.querySelector('.card .title').textContent,
      site: document.querySelector('.card .site').textContent,
      image: document.querySelector('.lead-image img')?.getAttribute('src'),
      reactions: [...document.querySelectorAll('[role=radio]')].map((b) => b.dataset.reaction),
      text: document.body.innerText,
    })`);
    expect(card.title).toBe('Zuckerberg says Meta won’t slow down AI spend despite DeepSeek’s breakthrough.');
    expect(card.site).toBe('Trendline Daily');
    expect(card.image).toBe(`${server.origin}/seed-article/assets/img/posts/meta-connect-1200x675.jpg`);
    expect(card.reactions).toEqual(['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow']);
    expect(card.text).toContain('still too early to determine how DeepSeek’s breakthrough AI model will impact Meta');
    expect(card.text).toContain('Summary by Trendline Daily');
    for (const clutter of CLUTTER) expect(card.text).not.toContain(clutter);

    // It says what it hid, reaction widget first, and lists each block once opened.
    const hid = () =>
      popup.evaluate<{ line: string; open: boolean; first: string; shown: boolean }>(`(() => {
        const details = document.querySelector('.removed-clutter');
        const first = details.querySelector('li');
        return { line: details.querySelector('summary').textContent, open: details.open, first: first.textContent, shown: first.checkVisibility() };
      })()`);
    const folded = await hid();
    // Readability drops most of the seed page's clutter itself; the line names what the engine took from the rest.
    expect(folded.line).toBe('Hid: reaction widget, ad');
    expect(folded.shown).toBe(false);
    await popup.evaluate("document.querySelector('.removed-clutter summary').click()");
    expect(await hid()).toMatchObject({ open: true, shown: true, first: 'reaction widget: “What\'s Your Reaction?”' });

    // The live page is left as it was.
    await expect(page.locator('.reactions')).toBeVisible();
    await expect(page.locator('#cookies-warning')).toBeVisible();
    await popup.close();
    await page.close();
  });

  test('a reaction survives closing and reopening the popup, and choosing it again clears it', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/?utm_source=newsletter#top`);
    // The real click grants activeTab; the popup page in a tab can then be driven like any page.
    const realPopup = await extension.clickAction(page);
    await realPopup.waitFor("document.querySelector('.card')");
    await realPopup.close();
    const tabId = await extension.tabIdOf(page);

    let popup = await extension.openPopupInTab(tabId);
    const love = popup.getByRole('radio', { name: 'Love' });
    await expect(love).toHaveAttribute('aria-checked', 'false');
    await love.click();
    await expect(love).toHaveAttribute('aria-checked', 'true');
    await expect(popup.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();
    await popup.close();

    // Reopened through the real toolbar action, the choice is shown.
    const reopened = await extension.clickAction(page);
    await reopened.waitFor("document.querySelector('[data-reaction=love][aria-checked=true]')");
    await reopened.close();

    // Stored under the canonical URL: no fragment, no tracking parameters.
    popup = await extension.openPopupInTab(tabId);
    const stored = await popup.evaluate(() => chrome.storage.local.get(null));
    const key = `reaction:${server.origin}/seed-article/`;
    expect(stored[key]).toMatchObject({ reaction: 'love', url: `${server.origin}/seed-article/?utm_source=newsletter#top` });
    expect(Object.keys(stored).filter((k) => k.startsWith('reaction:'))).toEqual([key]);

    await popup.getByRole('radio', { name: 'Love' }).click();
    await expect(popup.getByRole('radio', { name: 'Love' })).toHaveAttribute('aria-checked', 'false');
    await expect.poll(async () => (await popup.evaluate(() => chrome.storage.local.get(null)))[key]).toBeUndefined();
    await popup.close();
    await page.close();
  });

  test('the reaction group works from the keyboard', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/seed-article/?keyboard`);
    await (await extension.clickAction(page)).close();
    const popup = await extension.openPopupInTab(await extension.tabIdOf(page));
    const like = popup.getByRole('radio', { name: 'Like', exact: true });
    await like.focus();
    await popup.keyboard.press('ArrowRight');
    await expect(popup.getByRole('radio', { name: 'Dislike' })).toBeFocused();
    await expect(popup.getByRole('radio', { name: 'Dislike' })).toHaveAttribute('aria-checked', 'true');
    await popup.keyboard.press('ArrowLeft');
    await popup.keyboard.press('ArrowLeft');
    await expect(popup.getByRole('radio', { name: 'Wow' })).toHaveAttribute('aria-checked', 'true');
    await popup.keyboard.press('Space');
    await expect(popup.getByRole('radio', { name: 'Wow' })).toHaveAttribute('aria-checked', 'false');
    await popup.close();
    await page.close();
  });
});

test.describe('pages the popup cannot read', () => {
  test('a page that is not an article offers "Try anyway"', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/not-an-article/`);
    const popup = await extension.clickAction(page);
    await popup.waitFor("document.querySelector('.status-message')");
    expect(await popup.evaluate<string>("document.querySelector('.status-title').textContent")).toBe('This page doesn’t look like an article');
    await popup.evaluate("document.querySelector('.status-message button').click()");
    await popup.waitFor("document.querySelector('.card, .status-message.problem')");
    expect(await popup.evaluate<string>("document.querySelector('.card .title')?.textContent ?? ''")).toBe('Acme Shop – Home');
    await popup.close();
    await page.close();
  });
});
