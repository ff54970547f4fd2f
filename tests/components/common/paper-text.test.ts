import { describe, expect, it } from 'vitest';
import { displayTitle } from '@/components/common/paper-text';

describe('displayTitle', () => {
  it('prefers the title', () => {
    expect(
      displayTitle({ title: ' Radiomics ', pageUrl: 'x/a.pdf' }, '?'),
    ).toBe('Radiomics');
  });

  it('names a paper without title by the file it was read from', () => {
    const meta = { pageUrl: 'http://127.0.0.1:8/ocrmypdf%20scan.pdf?x=1' };
    expect(displayTitle(meta, '?')).toBe('ocrmypdf scan.pdf');
  });

  it('falls back when there is neither title nor address', () => {
    expect(displayTitle({}, 'Untitled paper')).toBe('Untitled paper');
  });
});
