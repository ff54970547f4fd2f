/**
 * The reviewer's settings as a signal, read once from the platform and
 * written back on every change.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { getRubric, listRubrics } from '@/core/rubric/registry';
import type { PanelPlatform, PanelSettings } from './platform';

/** The rubric used until the reviewer chooses another: RADAR. */
export const DEFAULT_RUBRIC_ID = listRubrics()[0]!.id;

export interface SettingsState {
  /** Undefined until the stored settings are read. */
  settings: ReadonlySignal<PanelSettings | undefined>;
  update(change: Partial<PanelSettings>): void;
}

/** Loads the settings; `failed` hears a reviewer-readable message. */
export function createSettings(
  platform: PanelPlatform,
  failed: (message: string) => void,
): SettingsState {
  const settings = signal<PanelSettings | undefined>(undefined);
  const defaults = { reviewer: '', rubricId: DEFAULT_RUBRIC_ID };

  platform.loadSettings().then(
    (stored) => {
      // A rubric that is no longer built in falls back to the default.
      const known = !!getRubric(stored.rubricId);
      settings.value = {
        reviewer: stored.reviewer?.trim() ?? '',
        rubricId: known ? stored.rubricId : DEFAULT_RUBRIC_ID,
      };
    },
    (error: unknown) => {
      settings.value = defaults;
      failed(`Your settings could not be read: ${messageOf(error)}`);
    },
  );

  return {
    settings,
    update(change) {
      const next = { ...(settings.peek() ?? defaults), ...change };
      settings.value = next;
      platform.saveSettings(next).catch((error: unknown) => {
        failed(`Your settings could not be saved: ${messageOf(error)}`);
      });
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
