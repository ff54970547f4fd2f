import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs';

// pdf.js's FindState values, as its find controller reports them.
const NOT_FOUND = 1;

/**
 * Wires the toolbar's find field to pdf.js's find controller: typing
 * searches (all matches highlighted), Enter and the arrows step through
 * matches, Ctrl+F (Cmd+F) focuses the field instead of the browser's find,
 * which cannot see inside pages that are not rendered yet. "Select match"
 * turns the current match into the page's selection: with the keyboard
 * alone, find a passage, select it, then add it to an item in the panel.
 */
export function wireFindBar(eventBus: EventBus): void {
  const input = byId<HTMLInputElement>('find-input');
  const result = byId<HTMLElement>('find-result');
  const find = (type: '' | 'again', findPrevious = false) =>
    eventBus.dispatch('find', {
      source: input,
      type,
      query: input.value,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious,
      matchDiacritics: false,
    });
  input.addEventListener('input', () => find(''));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') find('again', event.shiftKey);
  });
  byId('find-next').addEventListener('click', () => find('again'));
  byId('find-previous').addEventListener('click', () => find('again', true));
  byId('find-select').addEventListener('click', () => {
    if (!selectCurrentMatch()) result.textContent = 'No match to select';
  });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      input.select();
    }
  });
  const report = ({ matchesCount, state }: FindReport) => {
    if (!input.value) result.textContent = '';
    else if (state === NOT_FOUND) result.textContent = 'Not found';
    else if (matchesCount?.total) {
      result.textContent = `${matchesCount.current} of ${matchesCount.total}`;
    }
  };
  eventBus.on('updatefindmatchescount', report);
  eventBus.on('updatefindcontrolstate', report);
}

/**
 * Selects the text of the current match, which pdf.js marks with
 * `highlight selected` spans in the text layer (one per text span it
 * covers). False when no match is shown.
 */
function selectCurrentMatch(): boolean {
  const parts = document.querySelectorAll('.textLayer .highlight.selected');
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return false;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.childNodes.length);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
  return true;
}

interface FindReport {
  state?: number;
  matchesCount?: { current: number; total: number };
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}
