// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceRequest } from '@/core/evidence-protocol';
import { emptyAssessment } from '../../unit/evidence/fixtures';
import { fakePort, fakeStore } from './fakes';
import { renderItem } from './harness';

const ITEM = 'R-SD-01';
const SCAN = 'https://example.org/scanned.pdf';

/** A port whose page is a five-page scan showing page 3. */
function scanPort() {
  const port = fakePort();
  port.nextCapture = {
    ok: false,
    reason: 'no-text-layer',
    message: 'This PDF is a scan. Add a page note instead.',
    source: { url: SCAN, kind: 'pdf', page: 3 },
    pageCount: 5,
  };
  return port;
}

async function openForm() {
  fireEvent.click(
    screen.getByRole('button', { name: 'Add selection to this item' }),
  );
  return screen.findByRole('form', { name: 'Add a page note' });
}

function fill(form: HTMLElement, page: string, note: string) {
  const pageField = within(form).getByRole('spinbutton', { name: 'Page' });
  fireEvent.input(pageField, { target: { value: page } });
  const noteField = within(form).getByRole('textbox', {
    name: 'Note on the page',
  });
  fireEvent.input(noteField, { target: { value: note } });
  fireEvent.submit(form);
}

function shownIds(requests: EvidenceRequest[]): string[] {
  return requests.flatMap((r) =>
    r.type === 'evidence:show' ? r.quotes.map((q) => q.id) : [],
  );
}

describe('the page note form', () => {
  afterEach(cleanup);

  it('opens on a scan with the page in view prefilled', async () => {
    renderItem(fakeStore(emptyAssessment()), scanPort(), ITEM);
    const form = await openForm();
    const page = within(form).getByRole('spinbutton', { name: 'Page' });
    expect((page as HTMLInputElement).value).toBe('3');
    expect(page.getAttribute('max')).toBe('5');
    expect(
      screen.queryByRole('button', { name: 'Add selection to this item' }),
    ).toBeNull();
  });

  it('refuses an empty note and a page past the last one', async () => {
    const store = fakeStore(emptyAssessment());
    renderItem(store, scanPort(), ITEM);
    const form = await openForm();
    fill(form, '3', '   ');
    expect(within(form).getByRole('alert').textContent).toBe(
      'Write the note first.',
    );
    fill(form, '6', 'Scanner settings in table 2.');
    expect(within(form).getByRole('alert').textContent).toBe(
      'Give a page number from 1 to 5.',
    );
    expect(store.state.value!.evidence).toEqual({});
  });

  it('stores a selector-less entry on the chosen page, linked to the item', async () => {
    const store = fakeStore(emptyAssessment());
    const port = scanPort();
    renderItem(store, port, ITEM);
    fill(await openForm(), '4', 'Scanner settings in table 2.');
    const entries = Object.values(store.state.value!.evidence);
    expect(entries).toEqual([
      {
        id: expect.any(String),
        itemIds: [ITEM],
        selectors: [],
        source: { url: SCAN, kind: 'pdf', page: 4 },
        comment: 'Scanner settings in table 2.',
        createdAt: 5000,
        updatedAt: 5000,
      },
    ]);
    expect(screen.queryByRole('form')).toBeNull();

    const note = await screen.findByText('Scanner settings in table 2.');
    const item = note.closest('li')!;
    expect(item.dataset.state).toBe('note');
    expect(item.querySelector('.evidence-origin')!.textContent).toContain(
      'PDF p. 4',
    );
    await waitFor(() => expect(shownIds(port.requests)).toEqual([]));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('removes a page note from the item', async () => {
    const store = fakeStore(emptyAssessment());
    renderItem(store, scanPort(), ITEM);
    fill(await openForm(), '1', 'Title page only.');
    const list = await screen.findByRole('list', { name: 'Evidence' });
    fireEvent.click(
      within(list).getByRole('button', { name: 'Remove from this item' }),
    );
    const [entry] = Object.values(store.state.value!.evidence);
    expect(entry!.deleted).toBe(true);
    expect(screen.queryByText('Title page only.')).toBeNull();
  });

  it('goes back to the add button on cancel', async () => {
    renderItem(fakeStore(emptyAssessment()), scanPort(), ITEM);
    const form = await openForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    screen.getByRole('button', { name: 'Add selection to this item' });
  });
});
