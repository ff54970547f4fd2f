import { useEffect, useMemo } from 'preact/hooks';
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
}

/** The reviewer's panel beside the paper: header, rubric and live scores. */
export function SidePanelApp({ platform }: Props) {
  const store = useMemo(() => createPanelStore(platform), [platform]);
  useEffect(() => () => store.dispose(), [store]);
  const settings = store.settings.value;
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
      <AssessmentView store={store} />
    </main>
  );
}
