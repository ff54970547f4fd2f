/**
 * One open assessment record: loaded (or created) once, merged with changes
 * other panels make to it, and saved after every edit.
 */
import type { Signal } from '@preact/signals';
import { assessmentId, createAssessment } from '@/core/assessment/create';
import { mergeAssessments } from '@/core/assessment/merge';
import type { Assessment, PaperRecord } from '@/core/assessment/types';
import type { Rubric } from '@/core/rubric/types';
import type { PanelPlatform } from './platform';
import { createSaveQueue } from './save-queue';

/** A change to the record, stamped with the time it is made. */
export type Edit = (assessment: Assessment, now: number) => Assessment;

export interface AssessmentSession {
  /** Applies an edit at once and saves it after `delay` ms. */
  edit(change: Edit, delay?: number): void;
  /** Writes an edit still waiting for its save now. */
  flush(): void;
  /** The page is going away: dispatches unsaved edits without waiting. */
  flushBeforeUnload(): void;
  /** Stops listening; an edit still waiting for its save is written now. */
  close(): void;
}

interface SessionTarget {
  paper: PaperRecord;
  reviewer: string;
  rubric: Rubric;
}

interface SessionState {
  assessment: Signal<Assessment | undefined>;
  saveError: Signal<string | null>;
}

/** Opens the record of (paper, reviewer, rubric) into `state`. */
export function openSession(
  platform: PanelPlatform,
  target: SessionTarget,
  state: SessionState,
): AssessmentSession {
  const id = assessmentId(target.paper.key, target.reviewer, target.rubric.id);
  let closed = false;
  let unwatch = () => {};

  // Merging, not replacing: neither side may lose an answer newer than
  // the other's.
  const mergeIn = (other: Assessment) => {
    if (closed) return;
    const current = state.assessment.value;
    state.assessment.value = current ? mergeAssessments(current, other) : other;
  };
  // Whether the last write failed, so the record holds unsaved answers.
  let unsaved = false;
  const queue = createSaveQueue({
    write: (record) => platform.saveAssessment(record),
    saved: mergeIn,
    failed: (message) => {
      unsaved = message !== null;
      // A failure after closing is still news: those answers are gone
      // from the panel once another record is open.
      if (!closed || message) state.saveError.value = message;
    },
  });

  platform.loadAssessment(id).then(
    (stored) => {
      if (closed) return;
      state.assessment.value = stored ?? fresh(platform, target);
      unwatch = platform.watchAssessment(id, mergeIn);
    },
    (error: unknown) => {
      if (closed) return;
      const detail = error instanceof Error ? error.message : String(error);
      state.saveError.value = `The stored assessment could not be read: ${detail}`;
    },
  );

  return {
    edit(change, delay = 0) {
      const current = state.assessment.value;
      if (closed || !current) return;
      // Later than anything in the record: two edits in one millisecond
      // must not tie, or a merge could prefer the earlier one.
      const now = Math.max(platform.now(), current.updatedAt + 1);
      const next = change(current, now);
      state.assessment.value = next;
      queue.schedule(next, delay);
    },
    flush: () => queue.flush(),
    flushBeforeUnload() {
      queue.lastChance((record) => platform.writeAssessmentNow(record));
      // A failed earlier write left answers only in memory: send them too.
      const current = state.assessment.peek();
      if (unsaved && current) platform.writeAssessmentNow(current);
    },
    close() {
      const current = state.assessment.peek();
      if (unsaved && current && !closed) queue.schedule(current, 0);
      closed = true;
      unwatch();
      queue.flush();
    },
  };
}

function fresh(platform: PanelPlatform, target: SessionTarget): Assessment {
  return createAssessment({
    paper: target.paper,
    reviewer: target.reviewer,
    rubric: { id: target.rubric.id, version: target.rubric.version },
    now: platform.now(),
  });
}
