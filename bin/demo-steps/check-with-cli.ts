import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../../tests/e2e/support/paths';

const RADAR = resolve(repoRoot, 'bin/radar.mjs');

/**
 * Validates the exported JSON with `radar validate` and re-scores it with
 * `radar score`: the figure must equal what the export and the panel say.
 */
export function checkWithCli(jsonPath: string, shownTotal: string): boolean {
  const validate = run(['validate', jsonPath]);
  console.log(`radar validate: ${validate.stdout.trim()}`);
  const rescored = JSON.parse(run(['score', jsonPath]).stdout);
  const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const figures = {
    panel: shownTotal,
    exported: `${exported.scores.percentage.toFixed(1)} %`,
    rescored: `${rescored.percentage.toFixed(1)} %`,
  };
  console.log(
    `Total: panel ${figures.panel}, export ${figures.exported}, ` +
      `radar score ${figures.rescored}`,
  );
  const agree =
    validate.status === 0 &&
    figures.panel === figures.exported &&
    figures.exported === figures.rescored;
  console.log(agree ? 'The figures agree.' : 'MISMATCH between the figures.');
  return agree;
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [RADAR, ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0 && args[0] !== 'validate') {
    throw new Error(`radar ${args.join(' ')} failed: ${result.stderr}`);
  }
  return result;
}
