import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { browserDashboardStore } from '@/components/dashboard/dashboard-store';
import '@/components/common/theme.css';

render(
  <DashboardApp
    store={browserDashboardStore()}
    extensionVersion={browser.runtime.getManifest().version}
  />,
  document.getElementById('app')!,
);
