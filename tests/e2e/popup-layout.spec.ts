import assert from 'node:assert/strict';
import { artifactPath, eventually, type View } from '../harness/views';
import { test } from './fixtures';
import { PopupPage } from './pages/popup';

interface PopupLayout {
  viewport: { width: number; height: number };
  scrollHeight: number;
  /** What of the card is not fully in view, or is covered by something drawn over it. */
  hidden: string[];
  keyPoints: number;
}

/** Checks, in the popup as Chromium draws it, that title, image, every key point and the picker are in view and uncovered. */
function popupLayout(view: View): Promise<PopupLayout> {
  return view.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const hidden: string[] = [];
    const check = (el: Element, name: string) => {
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > height + 0.5 || box.left < 0 || box.right > width + 0.5) {
        hidden.push(`${name} outside the ${width}×${height} popup (${Math.round(box.top)}–${Math.round(box.bottom)})`);
        return;
      }
      // Sample the box at a few points: something else drawn there (the sticky reaction bar) covers it.
      for (const [fx, fy] of [[0.1, 0.15], [0.5, 0.5], [0.9, 0.85]] as const) {
        const hit = document.elementFromPoint(box.left + box.width * fx, box.top + box.height * fy);
        if (hit && !el.contains(hit) && !hit.contains(el)) {
          hidden.push(`${name} covered by ${hit.className || hit.tagName} at ${Math.round(fx * 100)}%,${Math.round(fy * 100)}%`);
          return;
        }
      }
    };
    check(document.querySelector('#card-title')!, 'title');
    const image = document.querySelector('.lead-image');
    if (image) check(image, 'lead image');
    const points = [...document.querySelectorAll('.summary li')];
    points.forEach((li, index) => check(li, `key point ${index + 1}`));
    check(document.querySelector('.reaction-picker')!, 'reaction picker');
    check(document.querySelector('.read-button')!, 'Read button');
    return { viewport: { width, height }, scrollHeight: document.documentElement.scrollHeight, hidden, keyPoints: points.length };
  });
}

for (const [name, path] of [
  ['the demo article', '/seed-article/'],
  ['the largest corpus page (yahoo-2)', '/large/yahoo-2/'],
] as const) {
  test(`the popup at its real size shows ${name}: title, image, every key point and the picker, without scrolling`, async ({ session }) => {
    const tab = await session.newTab(`${session.server.origin}${path}`);
    const popup = await PopupPage.open(session, tab);
    await eventually(() => popup.view.evaluate(() => [...document.images].every((img) => img.complete)), Boolean, 'the popup images');
    // Chromium sizes the popup to its content, up to 800×600: wait until it has settled.
    const layout = await eventually(() => popupLayout(popup.view), (now) => now.keyPoints > 0, 'the key points');
    await popup.view.screenshot(artifactPath(`popup-layout-${path.split('/').filter(Boolean).pop()}.png`));
    assert.ok(layout.viewport.width <= 800 && layout.viewport.height <= 600, JSON.stringify(layout.viewport));
    assert.deepEqual(layout.hidden, [], `${name}: ${JSON.stringify(layout.viewport)}, ${layout.keyPoints} key points`);
    // One pixel for rounding: Chromium sizes the popup to the content's fractional height.
    assert.ok(layout.scrollHeight <= layout.viewport.height + 1, `${name}: the popup scrolls (${layout.scrollHeight} > ${layout.viewport.height})`);
    await popup.close();
    await tab.close();
  });
}
