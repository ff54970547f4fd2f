import type { ReadonlySignal } from '@preact/signals';
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
  /** Grows when the watched page loads anew or finds late quotes. */
  pageRevision: ReadonlySignal<number>;
  /** Calls back on the add-selection shortcut; returns an unsubscribe. */
  onAddShortcut(callback: () => void): () => void;
}
