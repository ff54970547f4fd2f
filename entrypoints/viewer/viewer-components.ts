import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import type { ViewerView } from './evidence-session';

type ViewerModule = typeof import('pdfjs-dist/web/pdf_viewer.mjs');

/**
 * pdf.js's own viewer components: lazy page rendering with text layers,
 * links, zoom and find in document. Loaded after `pdfjs.ts` has set
 * `globalThis.pdfjsLib`, which the module reads when it is evaluated.
 */
export async function createViewerComponents(
  container: HTMLDivElement,
  viewerDiv: HTMLDivElement,
) {
  const components: ViewerModule =
    await import('pdfjs-dist/web/pdf_viewer.mjs');
  const eventBus = new components.EventBus();
  const linkService = new components.PDFLinkService({ eventBus });
  const findController = new components.PDFFindController({
    eventBus,
    linkService,
  });
  const viewer = new components.PDFViewer({
    container,
    viewer: viewerDiv,
    eventBus,
    linkService,
    findController,
  });
  linkService.setViewer(viewer);
  const setDocument = (pdf: PDFDocumentProxy) => {
    viewer.setDocument(pdf);
    linkService.setDocument(pdf);
  };
  const view: ViewerView = {
    pageDiv: (page) => viewer.getPageView(page - 1)?.div,
    scrollToPage: (page) => viewer.scrollPageIntoView({ pageNumber: page }),
    currentPage: () => viewer.currentPageNumber,
    onTextLayerRendered: (callback) =>
      eventBus.on(
        'textlayerrendered',
        ({ pageNumber }: { pageNumber: number }) => callback(pageNumber),
      ),
  };
  return { eventBus, viewer, setDocument, view };
}
