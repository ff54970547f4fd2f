interface Props {
  itemId: string;
}

/**
 * Where an item's evidence quotes will be listed. Evidence is not built
 * yet, so this renders nothing; items already reserve the place.
 */
export function EvidenceSlot(_props: Props) {
  return null;
}
