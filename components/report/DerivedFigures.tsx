import type { ReportExtras } from '@/core/rubric/types';
import { formatPercent, readinessText } from '@/components/common/score-text';

/**
 * Figures derived from RADAR answers for the older rubrics. They are
 * estimates through a crosswalk, not scores of those rubrics, and say so.
 */
export function DerivedFigures({ extras }: { extras: ReportExtras }) {
  if (extras.kind !== 'radar') return null;
  const { metrics, rqs2, suggestedReadinessLevel } = extras.derived;
  return (
    <section class="report-derived" aria-label="Derived figures">
      <h3>Derived from the RADAR answers</h3>
      <dl>
        <div>
          <dt>METRICS (derived)</dt>
          <dd>
            {formatPercent(metrics.percentage)}
            {metrics.band ? ` – ${metrics.band.label}` : ''}
          </dd>
        </div>
        <div>
          <dt>RQS 2.0 points (derived)</dt>
          <dd>
            {rqs2.points} / {rqs2.maximum} ({rqs2.method})
          </dd>
        </div>
        <div>
          <dt>Suggested readiness level (derived)</dt>
          <dd>{readinessText(suggestedReadinessLevel)}</dd>
        </div>
      </dl>
    </section>
  );
}
