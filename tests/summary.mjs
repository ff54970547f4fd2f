// Prints one closing line for the whole run from vitest's JSON reports:
// "tests: N passed, N failed" (plus skipped when there are any).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
const tail = skipped ? `, ${skipped} skipped` : '';
console.log(`tests: ${passed} passed, ${failed} failed${tail}`);
