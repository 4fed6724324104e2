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
/** Characters that are each a grapheme of their own whatever their neighbours (no marks, joiners, emoji,
 * variation selectors, jamo or format characters): Latin, punctuation, CJK, kana, Hangul syllables. */
const SIMPLE =
  /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e\u2e80-\u3029\u3030-\u3098\u309b-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uff9d\uffa0-\uffef\u{20000}-\u{3fffd}]*$/u;

/** Display width of one cell: {@link displayWidth}, with shortcuts for text whose characters stand alone. */
export function cellWidth(s: string): number {
  if (PRINTABLE_ASCII.test(s)) return s.length;
  if (!SIMPLE.test(s)) return displayWidth(s);
  // NOTE: no character here joins its neighbour, so graphemes are code points and segmenting can be skipped.
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += eastAsianWidth(cp);
  }
  return w;
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
