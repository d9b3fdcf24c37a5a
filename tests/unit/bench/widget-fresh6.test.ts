import { describeFreshSet, describeThemePlacements } from './fresh-set-checks';

// The sixth fresh set (tests/fixtures/widgets-fresh6), held back until its one measurement on the frozen engine: data
// checks only, no extraction. The held-out Readability pages ran out with the fifth set, so its own hosts are held-out
// article pages of Defuddle's fixture suite (tests/fixtures/widgets-fresh6/hosts/copy-fresh6-hosts.ts).
describeFreshSet({
  set: 'fresh6',
  minFamilies: 16,
  minVariants: 32,
  earlier: ['fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5'],
});

describeThemePlacements('fresh6');
