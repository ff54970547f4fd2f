import { useEffect, useRef } from 'preact/hooks';
import { RadarPlot } from '@/components/plots/RadarPlot';
import type { Rubric, ScoreReport } from '@/core/rubric/types';
import { DerivedScores } from './DerivedScores';
import { formatPercent, formatPoints } from '@/components/common/score-text';

interface Props {
  rubric: Rubric;
  report: ScoreReport;
}

/** The live score, kept in view while the reviewer scrolls the items. */
export function ResultsBar({ rubric, report }: Props) {
  const { counts } = report;
  const total = formatPercent(report.percentage);
  const band = report.band?.label;
  return (
    <section class="results" aria-label="Results" ref={useStickyHeight()}>
      <p class="results-total">
        <strong data-testid="total">{total}</strong>
        {band && <span class="results-band">{band}</span>}
        <span class="muted">
          {formatPoints(rubric.scoring, report.points)} /{' '}
          {formatPoints(rubric.scoring, report.maximum)} points
        </span>
      </p>
      <p class="results-progress">
        <progress
          value={counts.answered + counts.unclear}
          max={Math.max(counts.applicable, 1)}
          aria-label="Items answered"
        />
        <span>
          {counts.answered} of {counts.applicable} applicable answered,{' '}
          {counts.unclear} unclear
          {counts.unanswered > 0 && (
            // As in the official METRICS calculator: the total and band are
            // provisional until every applicable item has an answer.
            <span class="muted"> · the rest count as 0 for now</span>
          )}
        </span>
      </p>
      <p class="visually-hidden" aria-live="polite">
        Total {total}
        {band ? `, ${band}` : ''}
      </p>
      <details class="results-details">
        <summary>Domains</summary>
        <DomainTable report={report} />
        <RadarPlot
          size={240}
          title={`${rubric.label}: domain percentages`}
          series={[{ name: rubric.label, axes: radarAxes(report) }]}
        />
      </details>
      <DerivedScores extras={report.extras} />
    </section>
  );
}

function DomainTable({ report }: { report: ScoreReport }) {
  return (
    <table class="domain-table">
      <tbody>
        {report.domains.map((domain) => (
          <tr key={domain.id}>
            <th scope="row">
              {domain.label}
              {domain.optional ? ' (optional)' : ''}
            </th>
            <td>{formatPercent(domain.percentage)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function radarAxes(report: ScoreReport) {
  return report.domains
    .filter((domain) => !domain.optional)
    .map((domain) => ({ label: domain.id, value: domain.percentage }));
}

/**
 * Publishes the sticky bar's height as `--results-height`, so the page's
 * scroll padding keeps a focused item from hiding underneath the bar.
 */
function useStickyHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--results-height', `${bar.offsetHeight}px`),
    );
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return ref;
}
