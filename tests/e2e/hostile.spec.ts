import { hostileFlows } from './flows/hostile';
import { test } from './fixtures';
import { flowsFor } from './flows/flow';

for (const flow of flowsFor('chromium', hostileFlows)) test(flow.name, ({ session }) => flow.run(session));
