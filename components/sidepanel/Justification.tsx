import { useState } from 'preact/hooks';

interface Props {
  itemId: string;
  /** The recorded justification, or '' while none is recorded. */
  recorded: string;
  onInput: (text: string) => void;
}

/** The required reason for marking an item not applicable. */
export function Justification({ itemId, recorded, onInput }: Props) {
  // Blank text records nothing, so the field keeps its own copy of it.
  const [draft, setDraft] = useState(recorded);
  const id = `justification-${itemId}`;
  return (
    <div class="item-justification">
      <label for={id}>Why it does not apply (required)</label>
      <textarea
        id={id}
        rows={2}
        required
        data-justification
        aria-invalid={!recorded.trim()}
        aria-describedby={recorded.trim() ? undefined : `${id}-hint`}
        value={recorded || draft}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          onInput(e.currentTarget.value);
        }}
      />
      {!recorded.trim() && (
        <p class="field-hint" id={`${id}-hint`}>
          Not applicable is recorded once a reason is given; until then the
          score keeps the item's previous answer.
        </p>
      )}
    </div>
  );
}
