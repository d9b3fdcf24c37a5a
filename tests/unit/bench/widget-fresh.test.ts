import { describeFreshSet } from './fresh-set-checks';

// The first fresh held-back set (tests/fixtures/widgets-fresh): data checks only, no extraction.
describeFreshSet({ set: 'fresh', minFamilies: 14, minVariants: 28, earlier: [] });
