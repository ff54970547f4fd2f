/**
 * What the dashboard needs from storage, as an interface so tests can hand
 * it a fake and see exactly what was saved or removed.
 */
import { browser } from 'wxt/browser';
import {
  loadAllAssessments,
  saveAssessment,
} from '@/components/platform/assessment-store';
import type { Assessment } from '@/core/assessment/types';

export interface DashboardStore {
  loadAll(): Promise<Assessment[]>;
  /** Merges with the stored record of the same id; returns the result. */
  save(assessment: Assessment): Promise<Assessment>;
  remove(id: string): Promise<void>;
}

/** The dashboard's store over the extension's local storage. */
export function browserDashboardStore(): DashboardStore {
  return {
    loadAll: loadAllAssessments,
    save: saveAssessment,
    // The assessment store has no delete: the dashboard is the only place
    // a record is removed, and only after the reviewer confirms.
    remove: (id) => browser.storage.local.remove(`assessment:${id}`),
  };
}
