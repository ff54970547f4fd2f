/**
 * Anchoring benchmark. Run from the repository root with `npm run bench`
 * (needs ../shared/corpus beside the repository). It samples quotes from the
 * 2021 deep-review article, re-anchors them in the same text and in the
 * edited 2018 version, with our anchorQuote and with a peer built the way
 * the Hypothesis client anchors (bench/peer-hypothesis.ts), and prints, per
 * text and matcher: quotes anchored, anchored correctly (bench/judge.ts),
 * and time per quote. Figures only: timings vary by machine, nothing is
 * asserted.
 */
import { anchorQuote, type QuoteSelectors } from '../core/anchoring';
import { runContentScriptBench } from './content-script-bench';
import { corpusText } from './corpus-text';
import { isCorrect } from './judge';
import { peerAnchor } from './peer-hypothesis';
import { sampleQuotes } from './sample-quotes';
import { runPdfBench } from './pdf-bench';

type Matcher = (
  text: string,
  q: QuoteSelectors,
) => { start: number; end: number } | null;

interface Figures {
  anchored: number;
  correct: number;
  /** Per quote, whether it was anchored correctly. */
  right: boolean[];
  times: number[];
}

const SENTENCE_STEP = 7;

function measure(
  text: string,
  quotes: QuoteSelectors[],
  match: Matcher,
): Figures {
  const figures: Figures = { anchored: 0, correct: 0, right: [], times: [] };
  for (const q of quotes) {
    const t0 = performance.now();
    const found = match(text, q);
    figures.times.push(performance.now() - t0);
    const right = !!found && isCorrect(text, q, found.start, found.end);
    figures.right.push(right);
    figures.anchored += found ? 1 : 0;
    figures.correct += right ? 1 : 0;
  }
  return figures;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

function row(label: string, total: number, f: Figures): string {
  const sum = f.times.reduce((a, b) => a + b, 0);
  return [
    label.padEnd(26),
    `${f.anchored}/${total}`.padStart(9),
    `${f.correct}`.padStart(8),
    `${median(f.times).toFixed(3)} ms`.padStart(12),
    `${sum.toFixed(1)} ms`.padStart(11),
  ].join(' ');
}

const ours: Matcher = (text, q) => anchorQuote(text, q);
const versions = {
  '2021 (same text)': corpusText('deep-review-2021-12-28.html'),
  '2018 (edited text)': corpusText('deep-review-2018-04-09.html'),
};
const quotes = sampleQuotes(versions['2021 (same text)'], SENTENCE_STEP);

// Warm both matchers up so the JIT does not bill the first text measured.
for (const text of Object.values(versions)) {
  measure(text, quotes.slice(0, 40), ours);
  measure(text, quotes.slice(0, 40), peerAnchor);
}

console.log(
  `${quotes.length} quotes, every ${SENTENCE_STEP}th sentence of 30-200 characters`,
);
console.log(
  "peer: the Hypothesis client's way (approx-string-match, then context); " +
    'correct: found text and context within 10 % edits of the stored ones\n',
);
console.log(
  'text / matcher'.padEnd(26),
  'anchored'.padStart(9),
  'correct'.padStart(8),
  'median'.padStart(12),
  'total'.padStart(11),
);
for (const [name, text] of Object.entries(versions)) {
  const peer = measure(text, quotes, peerAnchor);
  const mine = measure(text, quotes, ours);
  console.log(row(`${name} peer`, quotes.length, peer));
  console.log(row(`${name} ours`, quotes.length, mine));
  const ratio =
    peer.times.reduce((a, b) => a + b, 0) /
    mine.times.reduce((a, b) => a + b, 0);
  const only = (a: Figures, b: Figures) =>
    a.right.filter((r, i) => r && !b.right[i]).length;
  console.log(
    `${''.padEnd(26)} speed-up (total time) x${ratio.toFixed(1)};`,
    `correct for peer only: ${only(peer, mine)}, ours only: ${only(mine, peer)}\n`,
  );
}

await runContentScriptBench();

await runPdfBench();
