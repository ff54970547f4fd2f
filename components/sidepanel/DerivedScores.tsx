import type { ReportExtras } from '@/core/rubric/types';
import { formatPercent, readinessText } from '@/components/common/score-text';

interface Props {
  extras: ReportExtras;
}

/**
 * RADAR's estimates of what the paper would score on other rubrics. They
 * are labelled "derived": no one answered those rubrics' items.
 */
export function DerivedScores({ extras }: Props) {
  if (extras.kind !== 'radar') return null;
  const { metrics, rqs2, suggestedReadinessLevel } = extras.derived;
  return (
    <dl class="derived" aria-label="Derived scores">
      <dt>METRICS-equivalent (derived)</dt>
      <dd>
        {formatPercent(metrics.percentage)}
        {metrics.band ? ` ${metrics.band.label}` : ''}
      </dd>
      <dt>RQS 2.0 points (derived)</dt>
      <dd>
        {rqs2.points} / {rqs2.maximum}
      </dd>
      <dt>Suggested readiness level (derived)</dt>
      <dd>{readinessText(suggestedReadinessLevel)}</dd>
    </dl>
  );
}
