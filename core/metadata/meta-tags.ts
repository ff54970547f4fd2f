/** Meta tag contents keyed by lower-cased `name` or `property`. */
export type MetaTags = Map<string, string[]>;

/**
 * Collects every `<meta>` of the document in one pass. Names are lower-cased
 * because publishers spell them freely (`DC.Identifier`, `dc.identifier`).
 */
export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of doc.querySelectorAll('meta')) {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property');
    const content = meta.getAttribute('content')?.trim();
    if (!name || !content) continue;
    const key = name.trim().toLowerCase();
    const values = tags.get(key);
    if (values) values.push(content);
    else tags.set(key, [content]);
  }
  return tags;
}

/** The first value of the first of `names` that the page has. */
export function first(tags: MetaTags, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = tags.get(name)?.[0];
    if (value) return value;
  }
  return undefined;
}

/** Every value of every one of `names`, in the order of `names`. */
export function all(tags: MetaTags, ...names: string[]): string[] {
  return names.flatMap((name) => tags.get(name) ?? []);
}
