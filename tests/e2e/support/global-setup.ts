import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { artifactsDir, repoRoot } from './paths';

/** Builds the Chrome extension once before any end-to-end test runs. */
export default function setup(): void {
  mkdirSync(artifactsDir, { recursive: true });
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'ignore' });
}
