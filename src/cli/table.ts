/** Plain-text tables for the terminal that line up Chinese (double-width) and Latin text. */
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Display width of a string in a terminal, per grapheme by Unicode's East Asian Width: CJK (including 𠮷),
 * full-width forms and emoji such as 📱 count two columns, combining marks none, the rest one.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const { segment } of graphemes.segment(s)) {
    if (ZERO_WIDTH.test(segment)) continue;
    // NOTE: an emoji sequence (ZWJ, skin tone, U+FE0F) is one grapheme and takes the width of its first character.
    w += segment.includes('\uFE0F') ? 2 : eastAsianWidth(segment.codePointAt(0)!);
  }
  return w;
}

// NOTE: printable ASCII is one column per character; skipping the per-character walk matters on big tables.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Display width of one cell: {@link displayWidth}, with a shortcut for printable ASCII. */
export function cellWidth(s: string): number {
  return PRINTABLE_ASCII.test(s) ? s.length : displayWidth(s);
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - cellWidth(s)));

/** Widens `widths` (one per column) to fit a row; a loop, so any number of rows fits on the stack. */
export function fitRow(widths: number[], row: readonly string[]): void {
  for (let i = 0; i < widths.length; i++) {
    const w = cellWidth(row[i] ?? '');
    if (w > widths[i]!) widths[i] = w;
  }
}

/** One table line: columns padded to `widths` and separated by two spaces; the last column is not padded. */
export function tableLine(row: readonly string[], widths: readonly number[]): string {
  return row
    .map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]!)))
    .join('  ')
    .trimEnd();
}

/** The rule under a table's header. */
export const tableRule = (widths: readonly number[]) =>
  tableLine(
    widths.map((w) => '-'.repeat(w)),
    widths,
  );

/** Renders rows under a header, columns separated by two spaces; the last column is not padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map(cellWidth);
  for (const r of rows) fitRow(widths, r);
  const out = [tableLine(header, widths), tableRule(widths)];
  for (const r of rows) out.push(tableLine(r, widths));
  return out.join('\n');
}
