// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { fakePlatform } from './fake-platform';
import { articleMetadata } from './panel-harness';

afterEach(cleanup);

const identity = { key: 'doi:10.1007/s00330-023-01234-5', aliases: [] };

describe('paper header', () => {
  it('shows title, first author with et al., year, journal and DOI link', async () => {
    const metadata = articleMetadata();
    const platform = fakePlatform({ state: 'article', metadata, identity });
    render(<SidePanelApp platform={platform} />);

    expect(
      screen.getByRole('heading', { name: 'Radiomics of lung nodules on CT' }),
    ).toBeTruthy();
    expect(
      screen.getByText('Jane Smith et al. · 2023 · European Radiology'),
    ).toBeTruthy();
    const link = screen.getByRole('link', {
      name: '10.1007/s00330-023-01234-5',
    });
    expect(link.getAttribute('href')).toBe(
      'https://doi.org/10.1007/s00330-023-01234-5',
    );
  });

  it('names a single author without et al.', () => {
    const metadata = articleMetadata({
      authors: ['Jane Smith'],
      journal: undefined,
      year: undefined,
      date: '2021-05-04',
    });
    const platform = fakePlatform({ state: 'article', metadata, identity });
    render(<SidePanelApp platform={platform} />);

    expect(screen.getByText('Jane Smith · 2021')).toBeTruthy();
  });

  it('says the page is being read while the paper is loading', () => {
    render(<SidePanelApp platform={fakePlatform({ state: 'loading' })} />);

    expect(screen.getByRole('status').textContent).toContain(
      'Reading the page',
    );
  });

  it('follows the reviewer to another tab', async () => {
    const platform = fakePlatform({
      state: 'article',
      metadata: articleMetadata(),
      identity,
    });
    render(<SidePanelApp platform={platform} />);
    platform.paper.value = {
      state: 'article',
      metadata: articleMetadata({ title: 'Another paper', doi: '10.1/xyz' }),
      identity: { key: 'doi:10.1/xyz', aliases: [] },
    };

    expect(
      await screen.findByRole('heading', { name: 'Another paper' }),
    ).toBeTruthy();
  });
});
