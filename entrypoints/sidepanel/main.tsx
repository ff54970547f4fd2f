import { render } from 'preact';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { createPanelPlatform } from '@/components/platform/panel-platform';
import { createEvidencePort } from '@/components/platform/evidence-bridge';
import '@/components/common/theme.css';

render(
  <SidePanelApp
    platform={createPanelPlatform()}
    evidence={createEvidencePort()}
  />,
  document.getElementById('app')!,
);
