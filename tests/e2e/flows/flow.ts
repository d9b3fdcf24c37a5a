import type { BrowserName, ExtensionSession } from '../../harness/views';

/**
 * One user flow, written once against `ExtensionSession`: tests/e2e/*.spec.ts runs it in Chromium
 * (Playwright), tests/firefox/*.test.ts in Firefox. `browsers` limits it to where the browser allows it.
 */
export interface Flow {
  name: string;
  browsers?: readonly BrowserName[];
  run(session: ExtensionSession): Promise<void>;
}

export function flowsFor(browser: BrowserName, flows: readonly Flow[]): Flow[] {
  return flows.filter((flow) => !flow.browsers || flow.browsers.includes(browser));
}
