import { browser } from 'wxt/browser';
import { mergeAssessments } from '@/core/assessment/merge';
import { readStoredAssessment } from '@/core/assessment/migrate';
import type { Assessment } from '@/core/assessment/types';

const PREFIX = 'assessment:';

/** Thrown when the browser refuses to store a record (quota, for example). */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
}

/** The stored assessment with this id, upgraded to the current schema. */
export async function loadAssessment(
  id: string,
): Promise<Assessment | undefined> {
  const key = PREFIX + id;
  const stored = (await browser.storage.local.get(key))[key];
  if (stored === undefined) return undefined;
  const result = readStoredAssessment(stored);
  if (!result.ok) throw new Error(`Stored assessment ${id}: ${result.error}`);
  return result.assessment;
}

/** Every stored assessment that can be read, newest first. */
export async function loadAllAssessments(): Promise<Assessment[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => readStoredAssessment(value))
    .flatMap((result) => (result.ok ? [result.assessment] : []))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * Saves an assessment merged with what is stored, under a lock that every
 * extension page and the service worker share, so two panels saving at once
 * cannot drop each other's newer answers. Returns the merged record.
 */
export async function saveAssessment(
  assessment: Assessment,
): Promise<Assessment> {
  return navigator.locks.request(PREFIX + assessment.id, async () => {
    const stored = await loadAssessment(assessment.id);
    const merged = stored ? mergeAssessments(assessment, stored) : assessment;
    try {
      await browser.storage.local.set({ [PREFIX + merged.id]: merged });
    } catch (error) {
      throw new StorageWriteError(describeWriteError(error));
    }
    return merged;
  });
}

/**
 * Writes a record without the lock and merge: the storage call leaves this
 * page at once, so it completes even as the page unloads. Only for a closing
 * panel, whose record already holds every change it has seen.
 */
export function writeAssessmentNow(assessment: Assessment): void {
  void browser.storage.local
    .set({ [PREFIX + assessment.id]: assessment })
    .catch(() => undefined); // nobody is left to tell
}

/** Calls back with the stored record whenever another context changes it. */
export function watchAssessment(
  id: string,
  onChange: (assessment: Assessment) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[PREFIX + id];
    if (change?.newValue === undefined) return;
    const result = readStoredAssessment(change.newValue);
    if (result.ok) onChange(result.assessment);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

function describeWriteError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(message)) {
    return 'The browser has no room left for RADAR Reviewer’s data. Export your assessments, then remove some you no longer need.';
  }
  return `The browser refused to save: ${message}`;
}
