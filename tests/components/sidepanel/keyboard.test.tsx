// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakePlatform } from './fake-platform';
import {
  articleMetadata,
  itemFieldset,
  renderOpenPanel,
} from './panel-harness';

afterEach(cleanup);

const article = {
  state: 'article' as const,
  metadata: articleMetadata(),
  identity: { key: 'doi:10.1007/s00330-023-01234-5', aliases: [] },
};

function press(key: string) {
  fireEvent.keyDown(document.activeElement!, { key });
}

function checkedLabel(itemId: string): string | undefined {
  const input = itemFieldset(itemId).querySelector('input:checked');
  return input?.closest('label')?.textContent ?? undefined;
}

describe('keyboard shortcuts inside an item', () => {
  beforeEach(async () => {
    await renderOpenPanel(fakePlatform(article));
    within(itemFieldset('R-SD-02')).getByLabelText('No').focus();
  });

  it('moves to the next and previous item with j and k', () => {
    press('j');
    expect(itemFieldset('R-SD-03').contains(document.activeElement)).toBe(true);
    press('k');
    press('k');
    expect(itemFieldset('R-SD-01').contains(document.activeElement)).toBe(true);
  });

  it('chooses the n-th option with a digit', async () => {
    press('2');
    await waitFor(() => expect(checkedLabel('R-SD-02')).toBe('Yes'));
    // Weight 2 of the applicable RADAR items, credit 1.
    expect(screen.getByText(/^2 \/ \d+ points$/)).toBeTruthy();
  });

  it('marks the item unclear with u', async () => {
    press('u');
    await waitFor(() =>
      expect(checkedLabel('R-SD-02')).toBe('Not reported / unclear'),
    );
    expect(
      screen.getByText(/0 of \d+ applicable answered, 1 unclear/),
    ).toBeTruthy();
  });

  it('chooses not applicable with n and focuses the justification', async () => {
    press('n');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('id')).toBe(
        'justification-R-SD-02',
      ),
    );
    expect(checkedLabel('R-SD-02')).toBe('Not applicable');
  });

  it('leaves letters typed into a note alone', () => {
    const note = within(itemFieldset('R-SD-02')).getByLabelText('Note');
    note.focus();
    press('j');
    expect(document.activeElement).toBe(note);
  });
});
