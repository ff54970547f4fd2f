// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addCapture } from '@/components/evidence/evidence-edits';
import type { CapturedQuote } from '@/core/evidence-protocol';
import { capture, emptyAssessment } from '../../unit/evidence/fixtures';
import { fakePort, fakeStore } from './fakes';
import { renderItem } from './harness';

const ITEM = 'R-SD-01';
const ARTICLE_QUOTE = 'We enrolled 120 patients.';
const PDF_QUOTE = 'Images were resampled to 1 mm.';

/** A quote taken on page 7 of the paper's PDF. */
function pdfCapture(exact: string, start: number): CapturedQuote {
  const source = {
    url: 'https://example.org/paper.pdf',
    kind: 'pdf' as const,
    page: 7,
  };
  return { ...capture(exact, start), source };
}

/** One quote from the article (q1) and one from the PDF (q2). */
function bothForms() {
  const a = addCapture(
    emptyAssessment(),
    capture(ARTICLE_QUOTE, 40),
    ITEM,
    2000,
    () => 'q1',
  );
  return addCapture(a, pdfCapture(PDF_QUOTE, 900), ITEM, 2100, () => 'q2');
}

function quoteItem(id: string) {
  return document.querySelector<HTMLElement>(`[data-evidence-id="${id}"]`)!;
}

function origin(id: string) {
  return quoteItem(id).querySelector('.evidence-origin')!.textContent;
}

function render(pageKind: 'html' | 'pdf', lost: string[]) {
  const port = fakePort();
  port.pageKind.value = pageKind;
  for (const id of lost) port.statuses[id] = 'orphaned';
  renderItem(fakeStore(bothForms()), port, ITEM);
  return port;
}

describe('where each quote was found', () => {
  afterEach(cleanup);

  it('labels a PDF quote with its page and an article quote as such', async () => {
    render('html', []);
    await screen.findByRole('button', { name: PDF_QUOTE });
    expect(origin('q1')).toBe('article');
    expect(origin('q2')).toBe('PDF p. 7');
  });

  it('shows a PDF quote the article lacks as being in the PDF', async () => {
    render('html', ['q2']);
    await waitFor(() =>
      expect(quoteItem('q2').dataset.state).toBe('other-form'),
    );
    expect(quoteItem('q2').textContent).toContain('Read it in the PDF, p. 7.');
    expect(quoteItem('q2').textContent).not.toContain('Not found in the page');
    expect(quoteItem('q1').dataset.state).toBe('anchored');
    expect(
      screen.queryByRole('region', { name: 'Quotes not found in the page' }),
    ).toBeNull();
  });

  it('shows an article quote the PDF lacks as being in the article', async () => {
    render('pdf', ['q1']);
    await waitFor(() =>
      expect(quoteItem('q1').dataset.state).toBe('other-form'),
    );
    expect(quoteItem('q1').textContent).toContain('Read it in the article.');
  });

  it('keeps an article quote the PDF text holds as anchored', async () => {
    render('pdf', []);
    await waitFor(() => expect(quoteItem('q1').dataset.state).toBe('anchored'));
  });

  it('lists a lost quote of the form now shown as orphaned', async () => {
    render('pdf', ['q2']);
    await screen.findByRole('region', { name: 'Quotes not found in the page' });
    expect(quoteItem('q2').dataset.state).toBe('orphaned');
  });

  it('counts a lost quote as orphaned while the page kind is unknown', async () => {
    const port = fakePort();
    port.statuses.q2 = 'orphaned';
    renderItem(fakeStore(bothForms()), port, ITEM);
    await waitFor(() => expect(quoteItem('q2').dataset.state).toBe('orphaned'));
  });
});
