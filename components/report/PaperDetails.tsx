import type { AssessmentExport } from '@/core/export';
import { doiUrl, yearOf } from '@/components/common/paper-text';
import { paperUrl, titleOf } from './paper-text';

type Paper = AssessmentExport['paper'];

/** The paper's bibliographic details and identifiers. */
export function PaperDetails({ paper }: { paper: Paper }) {
  const meta = paper.metadata;
  const url = paperUrl(paper);
  return (
    <section class="report-paper" aria-label="Paper">
      <h1>{titleOf(paper)}</h1>
      {meta.authors && meta.authors.length > 0 && (
        <p class="report-authors">{meta.authors.join(', ')}</p>
      )}
      <p>{[meta.journal, yearOf(paper.metadata)].filter(Boolean).join(', ')}</p>
      <dl class="report-identifiers">
        {meta.doi && (
          <Identifier name="DOI">
            <a href={doiUrl(meta.doi)}>{meta.doi}</a>
          </Identifier>
        )}
        {meta.pmid && <Identifier name="PMID">{meta.pmid}</Identifier>}
        {meta.pmcid && <Identifier name="PMCID">{meta.pmcid}</Identifier>}
        {meta.arxivId && <Identifier name="arXiv">{meta.arxivId}</Identifier>}
        <Identifier name="Key">{paper.key}</Identifier>
        {url && (
          <Identifier name="Address">
            <a href={url}>{url}</a>
          </Identifier>
        )}
      </dl>
    </section>
  );
}

function Identifier(props: {
  name: string;
  children: preact.ComponentChildren;
}) {
  return (
    <div>
      <dt>{props.name}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
