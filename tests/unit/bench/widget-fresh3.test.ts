import { describeFreshSet, describeThemePlacements } from './fresh-set-checks';

// The third fresh held-back set (tests/fixtures/widgets-fresh3): data checks only, no extraction. One of its own
// hosts (videos-2, French) is a development page of Readability's corpus split, taken for its language.
describeFreshSet({
  set: 'fresh3',
  minFamilies: 18,
  minVariants: 36,
  earlier: ['fresh', 'fresh2'],
  developmentHosts: ['videos-2'],
});

describeThemePlacements('fresh3');
