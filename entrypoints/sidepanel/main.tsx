import { render } from 'preact';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/common/theme.css';

render(<SidePanelApp />, document.getElementById('app')!);
