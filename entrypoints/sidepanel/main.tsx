import { render } from 'preact';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { createPanelPlatform } from '@/components/platform/panel-platform';
import '@/components/common/theme.css';

render(
  <SidePanelApp platform={createPanelPlatform()} />,
  document.getElementById('app')!,
);
