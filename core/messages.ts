/**
 * Messages between the content script, the background service worker and
 * the extension pages. Kept as plain types so every side agrees on shapes.
 */
import type { PaperIdentity, PaperMetadata } from './metadata/types';

/** What a content script reports about the page it runs in. */
export interface PageStatusMessage {
  type: 'page-status';
  isArticle: boolean;
  /** The browser's own viewer is showing a PDF in this tab. */
  isPdf: boolean;
  url: string;
}

/** What the injected paper reader finds in a tab. */
export interface PaperReply {
  isArticle: boolean;
  metadata: PaperMetadata;
  identity: PaperIdentity;
}

export type RuntimeMessage = PageStatusMessage;

/** Narrows an unknown runtime message to one of ours, by its `type`. */
export function isRuntimeMessage<T extends RuntimeMessage['type']>(
  value: unknown,
  type: T,
): value is Extract<RuntimeMessage, { type: T }> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === type
  );
}
