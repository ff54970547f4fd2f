import { downloadJson, fileStem } from '@/components/common/downloads';
import { downloadLibrary } from '@/components/common/library-exports';
import type { Assessment } from '@/core/assessment/types';
import { exportAssessment } from '@/core/export';
import type { Rubric } from '@/core/rubric/types';

interface Props {
  assessment: Assessment;
  rubric: Rubric;
  extensionVersion: string;
  /** Every stored assessment, read when the reviewer exports them all. */
  loadAll: () => Promise<Assessment[]>;
}

/**
 * Ways out of the panel: the printable report, this assessment or all of
 * them as JSON, and the library.
 */
export function AssessmentActions(props: Props) {
  const { assessment, rubric } = props;
  const exportJson = () => {
    const doc = exportAssessment(assessment, rubric, {
      extensionVersion: props.extensionVersion,
      now: Date.now(),
    });
    const title = String(assessment.paper.metadata.title ?? assessment.id);
    downloadJson(doc, `${fileStem(title)}-${rubric.id}.json`);
  };
  const exportAll = async () => {
    const options = {
      extensionVersion: props.extensionVersion,
      now: Date.now(),
    };
    downloadLibrary('bundle', await props.loadAll(), options);
  };
  const reportUrl = `report.html?id=${encodeURIComponent(assessment.id)}`;
  return (
    <nav class="assessment-actions" aria-label="This assessment">
      <a href={reportUrl} target="_blank" rel="noopener">
        Report
      </a>
      <button type="button" onClick={exportJson}>
        Export JSON
      </button>
      <button type="button" onClick={() => void exportAll()}>
        Export all
      </button>
      <a href="dashboard.html" target="_blank" rel="noopener">
        All assessments
      </a>
    </nav>
  );
}
