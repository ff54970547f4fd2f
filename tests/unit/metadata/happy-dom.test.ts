import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle, readPaperMetadata } from '../../../core/metadata';

const here = path.dirname(fileURLToPath(import.meta.url));

function happyDocument(name: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(
    readFileSync(path.join(here, 'fixtures', name), 'utf8'),
  );
  return window.document as unknown as Document;
}

// The content script hands over whatever Document the browser gives; this
// checks the code relies on nothing jsdom-specific.
describe('with a happy-dom Document', () => {
  it('reads the same metadata as with jsdom', () => {
    const url = 'https://journal.example.org/article/glioma-radiomics';
    const doc = happyDocument('highwire-full.html', url);
    expect(looksLikeArticle(doc)).toBe(true);
    const meta = readPaperMetadata(doc, url);
    expect(meta.doi).toBe('10.5555/JER.2020.41.3.210');
    expect(meta.firstAuthor).toBe('Kowalski, Marta');
    expect(meta.pdfUrl).toBe(
      'https://journal.example.org/article/glioma-radiomics.pdf',
    );
  });

  it('reads the DOI from the opening text', () => {
    const url = 'https://journal.example.org/harmonising';
    const doc = happyDocument('labelled-doi-and-references.html', url);
    expect(readPaperMetadata(doc, url).doi).toBe('10.5555/Own.2021.042');
  });
});
