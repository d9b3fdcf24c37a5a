import { pagesNotReadFlows } from './flows/pages-not-read';
import { test } from './fixtures';
import { flowsFor } from './flows/flow';

// Pages the popup cannot read: the browser's own, protected, PDFs, local files, pages that are not articles.
// The Web Store cannot be opened here (Chromium moves it to a privileged process and it needs the network);
// its address is recognised before injection: tests/unit/platform/restricted-pages.test.ts.
for (const flow of flowsFor('chromium', pagesNotReadFlows)) test(flow.name, ({ session }) => flow.run(session));
