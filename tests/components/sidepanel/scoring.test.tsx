// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { assessmentId } from '@/core/assessment/create';
import { fakePlatform } from './fake-platform';
import {
  answerProfile,
  articleMetadata,
  choose,
  itemFieldset,
  renderOpenPanel,
  shownTotal,
} from './panel-harness';

afterEach(cleanup);

const identity = { key: 'doi:10.1007/s00330-023-01234-5', aliases: [] };
const article = {
  state: 'article' as const,
  metadata: articleMetadata(),
  identity,
};

describe('live results', () => {
  it('scores an end-to-end deep-learning study on METRICS by its weights', async () => {
    const platform = fakePlatform(article, { rubricId: 'metrics' });
    await renderOpenPanel(platform);
    answerProfile('C5', 'Yes');
    choose('M01', 'Yes');
    choose('M02', 'Yes');
    choose('M03', 'Yes');

    // Items 1-3 weigh 0.0368 + 0.0735 + 0.0919 = 0.2022; with only Cond. 5
    // the applicable weights sum to 1 minus items 8, 9, 10, 12, 14, 15, 16
    // (0.1685) = 0.8315; 100 x 0.2022 / 0.8315 = 24.32 -> 24.3 %, Low.
    await waitFor(() => expect(shownTotal()).toBe('24.3 %'));
    expect(screen.getByText('Low')).toBeTruthy();
    expect(screen.getByText('0.2022 / 0.8315 points')).toBeTruthy();
    expect(
      screen.getByText(/3 of 23 applicable answered, 0 unclear/),
    ).toBeTruthy();
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Total 24.3 %, Low');
  });

  it('folds items the study profile rules out', async () => {
    const platform = fakePlatform(article, { rubricId: 'metrics' });
    await renderOpenPanel(platform);

    const folded = itemFieldset('M08').closest('details');
    expect(folded?.open).toBe(false);
    expect(folded?.querySelector('summary')?.textContent).toContain(
      'n/a for this study profile',
    );
    expect(itemFieldset('M01').closest('details')).toBeNull();
  });

  it('stores every answer with the reviewer and rubric of the record', async () => {
    const platform = fakePlatform(article, { rubricId: 'metrics' });
    await renderOpenPanel(platform);
    choose('M01', 'Yes');

    const id = assessmentId(identity.key, 'Ada', 'metrics');
    await waitFor(() =>
      expect(platform.stored.get(id)?.items.M01?.answer).toEqual({
        kind: 'option',
        optionId: 'yes',
      }),
    );
    expect(platform.stored.get(id)?.reviewer).toBe('Ada');
  });

  it('opens the chosen rubric’s own record for the same paper', async () => {
    const platform = fakePlatform(article);
    await renderOpenPanel(platform);
    fireEvent.change(screen.getByLabelText('Rubric'), {
      target: { value: 'rqs1' },
    });

    await waitFor(() => itemFieldset('Q01'));
    choose('Q02', 'Yes');
    const id = assessmentId(identity.key, 'Ada', 'rqs1');
    await waitFor(() => expect(platform.stored.has(id)).toBe(true));
    expect(platform.settings.rubricId).toBe('rqs1');
  });

  it('adds up the chosen options of a cumulative RQS 1.0 item', async () => {
    await renderOpenPanel(fakePlatform(article, { rubricId: 'rqs1' }));
    choose('Q01', 'Protocol well documented');
    choose('Q01', 'Public protocol used');
    choose('Q05', 'Either');

    // Item 1: 1 + 1 point, item 5: 3 points, of the published 36 -> 13.9 %.
    await waitFor(() => expect(shownTotal()).toBe('13.9 %'));
    expect(screen.getByText('5 / 36 points')).toBeTruthy();

    choose('Q01', 'Public protocol used');
    // Unticked: 1 + 3 = 4 of 36 -> 11.1 %.
    await waitFor(() => expect(shownTotal()).toBe('11.1 %'));
  });

  it('shows RADAR as the draft catalogue with its derived scores', async () => {
    await renderOpenPanel(fakePlatform(article));

    const rubric = screen.getByLabelText<HTMLSelectElement>('Rubric');
    expect(rubric.selectedOptions[0]?.textContent).toBe(
      'RADAR draft catalogue v0.1',
    );
    expect(screen.getByText('METRICS-equivalent (derived)')).toBeTruthy();
    expect(
      screen.getByText('Suggested readiness level (derived)'),
    ).toBeTruthy();
  });

  it('asks for the reviewer’s name before scoring', async () => {
    const platform = fakePlatform(article, { reviewer: '' });
    render(<SidePanelApp platform={platform} />);

    const name = await screen.findByText(/Enter your name before scoring/);
    expect(name).toBeTruthy();
    expect(document.querySelector('fieldset[data-item-id]')).toBeNull();
  });
});
