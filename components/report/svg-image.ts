/**
 * The radar plot as a file of its own: its look comes from the page's
 * stylesheet, which a downloaded SVG or a canvas does not have, so the
 * computed styles are copied onto the elements first.
 */

const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'font-family',
  'font-size',
  'dominant-baseline',
] as const;

export interface SvgFile {
  markup: string;
  width: number;
  height: number;
}

// Axis labels overflow the plot's square; the file gets room for them.
const MARGIN = 48;

/** The SVG as standalone markup with its computed styles inlined. */
export function standaloneSvg(svg: SVGSVGElement): SvgFile {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [copy, ...copy.querySelectorAll('*')];
  sources.forEach((source, n) => {
    const style = getComputedStyle(source);
    const declarations = STYLED.map(
      (name) => `${name}:${style.getPropertyValue(name)}`,
    );
    targets[n]!.setAttribute('style', declarations.join(';'));
  });
  const box = svg.viewBox.baseVal;
  const width = box.width + 2 * MARGIN;
  const height = box.height + 2 * MARGIN;
  copy.setAttribute(
    'viewBox',
    `${box.x - MARGIN} ${box.y - MARGIN} ${width} ${height}`,
  );
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const markup = new XMLSerializer().serializeToString(copy);
  return { markup, width, height };
}

/**
 * Draws standalone SVG markup onto a white canvas at `scale` times its size
 * and returns it as PNG. The Image reads a Blob URL: no network involved.
 */
export async function svgToPng(
  { markup, width, height }: SvgFile,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(
    new Blob([markup], { type: 'image/svg+xml' }),
  );
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob(
        (b) => (b ? done(b) : fail(new Error('no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
