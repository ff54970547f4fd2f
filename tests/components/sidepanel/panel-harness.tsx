/**
 * Renders the side panel over a fake platform and finds its parts the way a
 * reviewer (or a screen reader) would.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import type { PaperMetadata } from '@/core/metadata';
import type { FakePlatform } from './fake-platform';

/** A small article record; tests override what they look at. */
export function articleMetadata(
  overrides: Partial<PaperMetadata> = {},
): PaperMetadata {
  return {
    title: 'Radiomics of lung nodules on CT',
    authors: ['Jane Smith', 'Li Wei', 'Ana Costa'],
    firstAuthor: 'Jane Smith',
    year: 2023,
    journal: 'European Radiology',
    doi: '10.1007/s00330-023-01234-5',
    relatedDois: [],
    issns: [],
    canonicalUrl: 'https://example.org/article/1',
    pageUrl: 'https://example.org/article/1',
    sources: {},
    ...overrides,
  };
}

/** Renders the panel and waits until the assessment is open. */
export async function renderOpenPanel(platform: FakePlatform) {
  const view = render(<SidePanelApp platform={platform} />);
  await screen.findByRole('region', { name: 'Results' });
  return view;
}

/** The fieldset of an item. */
export function itemFieldset(itemId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(
    `fieldset[data-item-id="${itemId}"]`,
  );
  if (!found) throw new Error(`no item ${itemId}`);
  return found;
}

/** Clicks the choice with this label in an item. */
export function choose(itemId: string, label: string): void {
  fireEvent.click(within(itemFieldset(itemId)).getByLabelText(label));
}

/** Answers a study-profile question. */
export function answerProfile(questionId: string, label: string): void {
  const fieldset = document.querySelector<HTMLElement>(
    `fieldset[data-question-id="${questionId}"]`,
  );
  if (!fieldset) throw new Error(`no profile question ${questionId}`);
  fireEvent.click(within(fieldset).getByLabelText(label));
}

/** The total percentage as shown. */
export function shownTotal(): string {
  return screen.getByTestId('total').textContent ?? '';
}
