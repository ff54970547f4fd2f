import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

/** Builds a Document from HTML as if it had been loaded from `url`. */
export function documentOf(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Loads a fixture of this folder as a Document at `url`. */
export function fixture(name: string, url: string): Document {
  return documentOf(
    readFileSync(path.join(here, 'fixtures', name), 'utf8'),
    url,
  );
}

/** Loads a file of the shared corpus as a Document at `url`. */
export function corpusDocument(name: string, url: string): Document {
  return documentOf(readFileSync(path.join(corpus, name), 'utf8'), url);
}
