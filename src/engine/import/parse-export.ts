/**
 * One entry point for every export: decode the bytes (refusing KDBX databases, zip archives and other binary
 * files), detect the format from the first characters and the CSV header unless one is given, and run that
 * format's parser. The result holds logins with no secret in them, or one refusal code.
 */
import type { ImportError, ImportFormat, ImportFormatOption, ImportSkip, Login } from '../../model/index.js';
import { IMPORT_MAX_CHARS } from '../../model/index.js';
import { parseBitwardenJson } from './bitwarden-json.js';
import { readCsv } from './csv.js';
import { detectCsvFormat, parseCsvExport } from './csv-formats.js';
import { parseKeepassXml } from './keepass-xml.js';

export type ParsedExport =
  | { ok: true; format: ImportFormat; logins: Login[]; skipped: ImportSkip[] }
  | { ok: false; error: ImportError };

const fail = (code: ImportError['code'], params: ImportError['params'] = {}) =>
  ({ ok: false, error: { code, params } }) as const;

/** KeePass 2 database signature (`03 D9 A2 9A`), zip (`PK\x03\x04`: 1Password .1pux, .opvault archives). */
function binaryKind(bytes: Uint8Array): 'kdbx' | 'zip' | undefined {
  if (bytes[0] === 0x03 && bytes[1] === 0xd9 && bytes[2] === 0xa2 && bytes[3] === 0x9a) return 'kdbx';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  return undefined;
}

/** Decodes a file's bytes as UTF-8 text, or says why it cannot be an export this importer reads. */
export function decodeExport(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: ImportError } {
  const kind = binaryKind(bytes);
  if (kind === 'kdbx') return fail('encrypted', { format: 'keepass-kdbx', how: 'password' });
  if (kind === 'zip') return fail('binary', { kind: 'zip' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not_utf8');
  }
  return { ok: true, text };
}

/** The format of an export's text, from its first characters and, for CSV, its header row. */
export function detectFormat(text: string): ImportFormat | ImportError {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'bitwarden-json';
  if (head.startsWith('<')) {
    if (/<KeePassFile[\s>]/.test(head.slice(0, 4096))) return 'keepass-xml';
    return { code: 'unknown_format', params: {} };
  }
  // Only the header row is read here: the cut at the first line break is safe because headers are unquoted.
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const csv = readCsv(firstLine);
  const header = csv.ok ? csv.records[0]?.fields : undefined;
  const format = header ? detectCsvFormat(header) : undefined;
  return format ?? { code: 'unknown_format', params: {} };
}

/** True when a text holds C0 control characters other than tab and line ends: a binary file. */
function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) return true;
  }
  return false;
}

/** Parses an export, detecting its format when `format` is `auto` (the default). */
export function parseExport(input: string | Uint8Array, format: ImportFormatOption = 'auto'): ParsedExport {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeExport(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  if (text.length > IMPORT_MAX_CHARS) return fail('too_large', { max: IMPORT_MAX_CHARS });
  // A KDBX database sent as text (its signature decoded as Latin-1 or UTF-8), or any other binary file.
  if (text.charCodeAt(0) === 0x03 && (text.charCodeAt(1) === 0xd9 || text.charCodeAt(1) === 0x662))
    return fail('encrypted', { format: 'keepass-kdbx', how: 'password' });
  if (hasControlCharacters(text.slice(0, 4096))) return fail('binary', { kind: 'control' });
  const chosen = format === 'auto' ? detectFormat(text) : format;
  if (typeof chosen !== 'string') return { ok: false, error: chosen };
  const result =
    chosen === 'bitwarden-json'
      ? parseBitwardenJson(text.replace(/^\uFEFF/, ''))
      : chosen === 'keepass-xml'
        ? parseKeepassXml(text.replace(/^\uFEFF/, ''))
        : parseCsvExport(text, chosen);
  return result.ok ? { ...result, format: chosen } : result;
}
