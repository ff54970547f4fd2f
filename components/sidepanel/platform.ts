/**
 * What the side panel needs from the browser, as an interface: the
 * entrypoint passes the real implementation, tests pass a fake. The panel
 * never touches `browser` itself.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { Assessment } from '@/core/assessment/types';
import type { PaperIdentity, PaperMetadata } from '@/core/metadata';

/** The paper shown in the reviewer's current tab. */
export type PaperContext =
  | { state: 'loading' }
  | { state: 'article'; metadata: PaperMetadata; identity: PaperIdentity }
  | { state: 'not-article'; url?: string; reason?: string };

/** Choices the reviewer makes once and keeps across papers. */
export interface PanelSettings {
  reviewer: string;
  rubricId: string;
}

export interface PanelPlatform {
  /** Changes when the reviewer switches tabs or the page navigates. */
  paper: ReadonlySignal<PaperContext>;
  loadAssessment(id: string): Promise<Assessment | undefined>;
  /**
   * Stores the record merged with the stored copy and returns the merge.
   * Rejects with an Error named `StorageWriteError` whose message a
   * reviewer can read when the browser refuses the write.
   */
  saveAssessment(assessment: Assessment): Promise<Assessment>;
  /**
   * The panel is closing: dispatches the write at once, without the lock
   * and merge of `saveAssessment`, which the page would not live to finish.
   */
  writeAssessmentNow(assessment: Assessment): void;
  /** Calls back when another panel or tab changes the record; unsubscribes. */
  watchAssessment(
    id: string,
    onChange: (assessment: Assessment) => void,
  ): () => void;
  /** Every stored assessment, for the "export all" bundle. */
  loadAllAssessments(): Promise<Assessment[]>;
  loadSettings(): Promise<PanelSettings>;
  saveSettings(settings: PanelSettings): Promise<void>;
  /** Milliseconds since the epoch; the timestamps of every edit. */
  now(): number;
  /** Written into exports, so a file says which release produced it. */
  extensionVersion: string;
}
