// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentId, createAssessment } from '@/core/assessment/create';
import { setItemAnswer } from '@/core/assessment/edit';
import { fakePlatform } from './fake-platform';
import {
  articleMetadata,
  choose,
  itemFieldset,
  renderOpenPanel,
  shownTotal,
} from './panel-harness';

afterEach(cleanup);

const key = 'doi:10.1007/s00330-023-01234-5';
const article = {
  state: 'article' as const,
  metadata: articleMetadata(),
  identity: { key, aliases: [] },
};
const id = assessmentId(key, 'Ada', 'metrics');
const yes = { kind: 'option' as const, optionId: 'yes' };

function isChecked(itemId: string, label: string): boolean {
  return within(itemFieldset(itemId)).getByLabelText<HTMLInputElement>(label)
    .checked;
}

describe('saving', () => {
  it('dispatches a note still waiting for its save as the panel unloads', async () => {
    const platform = fakePlatform(article, { rubricId: 'metrics' });
    await renderOpenPanel(platform);
    const note = within(itemFieldset('M04')).getByLabelText('Note');
    fireEvent.input(note, { target: { value: 'multi-centre?' } });
    // Before the typing delay is over, the page goes away.
    dispatchEvent(new Event('pagehide'));
    expect(platform.stored.get(id)?.items.M04?.note).toBe('multi-centre?');
  });

  it('shows why a save failed, keeps the answer and saves it with the next change', async () => {
    const platform = fakePlatform(article, { rubricId: 'metrics' });
    await renderOpenPanel(platform);
    platform.failNextSave = 'The browser has no room left.';
    choose('M01', 'Yes');

    const alert = await screen.findByText('The browser has no room left.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(isChecked('M01', 'Yes')).toBe(true);
    expect(platform.stored.has(id)).toBe(false);

    choose('M02', 'Yes');
    await waitFor(() =>
      expect(platform.stored.get(id)?.items.M01?.answer).toEqual(yes),
    );
    expect(platform.stored.get(id)?.items.M02?.answer).toEqual(yes);
    expect(screen.queryByText('The browser has no room left.')).toBeNull();
  });

  it('writes answers a failed save left behind when the reviewer moves on', async () => {
    const platform = fakePlatform(article, { rubricId: 'metrics' });
    await renderOpenPanel(platform);
    platform.failNextSave = 'The browser has no room left.';
    choose('M01', 'Yes');
    await screen.findByText('The browser has no room left.');

    platform.paper.value = { state: 'not-article' };
    await waitFor(() =>
      expect(platform.stored.get(id)?.items.M01?.answer).toEqual(yes),
    );
  });

  it('merges a change another panel made to the same record', async () => {
    const platform = fakePlatform(article, { rubricId: 'metrics' });
    platform.clock.now = 5_000;
    await renderOpenPanel(platform);
    choose('M01', 'Yes');
    await waitFor(() => expect(platform.stored.has(id)).toBe(true));

    // The other panel answered M02 later, and M01 "no" earlier than we did.
    let theirs = createAssessment({
      paper: { key, aliases: [], metadata: {} },
      reviewer: 'Ada',
      rubric: { id: 'metrics', version: '1.0' },
      now: 1_000,
    });
    theirs = setItemAnswer(
      theirs,
      'M01',
      { kind: 'option', optionId: 'no' },
      2_000,
    );
    theirs = setItemAnswer(theirs, 'M02', yes, 9_000);
    platform.emitChange(theirs);

    await waitFor(() => expect(isChecked('M02', 'Yes')).toBe(true));
    expect(isChecked('M01', 'Yes')).toBe(true);
    // Items 1 and 2 weigh 0.0368 + 0.0735 = 0.1103. With the default
    // profile (every condition "no") items 8-10, 12 and 14-17 drop out:
    // 0.0337 + 0.0225 + 0.0112 + 0.0311 + 4 x 0.02 + 0.03 = 0.1885, leaving
    // 1 - 0.1885 = 0.8115; 100 x 0.1103 / 0.8115 = 13.59 -> 13.6 %.
    expect(shownTotal()).toBe('13.6 %');
  });

  it('loads the stored record of the paper, reviewer and rubric', async () => {
    const platform = fakePlatform(article, { rubricId: 'metrics' });
    let stored = createAssessment({
      paper: { key, aliases: [], metadata: {} },
      reviewer: 'Ada',
      rubric: { id: 'metrics', version: '1.0' },
      now: 1_000,
    });
    stored = setItemAnswer(stored, 'M03', yes, 1_000);
    platform.stored.set(stored.id, stored);
    await renderOpenPanel(platform);

    expect(isChecked('M03', 'Yes')).toBe(true);
  });
});
