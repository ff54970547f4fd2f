import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  anchorQuote,
  buildTextMap,
  describeQuote,
} from '../../../core/anchoring';

const corpus = path.resolve(__dirname, '../../../../shared/corpus');

function bodyText(file: string): string {
  const html = fs.readFileSync(path.join(corpus, file), 'utf8');
  return buildTextMap(new JSDOM(html).window.document.body).text;
}

let v2021 = '';
let v2018 = '';

beforeAll(() => {
  v2021 = bodyText('deep-review-2021-12-28.html');
  v2018 = bodyText('deep-review-2018-04-09.html');
});

/** Selectors of a sentence of the 2021 text, as a reviewer would store them. */
function quoteOf2021(sentence: string) {
  const start = v2021.indexOf(sentence);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeQuote(v2021, start, start + sentence.length);
}

function anchoredIn(text: string, sentence: string) {
  const a = anchorQuote(text, quoteOf2021(sentence));
  return a && { ...a, text: text.slice(a.start, a.end) };
}

describe('anchorQuote on the deep-review article', () => {
  it('finds a quote of the 2021 text at its stored position', () => {
    const s = 'Both scvis [347] and scVI [348] are unsupervised approaches';
    const a = anchoredIn(v2021, s);
    expect(a).toMatchObject({ method: 'position', text: s });
  });

  it('finds an unchanged sentence in the 2018 text by its quote', () => {
    const s =
      'Deep learning has also been useful for dealing with batch effects';
    const a = anchoredIn(v2018, s);
    expect(a).toMatchObject({ method: 'exact', text: s });
  });

  // The 2018 version numbers its references differently; the expected texts
  // are read from deep-review-2018-04-09.html.
  it('finds a sentence whose citations were renumbered', () => {
    const a = anchoredIn(
      v2018,
      'such as CMAPpro [294], DNCON [295] and PConsC [296].',
    );
    expect(a?.method).toBe('fuzzy');
    expect(a?.text).toBe(
      'such as CMAPpro [248], DNCON [249] and PConsC [250].',
    );
    expect(a?.needsConfirmation).toBe(false);
  });

  it('finds the right sentence among similar ones after renumbering', () => {
    const a = anchoredIn(
      v2018,
      'Both scvis [347] and scVI [348] are unsupervised approaches based on ' +
        'variational autoencoders (VAEs).',
    );
    expect(a?.text).toBe(
      'Both scvis [302] and scVI [303] are unsupervised approaches based on ' +
        'variational autoencoders (VAEs).',
    );
  });

  it('returns null for a sentence added after 2018', () => {
    // "overly conservative" does not occur in the 2018 file.
    const s =
      'However, using reference-free cell type proportion estimates as ' +
      'potential confounders in adjusted models can be overly conservative.';
    expect(anchoredIn(v2018, s)).toBeNull();
  });
});
