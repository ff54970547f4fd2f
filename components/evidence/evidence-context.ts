import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EvidenceController } from './evidence-controller';

/** The panel's evidence controller, for the controls deep in each item. */
export const EvidenceContext = createContext<EvidenceController | null>(null);

/** The evidence controller, or null where the panel has no page to quote. */
export function useEvidence(): EvidenceController | null {
  return useContext(EvidenceContext);
}
