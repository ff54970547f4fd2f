/**
 * An in-memory PanelPlatform: a stored record map that merges on save like
 * the real store, a clock the test moves, and switches to make a save fail
 * or to deliver another panel's change.
 */
import { signal, type Signal } from '@preact/signals';
import type {
  PanelPlatform,
  PanelSettings,
  PaperContext,
} from '@/components/sidepanel/platform';
import { mergeAssessments } from '@/core/assessment/merge';
import type { Assessment } from '@/core/assessment/types';

export interface FakePlatform extends PanelPlatform {
  paper: Signal<PaperContext>;
  stored: Map<string, Assessment>;
  settings: PanelSettings;
  saves: Assessment[];
  clock: { now: number };
  /** The message of the next save's StorageWriteError, if set. */
  failNextSave?: string;
  /** Sends a record to the panel as if another panel had saved it. */
  emitChange(assessment: Assessment): void;
}

/** A fake platform showing `paper`, with the given stored settings. */
export function fakePlatform(
  paper: PaperContext,
  settings: Partial<PanelSettings> = {},
): FakePlatform {
  const watchers = new Map<string, Set<(a: Assessment) => void>>();
  const fake: FakePlatform = {
    paper: signal(paper),
    stored: new Map(),
    settings: { reviewer: 'Ada', rubricId: 'radar', ...settings },
    saves: [],
    clock: { now: 1_000 },
    now: () => fake.clock.now,
    extensionVersion: '0.0.0-test',
    loadSettings: async () => ({ ...fake.settings }),
    saveSettings: async (next) => {
      fake.settings = { ...next };
    },
    loadAssessment: async (id) => fake.stored.get(id),
    loadAllAssessments: async () => [...fake.stored.values()],
    saveAssessment: async (record) => {
      if (fake.failNextSave) {
        const error = new Error(fake.failNextSave);
        error.name = 'StorageWriteError';
        fake.failNextSave = undefined;
        throw error;
      }
      const stored = fake.stored.get(record.id);
      const merged = stored ? mergeAssessments(record, stored) : record;
      fake.stored.set(record.id, merged);
      fake.saves.push(merged);
      return merged;
    },
    writeAssessmentNow: (record) => {
      fake.stored.set(record.id, record);
      fake.saves.push(record);
    },
    watchAssessment: (id, onChange) => {
      const set = watchers.get(id) ?? new Set();
      set.add(onChange);
      watchers.set(id, set);
      return () => set.delete(onChange);
    },
    emitChange: (record) => {
      fake.stored.set(record.id, record);
      watchers.get(record.id)?.forEach((notify) => notify(record));
    },
  };
  return fake;
}
