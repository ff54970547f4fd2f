import { useState } from 'preact/hooks';
import { useEvidence } from './evidence-context';
import { notePage, type PageNoteOffer } from './page-note-offer';

interface Props {
  offer: PageNoteOffer;
}

/**
 * The page note form an item offers when the PDF is a scan: the page,
 * prefilled with the one in view, and the note, which cannot be empty.
 */
export function PageNoteForm({ offer }: Props) {
  const evidence = useEvidence()!;
  const [page, setPage] = useState(String(offer.source.page ?? 1));
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const number = notePage(page, offer.pageCount);
    const note = text.trim();
    if (number === undefined) setProblem(pageProblem(offer.pageCount));
    else if (!note) setProblem('Write the note first.');
    else evidence.addPageNote(number, note);
  };
  return (
    <form
      class="evidence-page-note"
      aria-label="Add a page note"
      onSubmit={onSubmit}
    >
      <label>
        Page
        <input
          type="number"
          min={1}
          max={offer.pageCount}
          required
          value={page}
          onInput={(e) => setPage(e.currentTarget.value)}
        />
      </label>
      <label>
        Note on the page
        <textarea
          required
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      {problem && (
        <p class="evidence-notice" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">Add a page note</button>
      <button type="button" onClick={() => evidence.cancelPageNote()}>
        Cancel
      </button>
    </form>
  );
}

function pageProblem(pageCount: number | undefined): string {
  return pageCount === undefined
    ? 'Give a page number from 1.'
    : `Give a page number from 1 to ${pageCount}.`;
}
