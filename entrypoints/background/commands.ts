import { browser } from 'wxt/browser';
import { ADD_SELECTION_SHORTCUT } from '@/components/evidence/evidence-messages';

/** The manifest's command that adds the page's selection to an item. */
export const ADD_SELECTION_COMMAND = 'add-selection-to-item';

/**
 * Forwards the add-selection shortcut to the side panel, which knows the
 * item that has focus. With no panel open the message finds no receiver
 * and the shortcut does nothing.
 */
export function registerEvidenceCommand(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command !== ADD_SELECTION_COMMAND) return;
    void browser.runtime
      .sendMessage(ADD_SELECTION_SHORTCUT)
      .catch(() => undefined);
  });
}
