import { storage } from '@wxt-dev/storage';
import type { PanelSettings } from '@/components/sidepanel/platform';

/**
 * The reviewer's lasting choices. Versioned by @wxt-dev/storage, so a later
 * change of shape comes with a migration in `migrations`.
 */
export const settingsItem = storage.defineItem<PanelSettings>(
  'local:settings',
  {
    fallback: { reviewer: '', rubricId: 'radar' },
    version: 1,
  },
);
