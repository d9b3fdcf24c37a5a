import { describe, expect, it } from 'vitest';
import { loadVariants, WIDGET_KINDS, WIDGET_PLACEMENTS } from '../../../bench/lib/widget-corpus';
import { fragmentText } from '../../../bench/lib/widget-match';
import { splitHeading } from '../../../bench/lib/widget-pages';
import { describeFreshSet } from './fresh-set-checks';

// The fourth fresh held-back set (tests/fixtures/widgets-fresh4): data checks only, no extraction. All six of its
// own hosts are held-out pages of Readability's corpus split.
describeFreshSet({
  set: 'fresh4',
  minFamilies: 16,
  minVariants: 32,
  earlier: ['fresh', 'fresh2', 'fresh3'],
});

describe('fresh4 widget set: placements as real themes print them', () => {
  const variants = loadVariants('fresh4');

  it('has, for every kind, at least two variants printed in a real theme placement', () => {
    for (const kind of WIDGET_KINDS) {
      const placed = variants.filter((variant) => variant.kind === kind && variant.placement);
      expect(placed.length, kind).toBeGreaterThanOrEqual(2);
    }
    for (const variant of variants) if (variant.placement) expect(WIDGET_PLACEMENTS, `${variant.family}/${variant.name}`).toContain(variant.placement);
  });

  it('prints a caption-outside variant\'s caption as the box\'s own sibling, with text, not inside the box', () => {
    for (const variant of variants.filter((v) => v.placement === 'caption-outside')) {
      const where = `${variant.family}/${variant.name}`;
      expect(variant.heading, `${where}: the caption is found by its selector`).toBeTruthy();
      const { heading, box } = splitHeading(variant);
      expect(fragmentText(heading).length, `${where}: caption text`).toBeGreaterThan(0);
      // The caption opens the variant's markup and the box follows it: taking the caption out leaves the box whole.
      expect(variant.html.trimStart().startsWith(heading), `${where}: caption first`).toBe(true);
      expect(box.trim().length, `${where}: box`).toBeGreaterThan(0);
    }
  });

  it('wraps a theme-wrappers variant in containers that say nothing themselves: their text is the widget\'s', () => {
    for (const variant of variants.filter((v) => v.placement === 'theme-wrappers')) {
      const where = `${variant.family}/${variant.name}`;
      // The outermost element holds the whole variant (one root), and it is a generic container.
      const root = /^\s*<(div|section|aside|footer|p)\b[^>]*>/i.exec(variant.html);
      expect(root, `${where}: a generic wrapper opens the markup`).not.toBeNull();
      expect(variant.html.trimEnd().endsWith(`</${root![1]!.toLowerCase()}>`), `${where}: the wrapper closes it`).toBe(true);
    }
  });
});
