import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { buildTextMap } from '../core/anchoring';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../shared/corpus');

/** Returns the body text of a corpus HTML file, as the extension reads it. */
export function corpusText(file: string): string {
  const html = fs.readFileSync(path.join(corpus, file), 'utf8');
  const { document } = new JSDOM(html).window;
  return buildTextMap(document.body).text;
}
