export interface NoticeText {
  kind: 'info' | 'error';
  /** The first line says what happened; the rest list the reasons. */
  lines: string[];
}

interface Props {
  text: NoticeText;
  onClose: () => void;
}

/** The outcome of an import or export, until the reviewer dismisses it. */
export function Notice({ text, onClose }: Props) {
  const [head, ...rest] = text.lines;
  return (
    <div
      class={`notice notice-${text.kind}`}
      role={text.kind === 'error' ? 'alert' : 'status'}
    >
      <p>{head}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((line, n) => (
            <li key={n}>{line}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Dismiss
      </button>
    </div>
  );
}
