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
[ "$chromium_status" -eq 0 ] && [ "$lane_status" -eq 0 ]
