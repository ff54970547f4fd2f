import { vi } from 'vitest';
import type { DashboardStore } from '@/components/dashboard/dashboard-store';
import { mergeAssessments } from '@/core/assessment/merge';
import type { Assessment } from '@/core/assessment/types';

/** An in-memory store that merges on save like the real one. */
export function fakeStore(initial: Assessment[] = []) {
  const records = new Map(initial.map((a) => [a.id, a]));
  const store = {
    loadAll: vi.fn(async () => [...records.values()]),
    save: vi.fn(async (a: Assessment) => {
      const stored = records.get(a.id);
      const merged = stored ? mergeAssessments(a, stored) : a;
      records.set(a.id, merged);
      return merged;
    }),
    remove: vi.fn(async (id: string) => void records.delete(id)),
  } satisfies DashboardStore;
  return { store, records };
}
