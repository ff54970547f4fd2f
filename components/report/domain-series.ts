/**
 * The domain percentages of a score report as one plotted series, shared by
 * the radar plot and the domain bars.
 */
import type { RadarSeries } from '@/components/plots/RadarPlot';
import type { ScoreReport } from '@/core/rubric/types';

/**
 * One series of a score report. Optional domains are left out, as they are
 * of the total; axes are named by domain id, which stays short on a plot.
 */
export function domainSeries(report: ScoreReport, name: string): RadarSeries {
  return {
    name,
    axes: report.domains
      .filter((domain) => !domain.optional)
      .map((domain) => ({ label: domain.id, value: domain.percentage })),
  };
}
