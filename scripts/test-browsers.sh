#!/usr/bin/env bash
# The browser half of `npm test`: the user flows in Chromium (Playwright) in one lane, the Firefox flows and then the
# package checks in another, side by side. Each lane drives one browser at a time and mostly waits on it, so two lanes
# keep both cores of a small machine busy and CI within its time. The Chromium build (dist/) is made first; the
# Firefox lane builds dist-firefox-test/ and the package checks build in their own export of HEAD, so the lanes share
# no files. The second lane's output is held in artifacts/ and printed after the first; the run fails when either
# lane fails.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
npm run build || exit 1

lane_log=artifacts/firefox-and-package.log
( npm run test:firefox && npm run test:package ) > "$lane_log" 2>&1 &
lane=$!

TZ=UTC npx playwright test
chromium_status=$?
wait "$lane"
lane_status=$?

echo "== Firefox flows and packages (run beside the Chromium flows; full output in $lane_log)"
cat "$lane_log"
echo "== Chromium flows: exit $chromium_status; Firefox flows and packages: exit $lane_status"
# The Chromium failures scrolled past above the second lane's output: name them again at the very end, where a
# log's tail shows them.
if [ "$chromium_status" -ne 0 ] && [ -f artifacts/e2e.json ]; then
  node -e '
const walk = (suite, out) => {
  for (const spec of suite.specs || []) for (const test of spec.tests || [])
    for (const result of test.results || []) if (result.status !== "passed" && result.status !== "skipped")
      out.push(`${spec.file}:${spec.line} ${spec.title}: ${result.status}\n  ${String((result.error || {}).message || "").split("\n").slice(0, 16).join("\n  ")}`);
  for (const child of suite.suites || []) walk(child, out);
  return out;
};
const report = require("./artifacts/e2e.json");
console.log((report.suites || []).reduce((out, suite) => walk(suite, out), []).join("\n") || "(no failed test in artifacts/e2e.json)");
'
fi
[ "$chromium_status" -eq 0 ] && [ "$lane_status" -eq 0 ]
