import { useState } from 'preact/hooks';
import type { PaperRecord } from '@/core/assessment/types';
import { manualPaper } from './manual-paper';

interface Props {
  url?: string;
  reason?: string;
  onStart: (paper: PaperRecord) => void;
}

/** A page that is not an article, with a form to name the paper by hand. */
export function ManualStart({ url, reason, onStart }: Props) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const paper = manualPaper(text);
    setInvalid(!paper);
    if (paper) onStart(paper);
  };
  return (
    <section class="not-article" aria-labelledby="not-article-title">
      <h1 id="not-article-title" class="paper-title">
        This page is not a recognised article
      </h1>
      {reason && <p class="muted">{reason}</p>}
      {url && <p class="muted not-article-url">{url}</p>}
      <form class="manual-start" onSubmit={submit}>
        <label for="manual-paper">
          Start an assessment by hand: the paper's DOI or title
        </label>
        <input
          id="manual-paper"
          type="text"
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'manual-paper-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {invalid && (
          <p id="manual-paper-error" class="field-error">
            Type a DOI (10.xxxx/...) or the paper's title.
          </p>
        )}
        <button type="submit">Start assessment</button>
      </form>
    </section>
  );
}
