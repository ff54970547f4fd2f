// Query parameters that record how a reader arrived, not what they read.
// Kept to names that are never meaningful: dropping a parameter that selects
// content (`ref`, `source` on some sites) would merge two papers into one.
const TRACKING_PARAM =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|s_cid|cmpid)$/i;

/**
 * Resolves `url` against `base` and drops the fragment and tracking
 * parameters, so that two visits to the same page give the same string.
 * Returns undefined for a value that is not an http(s) URL.
 */
export function cleanUrl(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return undefined;
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  return parsed.href.replace(/\?$/, '');
}

/** Parses a URL without throwing. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Decodes percent-escapes, leaving a malformed value as it is. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
