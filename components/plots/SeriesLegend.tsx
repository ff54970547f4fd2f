import './series-legend.css';

// Okabe-Ito colours: distinguishable with the common colour-vision deficits.
export const SERIES_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
];

/** The colour of the n-th series, the same in every plot. */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/** Names the series of a plot beside their colour swatches. */
export function SeriesLegend({ names }: { names: string[] }) {
  return (
    <ul class="series-legend">
      {names.map((name, i) => (
        <li key={name}>
          <span class="series-swatch" style={{ background: seriesColour(i) }} />
          {name}
        </li>
      ))}
    </ul>
  );
}
