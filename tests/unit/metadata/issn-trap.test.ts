import { describe, expect, it } from 'vitest';
import {
  paperIdentity,
  readPaperMetadata,
  samePaper,
} from '../../../core/metadata';
import { fixture } from './dom';

// Two articles of one journal whose only dc.identifier is the journal ISSN.
describe('articles sharing a journal ISSN', () => {
  const urlA = 'https://journal.example.org/renal-texture';
  const urlB = 'https://journal.example.org/prostate-repeatability';
  const a = readPaperMetadata(fixture('issn-article-a.html', urlA), urlA);
  const b = readPaperMetadata(fixture('issn-article-b.html', urlB), urlB);

  it('reads the ISSN as a journal ISSN, not a DOI', () => {
    expect(a.doi).toBeUndefined();
    expect(b.doi).toBeUndefined();
    expect(a.issns).toEqual(['2434-561X']);
    expect(b.issns).toEqual(['2434-561X']);
  });

  it('reads the rest from Dublin Core', () => {
    expect(a.title).toBe('Texture features of renal masses on contrast CT');
    expect(a.authors).toEqual(['Ana Ferreira', 'Li Wei']);
    expect(a.date).toBe('2019-05-14');
    expect(a.publisher).toBe('Example Society of Imaging');
    expect(a.sources.authors).toBe('dublin-core');
  });

  it('keeps them two papers', () => {
    expect(paperIdentity(a).key).toBe(`url:${urlA}`);
    expect(paperIdentity(b).key).toBe(`url:${urlB}`);
    expect(paperIdentity(a).aliases.join()).not.toContain('2434');
    expect(samePaper(a, b)).toBe(false);
  });
});
