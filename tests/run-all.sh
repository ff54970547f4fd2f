#!/usr/bin/env bash
# Every check of the project, in the order a failure is cheapest to find:
# types, formatting, unit and component tests, both browser builds, then the
# end-to-end tests in headless Chromium. Each step runs even if an earlier one
# failed, so one run shows every problem; the exit code is non-zero if any did.
set -uo pipefail
cd "$(dirname "$0")/.."
reports=artifacts/reports
mkdir -p "$reports"
rm -f "$reports"/*.json
failed=()

step() {
  local name=$1
  shift
  echo
  echo "=== $name"
  "$@" || failed+=("$name")
}

step "type check" npx tsc --noEmit
step "format check" npx prettier --check . --log-level warn
step "unit and component tests" npx vitest run -c tests/vitest.config.ts \
  --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
step "Chrome build" npx wxt build
step "Firefox build" npx wxt build -b firefox
step "end-to-end tests" env E2E_SKIP_BUILD=1 npx vitest run \
  -c tests/e2e/vitest.config.ts \
  --reporter=default --reporter=json --outputFile.json="$reports/e2e.json"

echo
if [ ${#failed[@]} -gt 0 ]; then
  printf 'FAILED steps: %s\n' "$(IFS=,; echo "${failed[*]}")"
fi
node tests/summary.mjs "$reports"/*.json
[ ${#failed[@]} -eq 0 ]
