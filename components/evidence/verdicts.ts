import { signal } from '@preact/signals';
import type { QuoteStatus } from '@/core/evidence-protocol';

type Status = QuoteStatus['status'];

/**
 * The reviewer's verdicts on loose matches: confirmed ones count as
 * anchored, rejected ones as orphaned (to be re-linked by hand).
 *
 * Verdicts last as long as the panel: the page reports no new selectors
 * for a loose match, so a confirmed one is asked about again next time.
 * Re-linking it to a selection of the same passage settles it for good.
 */
export function createVerdicts() {
  const confirmed = signal<ReadonlySet<string>>(new Set());
  const rejected = signal<ReadonlySet<string>>(new Set());
  const without = (set: ReadonlySet<string>, id: string) =>
    new Set([...set].filter((x) => x !== id));
  return {
    rejected,
    confirm(id: string) {
      confirmed.value = new Set([...confirmed.value, id]);
    },
    reject(id: string) {
      rejected.value = new Set([...rejected.value, id]);
    },
    forget(id: string) {
      confirmed.value = without(confirmed.value, id);
      rejected.value = without(rejected.value, id);
    },
    /** The status the panel shows for what the page reported. */
    apply(id: string, status: Status | undefined): Status | undefined {
      if (rejected.value.has(id)) return 'orphaned';
      if (status === 'needs-confirmation' && confirmed.value.has(id)) {
        return 'anchored';
      }
      return status;
    },
  };
}
