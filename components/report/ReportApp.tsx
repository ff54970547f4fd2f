import { useEffect, useState } from 'preact/hooks';
import type { Assessment } from '@/core/assessment/types';
import type { ExportOptions } from '@/core/export';
import { reportDocument, type ReportDocument } from './report-document';
import { ReportView } from './ReportView';

interface Props {
  /** Reads the assessment; undefined when there is none under the id. */
  load: () => Promise<Assessment | undefined>;
  options: ExportOptions;
}

const MISSING = 'No saved assessment has this id. It may have been deleted.';

/** The report page: loads one assessment and shows its report. */
export function ReportApp({ load, options }: Props) {
  const [report, setReport] = useState<ReportDocument | null>(null);
  useEffect(() => {
    load().then(
      (assessment) =>
        setReport(
          assessment
            ? reportDocument(assessment, options)
            : { ok: false, error: MISSING },
        ),
      (error) => setReport({ ok: false, error: String(error) }),
    );
  }, [load]);

  if (!report) return <p class="report-status">Loading…</p>;
  if (!report.ok) {
    return (
      <p class="report-status" role="alert">
        {report.error}
      </p>
    );
  }
  return <ReportView doc={report.doc} rubric={report.rubric} />;
}
