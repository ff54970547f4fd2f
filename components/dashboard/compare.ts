/**
 * Which selections can be compared: domain percentages line up only when
 * every assessment was scored with the same rubric.
 */
import { domainSeries } from '@/components/report/domain-series';
import { seriesName } from '@/components/report/paper-text';
import type { RadarSeries } from '@/components/plots/RadarPlot';
import type { LibraryRow } from './library-row';

export type Comparison =
  { ok: true; series: RadarSeries[] } | { ok: false; reason: string };

/** The plotted series of the selected rows, or why they cannot be compared. */
export function compareRows(rows: LibraryRow[]): Comparison {
  if (rows.length < 2) {
    return { ok: false, reason: 'Select at least two assessments to compare.' };
  }
  const labels = [...new Set(rows.map((r) => r.rubricLabel))];
  if (labels.length > 1) {
    return {
      ok: false,
      reason: `Only assessments of one rubric can be compared: their domains differ. The selection mixes ${labels.join(', ')}.`,
    };
  }
  const unscored = rows.find((r) => !r.scores);
  if (unscored) {
    return {
      ok: false,
      reason: `The rubric "${unscored.assessment.rubric.id}" is not built in, so these assessments cannot be scored.`,
    };
  }
  return {
    ok: true,
    series: rows.map((r) => domainSeries(r.scores!, seriesName(r.assessment))),
  };
}
