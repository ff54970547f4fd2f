/** Turns a pdf.js loading failure into a sentence a reviewer can act on. */
export function describeLoadError(error: unknown, name: string): string {
  const kind = (error as { name?: string } | null)?.name ?? '';
  if (kind === 'PasswordException') {
    return `“${name}” is password-protected. Open it in another reader, save an unprotected copy, then open that copy here.`;
  }
  if (kind === 'InvalidPDFException') {
    return `“${name}” is not a readable PDF: the file is damaged or is not a PDF at all.`;
  }
  if (kind === 'ResponseException' || kind === 'MissingPDFException') {
    return `“${name}” could not be downloaded. Check that the address still opens in a normal tab.`;
  }
  return `“${name}” could not be opened: ${String((error as Error)?.message ?? error)}`;
}
