import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  title: string;
  onConfirm: () => void;
}

/** Delete, then a second, explicit confirmation: removal cannot be undone. */
export function DeleteButton({ title, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  // The pressed button is replaced by the other form: focus follows it,
  // landing on the harmless choice, so it never falls back to the page.
  const focusNext = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) focusNext.current?.focus();
  }, [asking]);
  const ask = (value: boolean) => {
    moved.current = true;
    setAsking(value);
  };
  if (!asking) {
    return (
      <button type="button" ref={focusNext} onClick={() => ask(true)}>
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
      <button type="button" ref={focusNext} onClick={() => ask(false)}>
        Keep
      </button>
    </span>
  );
}
