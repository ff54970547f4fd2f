import type { PaperMetadata } from '@/core/metadata';
import {
  authorLine,
  displayTitle,
  doiUrl,
  yearOf,
} from '@/components/common/paper-text';

interface Props {
  metadata: Partial<PaperMetadata>;
}

/** The paper being scored: title, first author, year, journal and DOI. */
export function PaperHeader({ metadata }: Props) {
  const details = [authorLine(metadata), yearOf(metadata), metadata.journal]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ');
  return (
    <header class="paper-header">
      <h1 class="paper-title">{displayTitle(metadata, 'Untitled paper')}</h1>
      {details && <p class="paper-details">{details}</p>}
      {metadata.doi && (
        <p class="paper-doi">
          DOI{' '}
          <a href={doiUrl(metadata.doi)} target="_blank" rel="noreferrer">
            {metadata.doi}
          </a>
        </p>
      )}
    </header>
  );
}
