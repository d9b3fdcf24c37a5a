/**
 * Runs shared flows (tests/e2e/flows/) as node:test tests in Firefox: one Firefox and one fixture server for
 * the file that calls it.
 */
import { after, before, test } from 'node:test';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { launchFirefoxSession, type FirefoxSession } from '../harness/firefox-session';
import { flowsFor, type Flow } from '../e2e/flows/flow';

export function testFlowsInFirefox(flows: readonly Flow[], timeout = 120_000): void {
  let server: FixtureServer;
  let session: FirefoxSession;
  before(async () => {
    server = await startFixtureServer();
    session = await launchFirefoxSession(server);
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });
  for (const flow of flowsFor('firefox', flows)) test(flow.name, { timeout }, () => flow.run(session));
}
