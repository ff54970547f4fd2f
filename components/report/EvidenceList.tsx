import { readableQuote } from '@/components/common/quote-text';
import { pageNoteText, type EvidenceExport } from '@/core/export';
import { safeHref } from '@/components/common/paper-text';

/**
 * The quotes behind an item, with their page (PDF) or source address
 * (HTML); a page note prints as "p. 3: <note>". Quotes are paper text:
 * always rendered as text, never as markup.
 */
export function EvidenceList({ quotes }: { quotes: EvidenceExport[] }) {
  if (quotes.length === 0)
    return <p class="report-muted">No evidence quote.</p>;
  return (
    <ul class="report-evidence">
      {quotes.map((quote) => {
        const note = pageNoteText(quote);
        return (
          <li key={quote.id}>
            {note === undefined ? (
              <blockquote>
                {readableQuote(quote.selectors[0]?.exact)}
              </blockquote>
            ) : (
              <p class="report-page-note">{note}</p>
            )}
            <p class="report-source">
              <SourceOf quote={quote} />
              {note === undefined && quote.comment && (
                <span> – {quote.comment}</span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function SourceOf({ quote }: { quote: EvidenceExport }) {
  const href = safeHref(quote.source.url);
  if (quote.source.kind === 'pdf') {
    const page =
      quote.source.page === null ? 'PDF' : `PDF page ${quote.source.page}`;
    return <span>{page}</span>;
  }
  return href ? <a href={href}>{href}</a> : <span>{quote.source.url}</span>;
}
