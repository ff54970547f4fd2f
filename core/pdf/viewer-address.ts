/**
 * The address of the viewer page for a PDF: `viewer.html?file=<address>`.
 * The browser's redirect rule writes the address unencoded (a rule cannot
 * encode), so the viewer reads everything after `file=` and decodes it only
 * when it is not already a plain address.
 */
export function viewerAddress(viewerPage: string, pdfUrl: string): string {
  return `${viewerPage}?file=${encodeURIComponent(pdfUrl)}`;
}

const PLAIN_ADDRESS = /^(?:https?|file):/i;

/** The PDF address in a viewer page's query string, or undefined. */
export function pdfAddressOf(search: string): string | undefined {
  const match = /^\??file=(.*)$/s.exec(search);
  const raw = match?.[1];
  if (!raw) return undefined;
  if (PLAIN_ADDRESS.test(raw)) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The host of an address, lower-cased; '' for `file:` and non-addresses. */
export function siteOf(address: string): string {
  try {
    return new URL(address).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The last part of an address's path, decoded: the PDF's file name. */
export function fileNameOf(address: string): string {
  let path = address;
  try {
    path = new URL(address).pathname;
  } catch {
    // A bare file name, as for a PDF picked from disk.
  }
  const name = path.split('/').pop() || address;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
