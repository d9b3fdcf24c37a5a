import { describeFreshSet } from './fresh-set-checks';

// The second fresh held-back set (tests/fixtures/widgets-fresh2): data checks only, no extraction. Three of its own
// hosts are development pages of Readability's corpus split, taken for French, Spanish and Chinese.
describeFreshSet({
  set: 'fresh2',
  minFamilies: 18,
  minVariants: 36,
  earlier: ['fresh'],
  developmentHosts: ['liberation-1', 'cnet-svg-classes', 'pixnet'],
});
