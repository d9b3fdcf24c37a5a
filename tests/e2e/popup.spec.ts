import { popupFlows } from './flows/popup';
import { test } from './fixtures';
import { flowsFor } from './flows/flow';

for (const flow of flowsFor('chromium', popupFlows)) test(flow.name, ({ session }) => flow.run(session));
