import type { View } from '../../harness/views';

export interface OutsideElement {
  element: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Every drawn element whose box leaves the window sideways (or, for `fixed` ones such as an open panel,
 * also below or above it). Content a scroll region holds (a wide table, a code block) is inside its region,
 * which is what must fit; visually hidden labels (1 px, clipped) are not drawn.
 */
export function elementsOutsideViewport(view: Pick<View, 'evaluate'>): Promise<{ viewport: { width: number; height: number }; scrollWidth: number; outside: OutsideElement[] }> {
  return view.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const clipped = (el: Element) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' && style.overflowX !== 'clip') return true;
        if (style.clip !== 'auto' && style.position === 'absolute') return true;
      }
      return false;
    };
    const fixed = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) if (getComputedStyle(node).position === 'fixed') return true;
      return false;
    };
    const outside: { element: string; left: number; right: number; top: number; bottom: number }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      if (clipped(el)) continue;
      const sideways = rect.left < -0.5 || rect.right > width + 0.5;
      const vertically = fixed(el) && (rect.top < -0.5 || rect.bottom > height + 0.5);
      if (sideways || vertically) outside.push({ element: describe(el), left: Math.round(rect.left), right: Math.round(rect.right), top: Math.round(rect.top), bottom: Math.round(rect.bottom) });
    }
    return { viewport: { width, height }, scrollWidth: document.documentElement.scrollWidth, outside };
  });
}
