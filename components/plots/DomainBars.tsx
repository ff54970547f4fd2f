import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { RadarSeries } from './RadarPlot';
import { SeriesLegend, seriesColour } from './SeriesLegend';
import './domain-bars.css';

interface Props {
  /** Same series as the radar plot: one per assessment, same colours. */
  series: RadarSeries[];
  title: string;
  width?: number;
  height?: number;
}

/** Where each bar of a group sits, in domain units (a domain is 1 wide). */
export interface BarsLayout {
  labels: string[];
  /** Per series, the left edge of its bar in every domain. */
  lefts: number[][];
  barWidth: number;
  /** Per series, its percentage in every domain; null where n/a. */
  values: (number | null)[][];
}

/**
 * Lays bars out side by side: the group of a domain fills 80 % of its slot,
 * each series one equal share, in series order from left to right.
 */
export function barsLayout(series: RadarSeries[]): BarsLayout {
  const labels = series[0]?.axes.map((axis) => axis.label) ?? [];
  const share = 0.8 / Math.max(series.length, 1);
  return {
    labels,
    lefts: series.map((_, j) => labels.map((_, i) => i - 0.4 + j * share)),
    barWidth: share * 0.9,
    values: series.map((s) => labels.map((_, i) => s.axes[i]?.value ?? null)),
  };
}

/** Bars of domain percentages drawn by uPlot; n/a domains get a label, no bar. */
export function DomainBars({
  series,
  title,
  width = 520,
  height = 260,
}: Props) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!holder.current || series.length === 0) return;
    const layout = barsLayout(series);
    const data = [layout.labels.map((_, i) => i), ...layout.values];
    const plot = new uPlot(
      plotOptions(layout, series, width, height),
      data as uPlot.AlignedData,
      holder.current,
    );
    return () => plot.destroy();
  }, [series, width, height]);
  return (
    <figure class="domain-bars" aria-label={title}>
      <div ref={holder} class="domain-bars-canvas" />
      {series.length > 1 && <SeriesLegend names={series.map((s) => s.name)} />}
      <BarsTable series={series} caption={title} />
    </figure>
  );
}

function plotOptions(
  layout: BarsLayout,
  series: RadarSeries[],
  width: number,
  height: number,
): uPlot.Options {
  const ink = cssColour('--muted', '#5b6673');
  const count = layout.labels.length;
  return {
    width,
    height,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, count - 0.5] },
      y: { range: [0, 100] },
    },
    axes: [
      {
        stroke: ink,
        grid: { show: false },
        splits: () => layout.labels.map((_, i) => i),
        values: () => layout.labels,
        // Slanted so long domain names (METRICS) do not run into each other.
        rotate: 35,
        size: 16 + 4.5 * Math.max(0, ...layout.labels.map((l) => l.length)),
      },
      { stroke: ink, values: (_, ticks) => ticks.map((t) => `${t}%`) },
    ],
    series: [{}, ...series.map((s, j) => barSeries(s, j, layout))],
    hooks: { draw: [(u) => labelNotApplicable(u, layout, ink)] },
  };
}

function barSeries(
  s: RadarSeries,
  j: number,
  layout: BarsLayout,
): uPlot.Series {
  const colour = seriesColour(j);
  return {
    label: s.name,
    stroke: colour,
    fill: colour,
    points: { show: false },
    paths: uPlot.paths.bars!({
      disp: {
        x0: { unit: 1, values: () => layout.lefts[j]! },
        size: { unit: 1, values: () => [layout.barWidth] },
      },
    }),
  };
}

// uPlot draws nothing for a null value; the label says why the gap is there.
function labelNotApplicable(u: uPlot, layout: BarsLayout, ink: string) {
  const ctx = u.ctx;
  ctx.save();
  ctx.fillStyle = ink;
  ctx.font = `${10 * devicePixelRatio}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  const base = u.valToPos(0, 'y', true) - 4 * devicePixelRatio;
  layout.values.forEach((values, j) =>
    values.forEach((value, i) => {
      if (value !== null) return;
      const centre = layout.lefts[j]![i]! + layout.barWidth / 2;
      ctx.fillText('n/a', u.valToPos(centre, 'x', true), base);
    }),
  );
  ctx.restore();
}

// A canvas cannot read CSS variables: take the theme's value once. The
// chart keeps the colours it was drawn with; switching between light and
// dark, or printing from dark mode, does not redraw it yet.
function cssColour(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement)
    .getPropertyValue(name)
    .trim();
  return value || fallback;
}

/** The plotted numbers as text, for screen readers and for print. */
function BarsTable(props: { series: RadarSeries[]; caption: string }) {
  const { labels, values } = barsLayout(props.series);
  return (
    <table class="visually-hidden">
      <caption>{props.caption}</caption>
      <tbody>
        {labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {values.map((v, j) => (
              <td key={j}>{v[i] == null ? 'n/a' : `${v[i]!.toFixed(1)}%`}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
