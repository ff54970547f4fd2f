import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import '@/components/common/theme.css';

render(<DashboardApp />, document.getElementById('app')!);
