import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../../core/metadata/dates';

describe('normalizeDate', () => {
  it.each([
    ['2021/12/28', '2021-12-28'],
    ['2021-12-28T09:00:00Z', '2021-12-28'],
    ['2020-7-9', '2020-07-09'],
    ['2019-05', '2019-05'],
    ['2018', '2018'],
    ['28 December 2017', '2017'],
  ])('reduces %s to %s', (raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected);
  });

  it('returns undefined without a year', () => {
    expect(normalizeDate('in press')).toBeUndefined();
  });
});
