import { ItemEvidence } from '@/components/evidence/ItemEvidence';

interface Props {
  itemId: string;
}

/** Where an item's evidence quotes are listed and added. */
export function EvidenceSlot({ itemId }: Props) {
  return <ItemEvidence itemId={itemId} />;
}
