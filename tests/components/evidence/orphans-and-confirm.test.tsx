// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addCapture } from '@/components/evidence/evidence-edits';
import { capture, emptyAssessment } from '../../unit/evidence/fixtures';
import { fakePort, fakeStore } from './fakes';
import { renderItem } from './harness';

const ITEM = 'R-SD-01';
const LOST = 'A sentence the page no longer has.';

function withQuote(exact: string) {
  return addCapture(
    emptyAssessment(),
    capture(exact, 10),
    ITEM,
    2000,
    () => 'q1',
  );
}

function orphanList() {
  return screen.findByRole('region', { name: 'Quotes not found in the page' });
}

describe('orphaned quotes', () => {
  afterEach(cleanup);

  it('lists an orphaned quote with its text and items, kept in the record', async () => {
    const store = fakeStore(withQuote(LOST));
    const port = fakePort();
    port.statuses.q1 = 'orphaned';
    renderItem(store, port, ITEM);
    const list = await orphanList();
    expect(list.textContent).toContain(LOST);
    expect(list.textContent).toContain('SD-01');
    expect(store.state.value!.evidence.q1!.deleted).toBeUndefined();
  });

  it('re-links an orphan to the selected passage', async () => {
    const store = fakeStore(withQuote(LOST));
    const port = fakePort();
    port.statuses.q1 = 'orphaned';
    renderItem(store, port, ITEM);
    const list = await orphanList();
    port.statuses.q1 = 'anchored';
    port.nextCapture = {
      ok: true,
      quote: capture('The sentence as it reads now.', 80),
    };
    fireEvent.click(
      within(list).getByRole('button', { name: 'Re-link to selection' }),
    );
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());
    expect(store.state.value!.evidence.q1!.selectors[0]!.exact).toBe(
      'The sentence as it reads now.',
    );
  });
});

describe('confirming a loose match', () => {
  afterEach(cleanup);

  it('counts a confirmed match as found', async () => {
    const port = fakePort();
    port.statuses.q1 = 'needs-confirmation';
    renderItem(fakeStore(withQuote('A passage found loosely.')), port, ITEM);
    const yes = await screen.findByRole('button', {
      name: 'Yes, this passage',
    });
    fireEvent.click(yes);
    const quote = screen.getByRole('button', {
      name: 'A passage found loosely.',
    });
    await waitFor(() =>
      expect(quote.closest('li')!.dataset.state).toBe('anchored'),
    );
  });

  it('sends a rejected match to the orphans and stops showing it', async () => {
    const port = fakePort();
    port.statuses.q1 = 'needs-confirmation';
    renderItem(fakeStore(withQuote('A passage found loosely.')), port, ITEM);
    fireEvent.click(await screen.findByRole('button', { name: 'No' }));
    expect((await orphanList()).textContent).toContain(
      'A passage found loosely.',
    );
    await waitFor(() =>
      expect(port.requests.at(-1)).toEqual({
        type: 'evidence:show',
        quotes: [],
      }),
    );
  });
});
