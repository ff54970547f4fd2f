// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { addCapture } from '@/components/evidence/evidence-edits';
import { capture, emptyAssessment } from '../../unit/evidence/fixtures';
import { fakePort, fakeStore } from './fakes';
import { renderItem } from './harness';

const ITEM = 'R-SD-01';

describe('the evidence of an item', () => {
  afterEach(cleanup);

  it("lists the item's quotes and shows them on the page", async () => {
    const a = addCapture(
      emptyAssessment(),
      capture('We enrolled 120 patients.', 40),
      ITEM,
      2000,
      () => 'q1',
    );
    const port = fakePort();
    renderItem(fakeStore(a), port, ITEM);
    const quote = await screen.findByRole('button', {
      name: 'We enrolled 120 patients.',
    });
    await waitFor(() =>
      expect(quote.closest('li')!.dataset.state).toBe('anchored'),
    );
    expect(port.requests[0]).toMatchObject({
      type: 'evidence:show',
      quotes: [{ id: 'q1', domain: 'SD' }],
    });

    fireEvent.click(quote);
    await waitFor(() =>
      expect(port.requests.at(-1)).toEqual({
        type: 'evidence:scroll-to',
        id: 'q1',
      }),
    );
  });

  it("adds the page's selection to the item", async () => {
    const store = fakeStore(emptyAssessment());
    const port = fakePort();
    port.nextCapture = {
      ok: true,
      quote: capture('Images were resampled to 1 mm.', 300),
    };
    renderItem(store, port, ITEM);
    fireEvent.click(
      screen.getByRole('button', { name: 'Add selection to this item' }),
    );
    await screen.findByRole('button', {
      name: 'Images were resampled to 1 mm.',
    });
    const [entry] = Object.values(store.state.value!.evidence);
    expect(entry).toMatchObject({ itemIds: [ITEM], createdAt: 5000 });
  });

  it('tells the reviewer when nothing is selected', async () => {
    const port = fakePort();
    renderItem(fakeStore(emptyAssessment()), port, ITEM);
    fireEvent.click(
      screen.getByRole('button', { name: 'Add selection to this item' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Select a passage first.',
    );
  });

  it('adds the selection to the focused item on the shortcut', async () => {
    const store = fakeStore(emptyAssessment());
    const port = fakePort();
    port.nextCapture = {
      ok: true,
      quote: capture('Two readers segmented.', 90),
    };
    renderItem(store, port, ITEM);
    fireEvent.focusIn(
      screen.getByRole('button', { name: 'Add selection to this item' }),
    );
    port.shortcut();
    await screen.findByRole('button', { name: 'Two readers segmented.' });
    expect(Object.values(store.state.value!.evidence)[0]!.itemIds).toEqual([
      ITEM,
    ]);
  });

  it('removes a quote from the item', async () => {
    const a = addCapture(
      emptyAssessment(),
      capture('One.', 0),
      ITEM,
      2000,
      () => 'q1',
    );
    const store = fakeStore(a);
    renderItem(store, fakePort(), ITEM);
    const list = await screen.findByRole('list', { name: 'Evidence' });
    fireEvent.click(
      within(list).getByRole('button', { name: 'Remove from this item' }),
    );
    expect(store.state.value!.evidence.q1!.deleted).toBe(true);
    expect(screen.queryByRole('list', { name: 'Evidence' })).toBeNull();
    // Focus goes to the item's add button, not back to the page body.
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe(
        'Add selection to this item',
      ),
    );
  });
});
