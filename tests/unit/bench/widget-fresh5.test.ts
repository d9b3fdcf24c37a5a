import { describeFreshSet, describeThemePlacements } from './fresh-set-checks';

// The fifth fresh set (tests/fixtures/widgets-fresh5), held back until its one measurement on the frozen engine and a
// development set since: data checks only, no extraction. The held-out pages of Readability's corpus split ran out: one could still take a
// widget, the others below cannot (tests/fixtures/widgets-fresh5/hosts/copy-fresh5-hosts.ts says why), so five English
// development pages fill its own hosts.
describeFreshSet({
  set: 'fresh5',
  minFamilies: 16,
  minVariants: 32,
  earlier: ['fresh', 'fresh2', 'fresh3', 'fresh4'],
  developmentHosts: ['cnet', 'seattletimes-1', 'salon-1', 'daringfireball-1', 'topicseed-1'],
  unplaceableHeldOut: [
    '004-metadata-space-separated-properties', 'base-url-base-element', 'blogger', 'embedded-videos', 'hukumusume',
    'js-link-replacement', 'mathjax', 'metadata-content-missing', 'missing-paragraphs', 'normalize-spaces',
    'replace-font-tags', 'royal-road', 'rtl-3', 'style-tags-removal', 'svg-parsing', 'title-en-dash',
  ],
});

describeThemePlacements('fresh5');
