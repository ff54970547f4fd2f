import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Extension pages may run only our own packaged scripts. pdf.js decodes some
// images with WebAssembly, which needs 'wasm-unsafe-eval' (not eval itself).
const EXTENSION_PAGES_CSP =
  "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'";

// pdf.js loads character maps, standard fonts, ICC profiles and WebAssembly
// decoders by URL at run time; they ship inside the extension under /pdfjs/.
const PDFJS_ASSET_DIRS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
    build: { target: 'es2022' },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const dir of PDFJS_ASSET_DIRS) {
        const source = resolve('node_modules/pdfjs-dist', dir);
        for (const name of readdirSync(source)) {
          files.push({
            absoluteSrc: resolve(source, name),
            relativeDest: `pdfjs/${dir}/${name}`,
          });
        }
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'RADAR Reviewer',
    description:
      'Score radiomics and imaging-AI papers with RADAR, METRICS and RQS ' +
      'while you read them, with evidence quotes. Nothing leaves your machine.',
    permissions: [
      'storage',
      // A review library of thousands of assessments with their evidence
      // quotes outgrows the 10 MB that local storage allows by default.
      // Browsers may still refuse a write (a full disk, or no support for
      // this permission), so saving keeps handling a quota error.
      'unlimitedStorage',
      'scripting',
      'contextMenus',
      // Redirects PDFs to the extension's viewer (see background/pdf-redirect).
      'declarativeNetRequestWithHostAccess',
    ],
    // The content script already runs on every page; the same reach lets the
    // panel inject the paper reader into whichever tab it looks at.
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Open RADAR Reviewer' },
    // A redirect rule may only send a web page to a page web pages can load.
    web_accessible_resources: [
      { resources: ['viewer.html'], matches: ['<all_urls>'] },
    ],
    commands: {
      'add-selection-to-item': {
        suggested_key: { default: 'Alt+Shift+E' },
        description:
          'Add the selected passage to the item focused in the panel',
      },
    },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'radar-reviewer@radarscore.local',
              // Nothing about the reviewer or the papers leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
