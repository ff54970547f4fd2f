import { render } from '@testing-library/preact';
import { EvidenceSection } from '@/components/evidence/EvidenceSection';
import { ItemEvidence } from '@/components/evidence/ItemEvidence';
import type { fakePort, fakeStore } from './fakes';

/** Renders one item's evidence inside the evidence section, as the panel does. */
export function renderItem(
  store: ReturnType<typeof fakeStore>,
  port: ReturnType<typeof fakePort>,
  itemId: string,
) {
  return render(
    <EvidenceSection store={store} port={port}>
      <fieldset data-item-id={itemId}>
        <ItemEvidence itemId={itemId} />
      </fieldset>
    </EvidenceSection>,
  );
}
