const ISO_LIKE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?!\d)/;
const YEAR = /\b(1[6-9]\d\d|20\d\d)\b/;

/**
 * Reduces a publication date to `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * `2021/12/28` and `2021-12-28T09:00:00Z` keep their day; other spellings
 * ("Dec 2021", "28 December 2021") keep only the year: month names are
 * not parsed.
 */
export function normalizeDate(raw: string): string | undefined {
  const value = raw.trim();
  const iso = ISO_LIKE.exec(value);
  if (iso?.[1]) {
    const parts = [iso[1], iso[2], iso[3]].filter((p): p is string => !!p);
    return parts.map((p, i) => (i ? p.padStart(2, '0') : p)).join('-');
  }
  return YEAR.exec(value)?.[1];
}
