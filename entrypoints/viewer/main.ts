import 'pdfjs-dist/web/pdf_viewer.css';
import './viewer.css';
import { browser } from 'wxt/browser';
import type { PageStatusMessage } from '@/core/messages';
import { extractDocumentText } from '@/core/pdf';
import { createEvidenceSession } from './evidence-session';
import { wireFindBar } from './find-bar';
import { describeLoadError } from './load-errors';
import { wireNativeViewer } from './native-viewer';
import {
  hideNotice,
  showFailure,
  showNotice,
  showTextLayerNotice,
} from './notice';
import { readPdfPaper } from './paper-reply';
import {
  fileSource,
  requestedSource,
  unreadableReason,
  type PdfSource,
} from './pdf-source';
import { packagedDocumentOptions, pdfjsLib } from './pdfjs';
import { createViewerComponents } from './viewer-components';
import { listenForPanel, type OpenPaper } from './viewer-messages';

const byId = <T extends HTMLElement>(id: string) =>
  document.getElementById(id) as T;
const elements = {
  container: byId<HTMLDivElement>('viewer-container'),
  viewer: byId<HTMLDivElement>('viewer'),
  title: byId<HTMLElement>('viewer-title'),
  address: byId<HTMLElement>('viewer-address'),
  pages: byId<HTMLElement>('viewer-pages'),
  fileInput: byId<HTMLInputElement>('file-input'),
};

/** Sets up the viewer, answers the panel, and opens the requested PDF. */
async function start(): Promise<void> {
  const { eventBus, viewer, setDocument, view } = await createViewerComponents(
    elements.container,
    elements.viewer,
  );
  let current: OpenPaper | null = null;
  void listenForPanel(() => current);
  eventBus.on('pagesinit', () => {
    viewer.currentScaleValue = 'page-width';
    showPageNumber(viewer);
  });
  eventBus.on('pagechanging', () => showPageNumber(viewer));

  const open = async (source: PdfSource) => {
    current = null;
    showSource(source);
    const unreadable = await unreadableReason(source);
    if (unreadable) return showFailure(unreadable);
    try {
      const task = pdfjsLib.getDocument({
        ...packagedDocumentOptions(),
        ...source.params,
      });
      const pdf = await task.promise;
      setDocument(pdf);
      const address = source.url ?? source.name;
      const docText = extractDocumentText(pdf);
      const evidence = createEvidenceSession(docText, address, view);
      let paper: ReturnType<OpenPaper['paper']> | undefined;
      current = {
        evidence,
        paper: () => (paper ??= readPdfPaper(pdf, address, docText)),
      };
      document.body.dataset.state = 'loaded';
      void docText.then(showTextLayerNotice);
      reportPage(source);
    } catch (error) {
      showFailure(describeLoadError(error, source.name));
    }
  };
  wireZoom(viewer);
  wireFindBar(eventBus);
  wireLocalFiles(async (file) => open(await fileSource(file)));
  const requested = requestedSource();
  wireNativeViewer(requested?.url);
  if (requested) await open(requested);
  else showNotice('Open a PDF from your disk, or drop one on this page.');
}

function showSource(source: PdfSource): void {
  hideNotice();
  elements.title.textContent = source.name;
  elements.address.textContent = source.url ?? '';
  elements.address.title = source.url ?? '';
  document.title = `${source.name} – RADAR Reviewer`;
  document.body.dataset.state = 'loading';
}

/** Tells the background a paper is open, for its badge and stored quotes. */
function reportPage(source: PdfSource): void {
  const status: PageStatusMessage = {
    type: 'page-status',
    isArticle: true,
    isPdf: false, // already in our viewer
    url: source.url ?? location.href,
  };
  void browser.runtime.sendMessage(status).catch(() => undefined);
}

function wireZoom(viewer: { currentScale: number }): void {
  const step = (factor: number) => () => {
    viewer.currentScale = Math.min(
      5,
      Math.max(0.25, viewer.currentScale * factor),
    );
  };
  byId('zoom-in').addEventListener('click', step(1.2));
  byId('zoom-out').addEventListener('click', step(1 / 1.2));
}

function wireLocalFiles(openFile: (file: File) => Promise<void>): void {
  elements.fileInput.addEventListener('change', () => {
    const file = elements.fileInput.files?.[0];
    if (file) void openFile(file);
  });
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
}

function showPageNumber(viewer: {
  currentPageNumber: number;
  pagesCount: number;
}): void {
  elements.pages.textContent = `Page ${viewer.currentPageNumber} of ${viewer.pagesCount}`;
}

void start();
