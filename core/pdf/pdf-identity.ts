import { paperIdentity } from '../metadata/identity';
import type { PaperIdentity, PaperMetadata } from '../metadata/types';

const ADDRESS = /^(?:https?|file):/i;

/**
 * Names a PDF as a paper: by its DOI when it has one, else by its address,
 * else (a file picked from disk has none) by its pdf.js fingerprint. The
 * aliases add `pdf:<fingerprint>`, which names the same file under any
 * address, and `url:<address>` for `file:` addresses too, which the
 * article-page rules leave out.
 */
export function pdfIdentity(
  meta: PaperMetadata,
  fingerprint: string,
): PaperIdentity {
  const base = paperIdentity(meta);
  const address = ADDRESS.test(meta.pageUrl)
    ? `url:${meta.pageUrl}`
    : undefined;
  // A picked file's name is no address: drop the `url:` name built from it.
  const names = [base.key, ...base.aliases].filter(
    (name) => !name.startsWith('url:') || ADDRESS.test(name.slice(4)),
  );
  const strong = names.find((name) => !name.startsWith('url:'));
  const fingerprintName = `pdf:${fingerprint}`;
  const key = strong ?? names[0] ?? address ?? fingerprintName;
  const all = new Set([...names, address, fingerprintName]);
  all.delete(key);
  all.delete(undefined);
  return { key, aliases: [...all] as string[] };
}
