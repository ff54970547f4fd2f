import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Extension pages may run only our own packaged scripts. pdf.js decodes some
// images with WebAssembly, which needs 'wasm-unsafe-eval' (not eval itself).
const EXTENSION_PAGES_CSP =
  "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; " +
  "frame-ancestors 'self'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'RADAR Reviewer',
    description:
      'Score radiomics and imaging-AI papers with RADAR, METRICS and RQS ' +
      'while you read them, with evidence quotes. Nothing leaves your machine.',
    permissions: ['storage'],
    action: { default_title: 'Open RADAR Reviewer' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'radar-reviewer@radarscore.local' } }
        : undefined,
  }),
});
