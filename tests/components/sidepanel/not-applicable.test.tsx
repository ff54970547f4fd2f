// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentId } from '@/core/assessment/create';
import { fakePlatform } from './fake-platform';
import {
  articleMetadata,
  choose,
  itemFieldset,
  renderOpenPanel,
} from './panel-harness';

afterEach(cleanup);

const key = 'doi:10.1007/s00330-023-01234-5';
const article = {
  state: 'article' as const,
  metadata: articleMetadata(),
  identity: { key, aliases: [] },
};

function applicableCount(): number {
  const text = screen.getByText(/applicable answered/).textContent ?? '';
  return Number(/of (\d+) applicable/.exec(text)?.[1]);
}

describe('not applicable', () => {
  it('records the override only once a justification is given', async () => {
    const platform = fakePlatform(article);
    await renderOpenPanel(platform);
    const before = applicableCount();
    choose('R-SD-03', 'Not applicable');

    const field = await within(itemFieldset('R-SD-03')).findByLabelText(
      /Why it does not apply/,
    );
    expect(applicableCount()).toBe(before);
    expect(platform.saves).toHaveLength(0);

    fireEvent.input(field, { target: { value: 'Single-reader pilot study' } });
    await waitFor(() => expect(applicableCount()).toBe(before - 1));
    const id = assessmentId(key, 'Ada', 'radar');
    await waitFor(() =>
      expect(platform.stored.get(id)?.items['R-SD-03']?.answer).toEqual({
        kind: 'not-applicable',
        justification: 'Single-reader pilot study',
      }),
    );
  });

  it('drops the override when the justification is emptied', async () => {
    const platform = fakePlatform(article);
    await renderOpenPanel(platform);
    const before = applicableCount();
    choose('R-SD-03', 'Not applicable');
    const field = await within(itemFieldset('R-SD-03')).findByLabelText(
      /Why it does not apply/,
    );
    fireEvent.input(field, { target: { value: 'Pilot' } });
    await waitFor(() => expect(applicableCount()).toBe(before - 1));

    fireEvent.input(field, { target: { value: '  ' } });
    await waitFor(() => expect(applicableCount()).toBe(before));
  });
});
