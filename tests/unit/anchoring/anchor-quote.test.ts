import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote } from '../../../core/anchoring';

const PAPER =
  'Radiomics extracts many features from images. Feature selection reduces ' +
  'them before a model is trained. The classification model was validated ' +
  'on an external cohort of 120 patients. Results were reported with ' +
  'confidence intervals. A meta-analysis pooled the studies.';

/** Stores the selectors of the first occurrence of `quote` in PAPER. */
function stored(quote: string) {
  const start = PAPER.indexOf(quote);
  return describeQuote(PAPER, start, start + quote.length);
}

const found = (text: string, a: { start: number; end: number } | null) =>
  a && text.slice(a.start, a.end);

describe('anchorQuote', () => {
  it('accepts the stored position when the text there is unchanged', () => {
    const a = anchorQuote(PAPER, stored('validated on an external cohort'));
    expect(a?.method).toBe('position');
    expect(found(PAPER, a)).toBe('validated on an external cohort');
  });

  it('finds a moved passage by its quote when the position is stale', () => {
    const moved = 'An added first sentence shifts everything. ' + PAPER;
    const a = anchorQuote(moved, stored('validated on an external cohort'));
    expect(a?.method).toBe('exact');
    expect(found(moved, a)).toBe('validated on an external cohort');
    expect(a?.needsConfirmation).toBe(false);
  });

  it('chooses among repeated quotes by prefix and suffix', () => {
    const text = 'the model is trained. x '.repeat(3) + PAPER;
    const selectors = stored('model is trained');
    const a = anchorQuote('prepended ' + text, selectors);
    // The occurrence in PAPER is preceded by "before a ".
    expect(a?.start).toBe(
      'prepended '.length + text.indexOf('before a model') + 9,
    );
  });

  it('matches a quote across a line-end hyphen', () => {
    const text = PAPER.replace('classification', 'classi-\nfication');
    const a = anchorQuote(text, stored('The classification model'));
    expect(found(text, a)).toBe('The classi-\nfication model');
  });

  it('matches a split compound to the joined one', () => {
    const text = PAPER.replace('meta-analysis', 'meta-\nanalysis');
    const a = anchorQuote(text, stored('A meta-analysis pooled'));
    expect(found(text, a)).toBe('A meta-\nanalysis pooled');
  });

  it('matches text holding a ligature character', () => {
    const text = PAPER.replace('classification', 'classi\uFB01cation');
    const a = anchorQuote(text, stored('The classification model'));
    expect(found(text, a)).toBe('The classi\uFB01cation model');
    expect(a?.method).toBe('exact');
  });

  it('matches text where the ligature became NUL', () => {
    const text = PAPER.replace('classification', 'classi\u0000cation');
    const a = anchorQuote(text, stored('The classification model was'));
    expect(found(text, a)).toBe('The classi\u0000cation model was');
    expect(a?.method).toBe('fuzzy');
  });

  it.each(['classi cation', 'classication'])(
    'matches text where the ligature vanished (%s)',
    (damaged) => {
      const text = PAPER.replace('classification', damaged);
      const a = anchorQuote(text, stored('The classification model was'));
      expect(found(text, a)).toBe(`The ${damaged} model was`);
    },
  );

  it('returns null for a removed passage', () => {
    const selectors = stored(
      'Results were reported with confidence intervals.',
    );
    const text = PAPER.replace(
      'Results were reported with confidence intervals. ',
      '',
    );
    expect(anchorQuote(text, selectors)).toBeNull();
  });

  it('flags a short quote that only matches loosely', () => {
    const selectors = stored('120 patients');
    const text = PAPER.replace('120 patients', '112 patient');
    const a = anchorQuote(text, selectors);
    expect(a?.method).toBe('fuzzy');
    expect(a?.needsConfirmation).toBe(true);
  });

  it('returns null for an empty quote', () => {
    expect(anchorQuote(PAPER, describeQuote(PAPER, 5, 5))).toBeNull();
  });
});
