import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import 'pdfjs-dist/web/pdf_viewer.css';
import './viewer.css';
import { packagedDocumentOptions, pdfjsLib } from './pdfjs';
import { describeLoadError } from './load-errors';

type ViewerModule = typeof import('pdfjs-dist/web/pdf_viewer.mjs');

const elements = {
  container: document.getElementById('viewer-container') as HTMLDivElement,
  viewer: document.getElementById('viewer') as HTMLDivElement,
  title: document.getElementById('viewer-title') as HTMLElement,
  pages: document.getElementById('viewer-pages') as HTMLElement,
  notice: document.getElementById('viewer-notice') as HTMLElement,
  fileInput: document.getElementById('file-input') as HTMLInputElement,
};

/** Sets up pdf.js's own viewer components and opens the requested PDF. */
async function start(): Promise<void> {
  const components: ViewerModule =
    await import('pdfjs-dist/web/pdf_viewer.mjs');
  const eventBus = new components.EventBus();
  const linkService = new components.PDFLinkService({ eventBus });
  const findController = new components.PDFFindController({
    eventBus,
    linkService,
  });
  const viewer = new components.PDFViewer({
    container: elements.container,
    viewer: elements.viewer,
    eventBus,
    linkService,
    findController,
  });
  linkService.setViewer(viewer);
  eventBus.on('pagesinit', () => {
    viewer.currentScaleValue = 'page-width';
    showPageNumber(viewer);
  });
  eventBus.on('pagechanging', () => showPageNumber(viewer));

  const open = async (source: PdfSource) => {
    try {
      hideNotice();
      const task = pdfjsLib.getDocument({
        ...packagedDocumentOptions(),
        ...source.params,
      });
      const pdf = await task.promise;
      viewer.setDocument(pdf);
      linkService.setDocument(pdf);
      elements.title.textContent = source.name;
      document.title = `${source.name} – RADAR Reviewer`;
      document.body.dataset.state = 'loaded';
    } catch (error) {
      showNotice(describeLoadError(error, source.name));
      document.body.dataset.state = 'error';
    }
  };
  wireZoom(viewer);
  wireLocalFiles(open);
  const requested = new URLSearchParams(location.search).get('file');
  if (requested) await open(urlSource(requested));
  else showNotice('Open a PDF from your disk, or drop one on this page.');
}

interface PdfSource {
  name: string;
  params: Partial<DocumentInitParameters>;
}

function urlSource(url: string): PdfSource {
  const name = decodeURIComponent(
    new URL(url).pathname.split('/').pop() ?? url,
  );
  return { name, params: { url } };
}

function wireZoom(viewer: { currentScale: number }): void {
  const step = (factor: number) => () => {
    viewer.currentScale = Math.min(
      5,
      Math.max(0.25, viewer.currentScale * factor),
    );
  };
  document.getElementById('zoom-in')?.addEventListener('click', step(1.2));
  document.getElementById('zoom-out')?.addEventListener('click', step(1 / 1.2));
}

function wireLocalFiles(open: (source: PdfSource) => Promise<void>): void {
  const openFile = async (file: File) =>
    open({ name: file.name, params: { data: await file.arrayBuffer() } });
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

function showNotice(text: string): void {
  elements.notice.textContent = text;
  elements.notice.hidden = false;
}

function hideNotice(): void {
  elements.notice.hidden = true;
}

void start();
