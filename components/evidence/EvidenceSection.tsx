import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { EvidenceContext } from './evidence-context';
import {
  createEvidenceController,
  type EvidenceStore,
} from './evidence-controller';
import type { EvidencePort } from './evidence-port';
import { OrphanList } from './OrphanList';
import './evidence.css';

interface Props {
  store: EvidenceStore;
  port: EvidencePort;
  children: ComponentChildren;
}

/**
 * Gives the items inside it their evidence controls, lists the quotes the
 * page lost above them, and remembers which item has focus for the
 * add-selection shortcut.
 */
export function EvidenceSection({ store, port, children }: Props) {
  const controller = useMemo(
    () => createEvidenceController(store, port),
    [store, port],
  );
  useEffect(() => () => controller.dispose(), [controller]);
  const onFocus = (event: FocusEvent) => {
    const item = (event.target as Element).closest?.('[data-item-id]');
    const id = item?.getAttribute('data-item-id');
    if (id) controller.focusedItem.value = id;
  };
  const notice = controller.notice.value;
  return (
    <EvidenceContext.Provider value={controller}>
      <div class="evidence-section" onFocusIn={onFocus}>
        {notice?.place === 'panel' && (
          <p class="evidence-notice" role="alert">
            {notice.text}
          </p>
        )}
        <OrphanList />
        {children}
      </div>
    </EvidenceContext.Provider>
  );
}
