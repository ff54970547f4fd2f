// pdf.js gives U+0000 for a ligature glyph its font does not map ("di\0usion"
// for "diffusion"); other control characters can come from odd PDFs too. The
// stored quote keeps them, since anchoring relies on the text as extracted;
// readers see the replacement character instead of an invisible gap.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A quote as shown to reviewers: unreadable control characters marked. */
export function readableQuote(text: string | undefined): string {
  return (text ?? '').replace(CONTROL, '\uFFFD');
}
