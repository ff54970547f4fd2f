import { useState } from 'preact/hooks';
import type { AssessmentExport } from '@/core/export';
import {
  downloadBlob,
  downloadJson,
  fileStem,
} from '@/components/common/downloads';
import { standaloneSvg, svgToPng } from './svg-image';

interface Props {
  doc: AssessmentExport;
  /** The rendered radar plot, read when a download asks for it. */
  radarSvg: () => SVGSVGElement | null;
}

/** Print and download buttons; hidden when printing. */
export function ReportActions({ doc, radarSvg }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const stem = fileStem(
    `${doc.paper.metadata.title ?? doc.paper.key}-${doc.reviewer}-${doc.rubric.id}`,
  );

  const radarFile = () => {
    const svg = radarSvg();
    if (!svg) throw new Error('The radar plot is not on the page.');
    return standaloneSvg(svg);
  };
  const downloadSvg = () => {
    const { markup } = radarFile();
    downloadBlob(
      new Blob([markup], { type: 'image/svg+xml' }),
      `${stem}-radar.svg`,
    );
  };
  const downloadPng = async () => {
    try {
      downloadBlob(await svgToPng(radarFile()), `${stem}-radar.png`);
    } catch (error) {
      setProblem(`The PNG could not be drawn: ${String(error)}`);
    }
  };

  return (
    <nav class="report-actions" aria-label="Report actions">
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      <button type="button" onClick={() => downloadJson(doc, `${stem}.json`)}>
        Download JSON
      </button>
      <button type="button" onClick={downloadSvg}>
        Download radar SVG
      </button>
      <button type="button" onClick={downloadPng}>
        Download radar PNG
      </button>
      {problem && <p role="alert">{problem}</p>}
    </nav>
  );
}
