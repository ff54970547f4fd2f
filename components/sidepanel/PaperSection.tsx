import { ManualStart } from './ManualStart';
import type { PanelStore } from './panel-store';
import { PaperHeader } from './PaperHeader';
import type { PaperContext } from './platform';

interface Props {
  context: PaperContext;
  store: PanelStore;
}

/** The tab's paper, or what to do when the tab shows none. */
export function PaperSection({ context, store }: Props) {
  if (context.state === 'loading') {
    return (
      <p role="status" class="muted">
        Reading the page…
      </p>
    );
  }
  if (context.state === 'article') {
    return <PaperHeader metadata={context.metadata} />;
  }
  const manual = store.paper.value;
  if (manual) return <PaperHeader metadata={manual.metadata} />;
  return (
    <ManualStart
      url={context.url}
      reason={context.reason}
      onStart={store.startManually}
    />
  );
}
