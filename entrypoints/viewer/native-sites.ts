import { storage } from '@wxt-dev/storage';

/**
 * Sites whose PDFs the reviewer chose to read in the browser's own viewer
 * ("always for this site"), by host name. Read by the background's redirect.
 */
export const nativeSitesItem = storage.defineItem<string[]>(
  'local:pdf-native-sites',
  { fallback: [] },
);

/**
 * For one visit only: the PDF address each tab should show in the browser's
 * viewer, so the redirect lets that one load through.
 */
export const nativeOnceItem = storage.defineItem<Record<string, string>>(
  'session:pdf-native-once',
  { fallback: {} },
);
