/**
 * Asks the PDF viewer page shown in a tab for its paper; the reply is a
 * PaperReply. Scripts cannot be injected into extension pages, so the
 * viewer answers this runtime message instead of the paper reader.
 */
export interface ViewerPaperRequest {
  type: 'viewer:get-paper';
  targetTabId: number;
}

/** Whether a runtime message asks the viewer in `tabId` for its paper. */
export function isViewerPaperRequest(
  message: unknown,
  tabId: number | undefined,
): message is ViewerPaperRequest {
  const m = message as Partial<ViewerPaperRequest> | null;
  return m?.type === 'viewer:get-paper' && m.targetTabId === tabId;
}
