import { describeFreshSet, describeThemePlacements } from './fresh-set-checks';

// The fourth fresh held-back set (tests/fixtures/widgets-fresh4): data checks only, no extraction. All six of its
// own hosts are held-out pages of Readability's corpus split.
describeFreshSet({
  set: 'fresh4',
  minFamilies: 16,
  minVariants: 32,
  earlier: ['fresh', 'fresh2', 'fresh3'],
});

describeThemePlacements('fresh4');
