import type { EvidenceExport, ItemExport } from '@/core/export';
import type { Item, ItemAnswer, Rubric } from '@/core/rubric/types';
import { EvidenceList } from './EvidenceList';
import { formatPoints } from '@/components/common/score-text';
import { answerText } from './score-text';

interface Props {
  item: ItemExport;
  rubricItem: Item | undefined;
  rubric: Rubric;
  quotes: EvidenceExport[];
}

/** One item: answer, what it earned, applicability, note and quotes. */
export function ItemDetail({ item, rubricItem, rubric, quotes }: Props) {
  return (
    <article class="report-item">
      <h4>
        <span class="report-code">{item.number}</span> {item.label}
      </h4>
      <dl class="report-item-facts">
        <div>
          <dt>Answer</dt>
          <dd>{rubricItem ? answerText(rubricItem, item.answer) : '–'}</dd>
        </div>
        {item.applies ? (
          <Earned item={item} rubric={rubric} weight={rubricItem?.weight} />
        ) : (
          <NotApplicable item={item} answer={item.answer} />
        )}
        {item.note && (
          <div>
            <dt>Note</dt>
            <dd class="report-note">{item.note}</dd>
          </div>
        )}
      </dl>
      <EvidenceList quotes={quotes} />
    </article>
  );
}

function Earned(props: { item: ItemExport; rubric: Rubric; weight?: number }) {
  const { item, rubric } = props;
  const text =
    item.credit !== null
      ? `credit ${item.credit} × weight ${props.weight ?? '?'} = ${formatPoints('weighted', item.points ?? 0)}`
      : `${formatPoints(rubric.scoring, item.points ?? 0)} points`;
  return (
    <div>
      <dt>Earned</dt>
      <dd>{text}</dd>
    </div>
  );
}

function NotApplicable(props: { item: ItemExport; answer: ItemAnswer | null }) {
  const byReviewer = props.item.notApplicableBecause === 'reviewer';
  const justification =
    props.answer?.kind === 'not-applicable' ? props.answer.justification : '';
  return (
    <div>
      <dt>Applicability</dt>
      <dd>
        {byReviewer
          ? `n/a, set by the reviewer: ${justification}`
          : 'n/a by the study profile'}
      </dd>
    </div>
  );
}
