import { readerFlows } from './flows/reader';
import { test } from './fixtures';
import { flowsFor } from './flows/flow';

for (const flow of flowsFor('chromium', readerFlows)) test(flow.name, ({ session }) => flow.run(session));
