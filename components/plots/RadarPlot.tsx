import {
  axisAngle,
  pathData,
  pointOnAxis,
  seriesOutline,
  type RadarAxis,
} from '@/core/plot/radar-geometry';
import { SeriesLegend, seriesColour } from './SeriesLegend';
import './radar-plot.css';

export interface RadarSeries {
  name: string;
  axes: RadarAxis[];
}

interface Props {
  series: RadarSeries[];
  /** Width and height of the square plot in CSS pixels. */
  size?: number;
  /** Accessible title; the data also appear in a visually hidden table. */
  title: string;
}

const RINGS = [25, 50, 75, 100];

/** A radar plot of domain percentages; "n/a" domains are gaps, not zeros. */
export function RadarPlot({ series, size = 260, title }: Props) {
  const labels = series[0]?.axes.map((axis) => axis.label) ?? [];
  const radius = size / 2 - 44;
  const half = size / 2;
  return (
    <figure class="radar-plot">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`${-half} ${-half} ${size} ${size}`}
        width={size}
        height={size}
        role="img"
        aria-label={title}
      >
        <Grid count={labels.length} radius={radius} />
        {series.map((s, i) => (
          <Outline
            key={s.name}
            axes={s.axes}
            radius={radius}
            colour={seriesColour(i)}
          />
        ))}
        <AxisLabels series={series} radius={radius} />
      </svg>
      {series.length > 1 && <SeriesLegend names={series.map((s) => s.name)} />}
      <DataTable series={series} caption={title} />
    </figure>
  );
}

function Grid({ count, radius }: { count: number; radius: number }) {
  return (
    <g class="radar-grid">
      {RINGS.map((ring) => (
        <circle key={ring} r={(radius * ring) / 100} />
      ))}
      {Array.from({ length: count }, (_, i) => {
        const end = pointOnAxis(i, count, 100, radius);
        return <line key={i} x1={0} y1={0} x2={end.x} y2={end.y} />;
      })}
      {/* The scale, just right of the first (upright) axis. */}
      {RINGS.map((ring) => (
        <text
          key={`label-${ring}`}
          class="radar-ring-label"
          x={3}
          y={-(radius * ring) / 100 + 9}
        >
          {ring}%
        </text>
      ))}
    </g>
  );
}

function Outline(props: { axes: RadarAxis[]; radius: number; colour: string }) {
  const { runs, closed } = seriesOutline(props.axes, props.radius);
  const count = props.axes.length;
  return (
    <g class="radar-series" stroke={props.colour} fill={props.colour}>
      {runs.map((run, i) => (
        <path
          key={i}
          d={pathData(run, closed)}
          fill-opacity={closed ? 0.18 : 0}
        />
      ))}
      {props.axes.map((axis, i) => {
        if (axis.value === null) return null;
        const p = pointOnAxis(i, count, axis.value, props.radius);
        return <circle key={i} cx={p.x} cy={p.y} r={2.5} />;
      })}
    </g>
  );
}

function AxisLabels(props: { series: RadarSeries[]; radius: number }) {
  const axes = props.series[0]?.axes ?? [];
  return (
    <g class="radar-labels">
      {axes.map((axis, i) => {
        const angle = axisAngle(i, axes.length);
        const x = (props.radius + 16) * Math.cos(angle);
        const y = (props.radius + 16) * Math.sin(angle);
        const anchor = Math.abs(x) < 4 ? 'middle' : x > 0 ? 'start' : 'end';
        const notApplicable = props.series.every(
          (s) => s.axes[i]?.value === null,
        );
        return (
          <text key={axis.label} x={x} y={y} text-anchor={anchor}>
            {axis.label}
            {notApplicable ? ' (n/a)' : ''}
          </text>
        );
      })}
    </g>
  );
}

/** The plotted numbers for screen readers, hidden from sighted readers. */
function DataTable(props: { series: RadarSeries[]; caption: string }) {
  const axes = props.series[0]?.axes ?? [];
  return (
    <table class="visually-hidden">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          {props.series.map((s) => (
            <th scope="col" key={s.name}>
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {axes.map((axis, i) => (
          <tr key={axis.label}>
            <th scope="row">{axis.label}</th>
            {props.series.map((s) => (
              <td key={s.name}>{formatPercent(s.axes[i]?.value ?? null)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function formatPercent(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(1)}%`;
}
