import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser';
import type { CorpusServer } from '../../tests/e2e/support/corpus-server';
import { activeTabId, openPanelFor } from '../../tests/e2e/support/panel';
import { selectText } from '../../tests/e2e/support/page-text';
import {
  openPdf,
  selectAcrossSpans,
  viewerTabId,
} from '../../tests/e2e/support/pdf-viewer';

const ARTICLE = 'deep-review-2021-12-28.html';
const PDF = 'deep-review-2021-12-28.pdf';

/** An answer with the passage of the paper that supports it. */
interface EvidencedAnswer {
  itemId: string;
  option: string;
  passage?: string;
}

// Sentences of the deep-review article (2021 build), each inside one text
// node of the page. The paper is a review, not a radiomics study: the
// answers show the workflow, not a judgement of the paper.
const HTML_ANSWERS: EvidencedAnswer[] = [
  {
    itemId: 'R-SD-01',
    option: "Stated by the authors' group",
    passage:
      'Deep learning describes a class of machine learning algorithms that are capable of combining raw inputs into layers of intermediate features.',
  },
  {
    itemId: 'R-CD-01',
    option: 'No/unclear',
    passage:
      'Combining or replicating studies across systems thus requires controlling for both the above biases and dealing with mismatching standards.',
  },
  {
    itemId: 'R-IX-04',
    option: 'No',
    passage:
      'In spite of such optimism, the ability of deep learning models to indiscriminately extract predictive signals must also be assessed and operationalized with care.',
  },
  { itemId: 'R-SD-02', option: 'No' },
  { itemId: 'R-OS-02', option: 'Yes' },
];

/** Scores the HTML article in the side panel; returns the panel page. */
export async function scoreHtmlArticle(
  browser: ExtensionBrowser,
  corpus: CorpusServer,
  outDir: string,
): Promise<Page> {
  const article = await browser.context.newPage();
  await article.goto(corpus.url(ARTICLE), { waitUntil: 'load' });
  const panel = await openPanelFor(browser, await activeTabId(browser));
  const prompt = panel.locator('#reviewer-name-prompt');
  await prompt.fill('Demo Reviewer');
  await prompt.press('Enter');
  for (const answer of HTML_ANSWERS) {
    await answerWithEvidence(panel, article, answer);
  }
  await article.screenshot({ path: `${outDir}/article.png` });
  await panel.screenshot({ path: `${outDir}/panel-article.png` });
  console.log(`Scored ${HTML_ANSWERS.length} RADAR items on ${ARTICLE}`);
  return panel;
}

/** Opens the same paper's PDF and adds a passage of it as evidence. */
export async function scorePdf(
  browser: ExtensionBrowser,
  corpus: CorpusServer,
  outDir: string,
): Promise<void> {
  const pdf = await browser.context.newPage();
  await openPdf(pdf, corpus.url(PDF));
  const panel = await openPanelFor(browser, await viewerTabId(browser, PDF));
  const item = panel.locator('fieldset[data-item-id="R-SD-01"]');
  await item.waitFor({ timeout: 30_000 });
  // Page 1 of the PDF: the box that points to the published version.
  await pdf
    .locator('.page[data-page-number="1"] .textLayer span')
    .first()
    .waitFor();
  await selectAcrossSpans(
    pdf,
    'A published version of this',
    'termed version 1.0',
  );
  await item
    .getByRole('button', { name: 'Add selection to this item' })
    .click();
  await item
    .locator('.evidence-quote[data-state="anchored"]')
    .nth(1)
    .waitFor({ timeout: 30_000 });
  await pdf.screenshot({ path: `${outDir}/pdf.png` });
  await panel.screenshot({ path: `${outDir}/panel-pdf.png` });
  console.log(`Added a passage of ${PDF} (page 1) to the same assessment`);
}

async function answerWithEvidence(
  panel: Page,
  page: Page,
  answer: EvidencedAnswer,
): Promise<void> {
  const item = panel.locator(`fieldset[data-item-id="${answer.itemId}"]`);
  await item.getByRole('radio', { name: answer.option, exact: true }).check();
  if (!answer.passage) return;
  await selectText(page, answer.passage);
  await item
    .getByRole('button', { name: 'Add selection to this item' })
    .click();
  await item
    .locator('.evidence-quote[data-state="anchored"]')
    .first()
    .waitFor({ timeout: 30_000 });
}
