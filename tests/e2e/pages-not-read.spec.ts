import { pagesNotReadFlows } from './flows/pages-not-read';
import { testFlows } from './fixtures';

// Pages the popup cannot read: the browser's own, protected, PDFs, local files, pages that are not articles.
// The Web Store cannot be opened here (Chromium moves it to a privileged process and it needs the network);
// its address is recognised before injection: tests/unit/platform/restricted-pages.test.ts.
testFlows(pagesNotReadFlows);
