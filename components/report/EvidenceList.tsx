import type { EvidenceExport } from '@/core/export';
import { safeHref } from '@/components/common/paper-text';

/**
 * The quotes behind an item, with their page (PDF) or source address
 * (HTML). Quotes are paper text: always rendered as text, never as markup.
 */
export function EvidenceList({ quotes }: { quotes: EvidenceExport[] }) {
  if (quotes.length === 0)
    return <p class="report-muted">No evidence quote.</p>;
  return (
    <ul class="report-evidence">
      {quotes.map((quote) => (
        <li key={quote.id}>
          {quote.selectors[0] ? (
            <blockquote>{quote.selectors[0].exact}</blockquote>
          ) : (
            <p class="report-muted">Note on the page, no quoted text.</p>
          )}
          <p class="report-source">
            <SourceOf quote={quote} />
            {quote.comment && <span> – {quote.comment}</span>}
          </p>
        </li>
      ))}
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
