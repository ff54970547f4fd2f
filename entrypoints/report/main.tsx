import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReportApp } from '@/components/report/ReportApp';
import { loadAssessment } from '@/components/platform/assessment-store';
import '@/components/common/theme.css';

// report.html?id=<assessment id>
const id = new URLSearchParams(location.search).get('id') ?? '';

render(
  <ReportApp
    load={() => loadAssessment(id)}
    options={{
      extensionVersion: browser.runtime.getManifest().version,
      now: Date.now(),
    }}
  />,
  document.getElementById('app')!,
);
