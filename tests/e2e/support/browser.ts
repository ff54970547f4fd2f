import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Request,
  type Worker,
} from 'playwright-core';
import { chromeBuildDir } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  /** Requests that an extension context sent to a host other than loopback. */
  remoteRequestsFromExtension: string[];
  /** Opens an extension page such as `sidepanel.html`. */
  extensionUrl(path: string): string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts Debian's Chromium headless with the built extension loaded. The
 * flags keep Chromium itself from calling home, so any outside request seen
 * here came from the page or from us.
 */
export async function launchWithExtension(
  profileDir = mkdtempSync(join(tmpdir(), 'radar-e2e-')),
  { headless = true } = {},
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${chromeBuildDir}`,
      `--load-extension=${chromeBuildDir}`,
    ],
  });
  const remoteRequestsFromExtension = watchExtensionRequests(context);
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    remoteRequestsFromExtension,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async close(options = {}) {
      await context.close();
      if (!options.keepProfile) rmSync(profileDir, { recursive: true });
    },
  };
}

function watchExtensionRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (isFromExtension(request) && !isLocal(request.url())) {
      seen.push(request.url());
    }
  });
  return seen;
}

function isFromExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false; // requests of a worker have no frame
  }
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (!protocol.startsWith('http') && !protocol.startsWith('ws')) return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}
