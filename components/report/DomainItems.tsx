import type { AssessmentExport } from '@/core/export';
import type { Rubric } from '@/core/rubric/types';
import { ItemDetail } from './ItemDetail';
import { formatPercent } from '@/components/common/score-text';

interface Props {
  doc: AssessmentExport;
  rubric: Rubric;
}

/** Every item of the rubric, grouped by domain in rubric order. */
export function DomainItems({ doc, rubric }: Props) {
  return (
    <section class="report-items" aria-label="Items">
      <h2>Items</h2>
      {doc.scores.domains.map((domain) => (
        <section
          key={domain.id}
          class="report-domain"
          aria-labelledby={`domain-${domain.id}`}
        >
          <h3 id={`domain-${domain.id}`}>
            {domain.label}: {formatPercent(domain.percentage)}
            {domain.percentage === null && ' (no item of this domain applies)'}
          </h3>
          {doc.items
            .filter((item) => item.domain === domain.id)
            .map((item) => (
              <ItemDetail
                key={item.id}
                item={item}
                rubric={rubric}
                rubricItem={rubric.items.find((i) => i.id === item.id)}
                quotes={doc.evidence.filter((e) => e.itemIds.includes(item.id))}
              />
            ))}
        </section>
      ))}
    </section>
  );
}
