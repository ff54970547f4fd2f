interface Props {
  message: string | null;
}

/** Why the last save failed, and that the answers are not lost. */
export function SaveAlert({ message }: Props) {
  // The region stays in the page so screen readers announce its new text.
  return (
    <div role="alert" class={message ? 'save-alert' : 'save-alert-empty'}>
      {message && (
        <>
          <p>{message}</p>
          <p>
            Your answers stay in this panel and are saved again with your next
            change.
          </p>
        </>
      )}
    </div>
  );
}
