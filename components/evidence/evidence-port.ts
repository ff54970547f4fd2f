import type { ReadonlySignal } from '@preact/signals';
import type { EvidenceSource } from '@/core/assessment/types';
import type {
  CaptureReply,
  EvidenceRequest,
  QuoteStatus,
} from '@/core/evidence-protocol';

/** The reply the page gives to each kind of request. */
export type ReplyTo<R extends EvidenceRequest> = R extends {
  type: 'evidence:capture';
}
  ? CaptureReply
  : R extends { type: 'evidence:show' }
    ? QuoteStatus[]
    : boolean;

/**
 * What the panel's evidence needs from the browser: a way to the page of
 * the watched tab, and the events that call for showing quotes again. The
 * entrypoint passes the real one; tests pass a fake.
 */
export interface EvidencePort {
  /** Rejects when no page can answer (a browser page, a closed tab). */
  request<R extends EvidenceRequest>(request: R): Promise<ReplyTo<R>>;
  /**
   * The form of the paper in the watched tab: 'pdf' in our viewer, 'html'
   * elsewhere; undefined until known. Quotes taken from the other form are
   * not orphans when this page lacks them.
   */
  pageKind: ReadonlySignal<EvidenceSource['kind'] | undefined>;
  /** Grows when the watched page loads anew or finds late quotes. */
  pageRevision: ReadonlySignal<number>;
  /** Calls back on the add-selection shortcut; returns an unsubscribe. */
  onAddShortcut(callback: () => void): () => void;
}
