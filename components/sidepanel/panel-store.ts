/**
 * The side panel's state as signals: settings, the paper, the open
 * assessment record and its live score. Components read these signals and
 * call the actions; nothing else holds state.
 */
import { computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { Assessment, PaperRecord } from '@/core/assessment/types';
import { getRubric } from '@/core/rubric/registry';
import type { Rubric, ScoreReport } from '@/core/rubric/types';
import {
  openSession,
  type AssessmentSession,
  type Edit,
} from './assessment-session';
import { createSettings, DEFAULT_RUBRIC_ID } from './panel-settings';
import type { PanelPlatform, PanelSettings } from './platform';
import { scoreAssessment } from './score';

export interface PanelStore {
  /** Undefined until the stored settings are read. */
  settings: ReadonlySignal<PanelSettings | undefined>;
  /** The paper being scored: the tab's article, or one started by hand. */
  paper: ReadonlySignal<PaperRecord | undefined>;
  rubric: ReadonlySignal<Rubric>;
  /** Undefined while no record is open (no paper, no reviewer, loading). */
  assessment: ReadonlySignal<Assessment | undefined>;
  report: ReadonlySignal<ScoreReport | undefined>;
  /** A reviewer-readable reason why the last save failed, or null. */
  saveError: ReadonlySignal<string | null>;
  startManually(paper: PaperRecord): void;
  updateSettings(change: Partial<PanelSettings>): void;
  edit(change: Edit, delay?: number): void;
  /** Saves a pending typed edit now (the panel is closing). */
  flush(): void;
  /** The panel is closing: dispatches unsaved edits without waiting. */
  flushBeforeUnload(): void;
  dispose(): void;
}

/** Builds the panel's state over a platform. */
export function createPanelStore(platform: PanelPlatform): PanelStore {
  const saveError = signal<string | null>(null);
  const { settings, update: updateSettings } = createSettings(
    platform,
    (message) => (saveError.value = message),
  );
  const manual = signal<PaperRecord | undefined>(undefined);
  const assessment = signal<Assessment | undefined>(undefined);
  const paper = computed(() => paperOf(platform, manual.value));
  const rubric = computed(
    () =>
      getRubric(settings.value?.rubricId ?? '') ??
      getRubric(DEFAULT_RUBRIC_ID)!,
  );
  const report = computed(() =>
    assessment.value
      ? scoreAssessment(rubric.value, assessment.value)
      : undefined,
  );

  // A hand-started paper belongs to the page it was started on.
  const stopResettingManual = effect(() => {
    void platform.paper.value;
    manual.value = undefined;
  });

  // The record to open changes only with its key, not with metadata.
  const sessionKey = computed(() => {
    const reviewer = settings.value?.reviewer;
    const key = paper.value?.key;
    return reviewer && key ? `${key}|${reviewer}|${rubric.value.id}` : '';
  });
  let session: AssessmentSession | undefined;
  const stopOpening = effect(() => {
    const key = sessionKey.value;
    session?.close();
    session = undefined;
    assessment.value = undefined;
    if (!key) return;
    session = openSession(
      platform,
      {
        paper: paper.peek()!,
        reviewer: settings.peek()!.reviewer,
        rubric: rubric.peek(),
      },
      { assessment, saveError },
    );
  });

  return {
    settings,
    paper,
    rubric,
    assessment,
    report,
    saveError,
    startManually: (record) => (manual.value = record),
    updateSettings,
    edit: (change, delay) => session?.edit(change, delay),
    flush: () => session?.flush(),
    flushBeforeUnload: () => session?.flushBeforeUnload(),
    dispose() {
      stopOpening();
      stopResettingManual();
      session?.close();
    },
  };
}

function paperOf(
  platform: PanelPlatform,
  manual: PaperRecord | undefined,
): PaperRecord | undefined {
  const context = platform.paper.value;
  if (context.state === 'article') {
    const { key, aliases } = context.identity;
    return { key, aliases, metadata: context.metadata };
  }
  return context.state === 'not-article' ? manual : undefined;
}
