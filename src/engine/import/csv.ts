/**
 * A strict RFC 4180 CSV reader: comma-separated fields, double-quoted fields that may hold commas, quotes
 * (doubled) and line breaks, CRLF or LF line ends, a leading BOM ignored. A quote inside an unquoted field or
 * text after a closing quote is an error naming the line only — never the field, which may be a password.
 */

/** The records of a CSV text, each with the line it starts on; or the line of the first malformed field. */
export type CsvResult =
  | { ok: true; records: { line: number; fields: string[] }[] }
  | { ok: false; line: number; problem: 'stray_quote' | 'unterminated_quote' };

/** Reads every record of `text`; blank lines (outside quotes) are skipped. */
export function readCsv(text: string): CsvResult {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let quotedField = false;
  const n = s.length;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) records.push({ line: start, fields });
    fields = [];
    field = '';
    quotedField = false;
  };
  while (i < n) {
    const c = s[i]!;
    if (c === '"') {
      if (field !== '' || quotedField) return { ok: false, line, problem: 'stray_quote' };
      quotedField = true;
      const open = line;
      i++;
      for (;;) {
        if (i >= n) return { ok: false, line: open, problem: 'unterminated_quote' };
        const q = s[i]!;
        if (q === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = s[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        return { ok: false, line, problem: 'stray_quote' };
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      quotedField = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
      continue;
    }
    if (quotedField) return { ok: false, line, problem: 'stray_quote' };
    field += c;
    i++;
  }
  if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return { ok: true, records };
}
