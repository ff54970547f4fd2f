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
import { choose } from './panel-harness';

afterEach(cleanup);

const notArticle = {
  state: 'not-article' as const,
  url: 'https://example.org/search?q=radiomics',
  reason: 'No article metadata on this page.',
};

function startByHand(text: string) {
  fireEvent.input(screen.getByLabelText(/the paper's DOI or title/), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Start assessment' }));
}

describe('a page that is not an article', () => {
  it('says so and offers to start by hand', () => {
    render(<SidePanelApp platform={fakePlatform(notArticle)} />);

    expect(
      screen.getByRole('heading', { name: /not a recognised article/ }),
    ).toBeTruthy();
    expect(screen.getByText('No article metadata on this page.')).toBeTruthy();
    expect(document.querySelector('fieldset[data-item-id]')).toBeNull();
  });

  it('keys a hand-started paper by its lower-cased DOI', async () => {
    const platform = fakePlatform(notArticle);
    render(<SidePanelApp platform={platform} />);
    startByHand('https://doi.org/10.1148/RADIOL.2020191145');

    await screen.findByRole('region', { name: 'Results' });
    expect(
      screen.getByRole('link', { name: /10\.1148/ }).getAttribute('href'),
    ).toBe('https://doi.org/10.1148/RADIOL.2020191145');
    choose('R-SD-02', 'Yes');
    const id = assessmentId('doi:10.1148/radiol.2020191145', 'Ada', 'radar');
    await waitFor(() => expect(platform.stored.has(id)).toBe(true));
  });

  it('keys a hand-started paper by its normalised title', async () => {
    const platform = fakePlatform(notArticle);
    render(<SidePanelApp platform={platform} />);
    startByHand('  Radiomics:  Images Are More than Pictures! ');

    await screen.findByRole('region', { name: 'Results' });
    choose('R-SD-02', 'Yes');
    const id = assessmentId(
      'title:radiomics images are more than pictures',
      'Ada',
      'radar',
    );
    await waitFor(() => expect(platform.stored.has(id)).toBe(true));
  });

  it('asks again when the text is empty', () => {
    render(<SidePanelApp platform={fakePlatform(notArticle)} />);
    startByHand('   ');

    expect(screen.getByText(/Type a DOI/)).toBeTruthy();
  });
});
