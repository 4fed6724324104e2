/**
 * The CSV exports of Bitwarden, Chrome/Edge, Firefox, 1Password and Apple Passwords: how each is recognised by
 * its header, and which columns hold the title, the address and the username. Only those columns (and whether
 * a TOTP column is filled) are read; the password, notes and custom-field columns are never looked at.
 */
import type { ImportError, ImportFormat, ImportSkip, Login } from '../../model/index.js';
import { readCsv } from './csv.js';
import { siteOf } from './site.js';

type CsvFormat = Exclude<ImportFormat, 'bitwarden-json' | 'keepass-xml'>;

interface Columns {
  /** Header names (lower-cased) that must all be present. */
  required: string[];
  /** Each role: the first header name present among these. */
  title: string[];
  uri: string[];
  username: string[];
  totp: string[];
  /** A column telling the item's type, and the values that mean a login (empty counts as a login). */
  type?: { column: string; logins: string[] };
}

export const CSV_FORMATS: Record<CsvFormat, Columns> = {
  'bitwarden-csv': {
    required: ['name', 'login_uri', 'login_username'],
    title: ['name'],
    uri: ['login_uri'],
    username: ['login_username'],
    totp: ['login_totp'],
    type: { column: 'type', logins: ['login'] },
  },
  'chrome-csv': {
    required: ['name', 'url', 'username', 'password'],
    title: ['name'],
    uri: ['url'],
    username: ['username'],
    totp: [],
  },
  'firefox-csv': {
    required: ['url', 'username', 'httprealm', 'formactionorigin'],
    title: [],
    uri: ['url', 'formactionorigin'],
    username: ['username'],
    totp: [],
  },
  '1password-csv': {
    required: ['title', 'username'],
    title: ['title'],
    uri: ['url', 'website', 'login url', 'urls'],
    username: ['username'],
    totp: ['otpauth', 'one-time password'],
    type: { column: 'type', logins: ['login', 'password'] },
  },
  'apple-csv': {
    required: ['title', 'url', 'username', 'password', 'otpauth'],
    title: ['title'],
    uri: ['url'],
    username: ['username'],
    totp: ['otpauth'],
  },
};

const ONE_PASSWORD_MARKS = ['favorite', 'archived', 'tags', 'vault', 'type'];

/** The CSV format a header row belongs to, most specific first; undefined when none fits. */
export function detectCsvFormat(header: string[]): CsvFormat | undefined {
  const h = new Set(header.map(normalizeHeader));
  const has = (names: string[]) => names.every((n) => h.has(n));
  if (has(CSV_FORMATS['bitwarden-csv'].required)) return 'bitwarden-csv';
  if (has(CSV_FORMATS['firefox-csv'].required)) return 'firefox-csv';
  if (has(['title', 'username']) && ONE_PASSWORD_MARKS.some((m) => h.has(m))) return '1password-csv';
  if (has(CSV_FORMATS['apple-csv'].required)) return 'apple-csv';
  if (has(CSV_FORMATS['chrome-csv'].required)) return 'chrome-csv';
  if (has(['title', 'username']) && (h.has('url') || h.has('website'))) return '1password-csv';
  return undefined;
}

function normalizeHeader(name: string): string {
  return name.trim().toLowerCase();
}

export type CsvParse =
  | { ok: true; logins: Login[]; skipped: ImportSkip[] }
  | { ok: false; error: ImportError };

/** Reads the logins of a CSV export in `format`; refuses a malformed file or a header missing a column. */
export function parseCsvExport(text: string, format: CsvFormat): CsvParse {
  const csv = readCsv(text);
  if (!csv.ok)
    return { ok: false, error: { code: 'invalid_csv', params: { line: csv.line, problem: csv.problem } } };
  const [head, ...rows] = csv.records;
  if (head === undefined)
    return { ok: false, error: { code: 'invalid_csv', params: { line: 1, problem: 'empty' } } };
  const header = head.fields.map(normalizeHeader);
  const spec = CSV_FORMATS[format];
  const missing = spec.required.filter((c) => !header.includes(c));
  if (missing.length > 0)
    return { ok: false, error: { code: 'missing_columns', params: { format, columns: missing.join(', ') } } };
  const col = (names: string[]) => {
    for (const name of names) {
      const i = header.indexOf(name);
      if (i >= 0) return i;
    }
    return -1;
  };
  const at = {
    title: col(spec.title),
    uri: col(spec.uri),
    username: col(spec.username),
    totp: col(spec.totp),
  };
  const type = spec.type ? header.indexOf(spec.type.column) : -1;
  const logins: Login[] = [];
  const skipped: ImportSkip[] = [];
  rows.forEach((record, index) => {
    const row = index + 1;
    const f = record.fields;
    if (f.length !== header.length) {
      skipped.push({ row, code: 'column_count' });
      return;
    }
    const get = (i: number) => (i >= 0 ? f[i]!.trim() : '');
    const kind = get(type).toLowerCase();
    if (spec.type && kind !== '' && !spec.type.logins.includes(kind)) {
      skipped.push({ row, code: 'not_a_login' });
      return;
    }
    const login = makeLogin(row, get(at.title), firstUri(get(at.uri)), get(at.username), get(at.totp) !== '');
    if (login) logins.push(login);
    else skipped.push({ row, code: 'empty' });
  });
  return { ok: true, logins, skipped };
}

/** Bitwarden and 1Password join several addresses with commas or line breaks: the first one is used. */
function firstUri(value: string): string {
  return value.split(/[,\n]/)[0]!.trim();
}

/**
 * Only where an address leads survives: `https://host` or `androidapp://package`. Paths, queries, fragments,
 * ports and `user:password@` parts (which can hold tokens or passwords) are dropped; an address that is none
 * of these is dropped whole.
 */
function addressOf(uri: string): string {
  const site = siteOf(uri);
  if (site === undefined) return '';
  return site.app !== undefined
    ? `androidapp://${site.app}`
    : `https://${site.host!.includes(':') ? `[${site.host}]` : site.host}`;
}

/** A login from the readable fields, clipped to the schema's lengths; undefined when nothing identifies it. */
export function makeLogin(
  row: number,
  title: string,
  uri: string,
  username: string,
  hasTotp: boolean,
  hasPasskey = false,
): Login | undefined {
  if (title === '' && uri === '' && username === '') return undefined;
  if (title === '' && uri === '') return undefined;
  return {
    row,
    title: title.slice(0, 200),
    uri: addressOf(uri),
    username: username.slice(0, 200),
    hasTotp,
    hasPasskey,
  };
}
