/**
 * A store holding one assessment in a signal and a page port that answers
 * from tables the test fills in: statuses by quote id, the next capture.
 */
import { signal } from '@preact/signals';
import type { EvidencePort } from '@/components/evidence/evidence-port';
import type { EvidenceStore } from '@/components/evidence/evidence-controller';
import type { Assessment } from '@/core/assessment/types';
import type {
  CaptureReply,
  EvidenceRequest,
  QuoteStatus,
} from '@/core/evidence-protocol';
import { requireRubric } from '@/core/rubric/registry';

export function fakeStore(assessment: Assessment) {
  const state = signal<Assessment | undefined>(assessment);
  const store: EvidenceStore & { state: typeof state } = {
    state,
    assessment: state,
    rubric: signal(requireRubric('radar')),
    edit: (change) => (state.value = change(state.value!, 5000)),
  };
  return store;
}

export function fakePort() {
  const requests: EvidenceRequest[] = [];
  const port = {
    requests,
    statuses: {} as Record<string, QuoteStatus['status']>,
    nextCapture: {
      ok: false,
      reason: 'no-selection',
      message: 'Select a passage first.',
    } as CaptureReply,
    pageRevision: signal(0),
    pageKind: signal<'html' | 'pdf' | undefined>(undefined),
    shortcut: () => {},
    async request(request: EvidenceRequest) {
      requests.push(request);
      if (request.type === 'evidence:capture') return port.nextCapture;
      if (request.type === 'evidence:scroll-to') return true;
      return request.quotes.map((q) => ({
        id: q.id,
        status: port.statuses[q.id] ?? 'anchored',
      }));
    },
    onAddShortcut(callback: () => void) {
      port.shortcut = callback;
      return () => {};
    },
  };
  return port as typeof port & EvidencePort;
}
