/**
 * Geometry of a radar (spider) plot: one axis per domain, values in percent.
 * A domain without applicable items has no value; it is drawn as a gap in
 * the outline, never as zero, so a reader cannot mistake "n/a" for "failed".
 */

export interface RadarAxis {
  label: string;
  /** 0-100, or null for a domain that does not apply. */
  value: number | null;
}

export interface Point {
  x: number;
  y: number;
}

/** Angle of axis `index` of `count`, starting at 12 o'clock, clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** Where a percentage lies on an axis of a plot of the given radius. */
export function pointOnAxis(
  index: number,
  count: number,
  percent: number,
  radius: number,
): Point {
  const angle = axisAngle(index, count);
  const r = (radius * Math.min(100, Math.max(0, percent))) / 100;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/**
 * The outline of one series, cut into runs of consecutive axes that have a
 * value. A series with no gap closes into a single polygon (`closed`).
 */
export function seriesOutline(
  axes: RadarAxis[],
  radius: number,
): { runs: Point[][]; closed: boolean } {
  const count = axes.length;
  const firstGap = axes.findIndex((axis) => axis.value === null);
  if (firstGap === -1) {
    const ring = axes.map((axis, i) =>
      pointOnAxis(i, count, axis.value ?? 0, radius),
    );
    return { runs: [ring], closed: true };
  }
  // Start walking just after a gap so a run never wraps across index 0.
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let step = 1; step <= count; step++) {
    const i = (firstGap + step) % count;
    const value = axes[i]?.value ?? null;
    if (value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else {
      run.push(pointOnAxis(i, count, value, radius));
    }
  }
  if (run.length) runs.push(run);
  return { runs, closed: false };
}

/** SVG path data for a list of points, closed or open. */
export function pathData(points: Point[], closed: boolean): string {
  const parts = points.map(
    (p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)},${p.y.toFixed(2)}`,
  );
  return parts.join(' ') + (closed ? ' Z' : '');
}
