import { useEffect, useMemo, useRef } from 'preact/hooks';
import { DomainBars } from '@/components/plots/DomainBars';
import { RadarPlot } from '@/components/plots/RadarPlot';
import type { AssessmentExport } from '@/core/export';
import type { Rubric } from '@/core/rubric/types';
import { DomainItems } from './DomainItems';
import { domainSeries } from './domain-series';
import { titleOf } from './paper-text';
import { PaperDetails } from './PaperDetails';
import { ReportActions } from './ReportActions';
import { ScoreSummary } from './ScoreSummary';
import './report.css';

interface Props {
  doc: AssessmentExport;
  rubric: Rubric;
}

/** The printable report of one assessment, from its export document. */
export function ReportView({ doc, rubric }: Props) {
  const plots = useRef<HTMLDivElement>(null);
  const series = useMemo(
    () => [domainSeries(doc.scores, doc.reviewer || rubric.label)],
    [doc, rubric],
  );
  const title = `${rubric.label}: domain percentages`;
  // The tab title becomes the suggested file name when printing to PDF.
  useEffect(() => {
    document.title = `${titleOf(doc.paper)} – ${rubric.label} – ${doc.reviewer}`;
  }, [doc, rubric]);
  return (
    <main class="report">
      <ReportActions
        doc={doc}
        radarSvg={() => plots.current?.querySelector('svg') ?? null}
      />
      <PaperDetails paper={doc.paper} />
      <section class="report-review" aria-label="Review">
        <dl>
          <div>
            <dt>Reviewer</dt>
            <dd>{doc.reviewer || '(not named)'}</dd>
          </div>
          <div>
            <dt>Rubric</dt>
            <dd>
              {rubric.label} (version {rubric.version})
            </dd>
          </div>
          <div>
            <dt>Last change</dt>
            <dd>{doc.updatedAt.slice(0, 10)}</dd>
          </div>
        </dl>
      </section>
      <ScoreSummary scores={doc.scores} scoring={rubric.scoring} />
      <div class="report-plots" ref={plots}>
        <RadarPlot series={series} title={title} size={300} />
        <DomainBars series={series} title={title} />
      </div>
      <DomainItems doc={doc} rubric={rubric} />
    </main>
  );
}
