import { useState } from 'preact/hooks';

interface Props {
  title: string;
  onConfirm: () => void;
}

/** Delete, then a second, explicit confirmation: removal cannot be undone. */
export function DeleteButton({ title, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Delete
      </button>
    );
  }
  return (
    <span role="group" aria-label={`Confirm deleting ${title}`}>
      Delete for good?{' '}
      <button type="button" class="danger" onClick={onConfirm}>
        Yes, delete
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  );
}
