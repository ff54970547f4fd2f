import { resolve } from 'node:path';

/** The repository root (tests run with it as working directory). */
export const repoRoot = resolve(import.meta.dirname, '../../..');

/** Real papers shared by the team, laid beside the repository. */
export const corpusDir = resolve(repoRoot, '../shared/corpus');

/** The unpacked Chrome build that the browser loads. */
export const chromeBuildDir = resolve(repoRoot, '.output/chrome-mv3');

/** Screenshots and other files a reviewer of a test run may want to see. */
export const artifactsDir = resolve(repoRoot, 'artifacts/e2e');
