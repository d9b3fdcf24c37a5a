import { describeFreshSet, describeThemePlacements } from './fresh-set-checks';

// The fourth fresh set (tests/fixtures/widgets-fresh4), held back until its one measurement and a development set
// since: data checks only, no extraction. All six of its own hosts are held-out pages of Readability's corpus split,
// so once measured it is placed into development hosts only.
describeFreshSet({
  set: 'fresh4',
  minFamilies: 16,
  minVariants: 32,
  earlier: ['fresh', 'fresh2', 'fresh3'],
});

describeThemePlacements('fresh4');
