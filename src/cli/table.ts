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

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** Renders rows under a header, columns separated by two spaces; the last column is not padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
