import type { Rubric, ScoreReport } from '@/core/rubric/types';
import { DerivedFigures } from './DerivedFigures';
import { formatPercent, formatPoints } from '@/components/common/score-text';

interface Props {
  scores: ScoreReport;
  scoring: Rubric['scoring'];
}

/** The total, band, item counts, domain table and derived figures. */
export function ScoreSummary({ scores, scoring }: Props) {
  const { counts } = scores;
  return (
    <section class="report-scores" aria-label="Scores">
      <h2>Scores</h2>
      <p class="report-total">
        <strong data-testid="total">{formatPercent(scores.percentage)}</strong>
        {scores.band && <span class="report-band">{scores.band.label}</span>}
        <span>
          {formatPoints(scoring, scores.points)} /{' '}
          {formatPoints(scoring, scores.maximum)} points
        </span>
      </p>
      <p>
        {counts.answered} of {counts.applicable} applicable items answered,{' '}
        {counts.unclear} unclear, {counts.unanswered} unanswered;{' '}
        {counts.notApplicable} not applicable ({counts.overridden} by the
        reviewer).
      </p>
      <p class="report-rule">{scores.percentageRule}</p>
      <DomainTable scores={scores} scoring={scoring} />
      <DerivedFigures extras={scores.extras} />
    </section>
  );
}

function DomainTable({ scores, scoring }: Props) {
  return (
    <table class="report-domains">
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Score</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {scores.domains.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              {d.label} <span class="report-code">({d.id})</span>
              {d.optional ? ' – optional, not in the total' : ''}
            </th>
            <td>{formatPercent(d.percentage)}</td>
            <td>
              {d.percentage === null
                ? 'no item applies'
                : `${formatPoints(scoring, d.points)} / ${formatPoints(scoring, d.maximum)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
