interface Props {
  itemId: string;
  note: string;
  onNote: (note: string) => void;
}

/** The reviewer's free-text note on an item. */
export function ItemNote({ itemId, note, onNote }: Props) {
  const id = `note-${itemId}`;
  return (
    <div class="item-note">
      <label for={id}>Note</label>
      <textarea
        id={id}
        rows={1}
        value={note}
        onInput={(e) => onNote(e.currentTarget.value)}
      />
    </div>
  );
}
