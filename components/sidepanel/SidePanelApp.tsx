import { useEffect, useMemo } from 'preact/hooks';
import type { EvidencePort } from '@/components/evidence/evidence-port';
import { EvidenceSection } from '@/components/evidence/EvidenceSection';
import { AssessmentView } from './AssessmentView';
import { createPanelStore } from './panel-store';
import { PaperSection } from './PaperSection';
import type { PanelPlatform } from './platform';
import { ReviewerForm } from './ReviewerForm';
import { RubricChooser } from './RubricChooser';
import { SaveAlert } from './SaveAlert';
import './sidepanel.css';

interface Props {
  platform: PanelPlatform;
  /** The way to the paper's page for evidence quotes; absent, no evidence. */
  evidence?: EvidencePort;
}

/** The reviewer's panel beside the paper: header, rubric and live scores. */
export function SidePanelApp({ platform, evidence }: Props) {
  const store = useMemo(() => createPanelStore(platform), [platform]);
  useEffect(() => {
    // Closing the panel unloads it without unmounting. Hidden first (the panel closes), then gone: save normally while the
    // page still lives, and dispatch what is left as it unloads.
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') store.flush();
    };
    document.addEventListener('visibilitychange', saveWhenHidden);
    addEventListener('pagehide', store.flushBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', saveWhenHidden);
      removeEventListener('pagehide', store.flushBeforeUnload);
      store.dispose();
    };
  }, [store]);
  const settings = store.settings.value;
  const view = (
    <AssessmentView
      store={store}
      extensionVersion={platform.extensionVersion}
      loadAll={platform.loadAllAssessments}
    />
  );
  return (
    <main class="panel">
      <PaperSection context={platform.paper.value} store={store} />
      {settings && (
        <div class="panel-controls">
          <RubricChooser
            rubricId={store.rubric.value.id}
            onChoose={(rubricId) => store.updateSettings({ rubricId })}
          />
          <details class="settings">
            <summary>Settings</summary>
            <ReviewerForm
              key={settings.reviewer}
              reviewer={settings.reviewer}
              onSave={(reviewer) => store.updateSettings({ reviewer })}
            />
          </details>
        </div>
      )}
      <SaveAlert message={store.saveError.value} />
      {evidence ? (
        <EvidenceSection store={store} port={evidence}>
          {view}
        </EvidenceSection>
      ) : (
        view
      )}
    </main>
  );
}
