/**
 * Saving files from an extension page: a Blob URL on a temporary link, so
 * nothing goes over the network.
 */

/** Starts the browser's download of a blob under a file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads a value as pretty-printed JSON. */
export function downloadJson(value: unknown, fileName: string): void {
  const text = JSON.stringify(value, null, 2);
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}

/** A file-name stem from free text: letters, digits and dashes only. */
export function fileStem(text: string): string {
  const stem = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'assessment';
}
