import { assessmentSchema, describeIssues } from './schema';
import { ASSESSMENT_SCHEMA_VERSION, type Assessment } from './types';

/** Upgrades a stored record of version N to version N + 1. */
export type Migration = (
  record: Record<string, unknown>,
) => Record<string, unknown>;

/**
 * Upgrades, keyed by the version they start from. Version 1 is the first
 * stored form, so there is none yet; a schema change adds one here together
 * with a test that upgrades a stored record of the previous version.
 */
export const MIGRATIONS: Record<number, Migration> = {};

export type ReadResult =
  { ok: true; assessment: Assessment } | { ok: false; error: string };

/**
 * Reads a stored (or imported) assessment: applies the migrations from its
 * schema version to the current one, then validates the result. A record
 * from a newer version of the extension is refused rather than guessed at.
 */
export function readStoredAssessment(
  raw: unknown,
  migrations: Record<number, Migration> = MIGRATIONS,
  currentVersion: number = ASSESSMENT_SCHEMA_VERSION,
): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      error: 'not an assessment record (expected an object)',
    };
  }
  let record = raw as Record<string, unknown>;
  let version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, error: 'schemaVersion: expected a whole number' };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      error: `schemaVersion ${version} is newer than this extension understands (${currentVersion}); update RADAR Reviewer`,
    };
  }
  for (; version < currentVersion; version++) {
    const migrate = migrations[version];
    if (!migrate) {
      return { ok: false, error: `no upgrade from schemaVersion ${version}` };
    }
    record = { ...migrate(record), schemaVersion: version + 1 };
  }
  const parsed = assessmentSchema.safeParse(record);
  if (!parsed.success) {
    return { ok: false, error: describeIssues(parsed.error).join('; ') };
  }
  return { ok: true, assessment: parsed.data as Assessment };
}
