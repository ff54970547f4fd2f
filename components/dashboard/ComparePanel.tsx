import { useMemo } from 'preact/hooks';
import { DomainBars } from '@/components/plots/DomainBars';
import { RadarPlot } from '@/components/plots/RadarPlot';
import { compareRows } from './compare';
import type { LibraryRow } from './library-row';

/** The selected assessments overlaid, or why they cannot be. */
export function ComparePanel({ rows }: { rows: LibraryRow[] }) {
  const comparison = useMemo(() => compareRows(rows), [rows]);
  if (!comparison.ok) {
    return (
      <p class="compare-refused" role="status">
        {comparison.reason}
      </p>
    );
  }
  const title = `${rows[0]!.rubricLabel}: domain percentages`;
  return (
    <section class="compare" aria-label="Comparison">
      <h2>Comparison</h2>
      <div class="compare-plots">
        <RadarPlot series={comparison.series} title={title} size={320} />
        <DomainBars series={comparison.series} title={title} />
      </div>
    </section>
  );
}
