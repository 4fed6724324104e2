/**
 * @module Shapes of a password-manager import (DESIGN §4d): the formats, one parsed login (which holds no
 * secret by construction: there is no field for one), the planned accounts a person reviews, the report and
 * the refusals, each a code plus parameters that the text layer turns into words.
 */
import { z } from 'zod';
import { IdSchema, MapSchema } from './map.js';

export const IMPORT_FORMATS = [
  'bitwarden-json',
  'bitwarden-csv',
  'chrome-csv',
  'firefox-csv',
  '1password-csv',
  'apple-csv',
  'keepass-xml',
] as const;
export const ImportFormatSchema = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

/** A format, or `auto` to detect it from the file's first bytes and its header. */
export const ImportFormatOptionSchema = z.enum(['auto', ...IMPORT_FORMATS]);
export type ImportFormatOption = z.infer<typeof ImportFormatOptionSchema>;

/**
 * One login as read from an export: where it is used and by whom, nothing else. Passwords, TOTP seeds,
 * passkey keys, notes and custom fields have no field here; only the fact that an authenticator or a passkey
 * exists survives.
 */
export const LoginSchema = z.strictObject({
  /** 1-based position of the record in the file (CSV: data row; JSON and XML: item). */
  row: z.number().int().positive(),
  /** The item's name as the person gave it ("QQ邮箱", "GitHub"). */
  title: z.string().max(200),
  /** Where it is used, reduced to `https://host` or `androidapp://package` (no path, query or credentials). */
  uri: z.string().max(300),
  username: z.string().max(200),
  hasTotp: z.boolean(),
  hasPasskey: z.boolean(),
});
export type Login = z.infer<typeof LoginSchema>;

/** Why a record was not read as a login. */
export const IMPORT_SKIPS = ['not_a_login', 'empty', 'column_count', 'in_trash'] as const;
export const ImportSkipSchema = z.strictObject({
  row: z.number().int().positive(),
  code: z.enum(IMPORT_SKIPS),
});
export type ImportSkip = z.infer<typeof ImportSkipSchema>;

/** What an imported account hangs off: a mailbox, a mainland mobile number or a QQ number (normalised). */
export const HangsOffSchema = z.strictObject({
  kind: z.enum(['email', 'phone', 'qq']),
  value: z.string().min(1).max(200),
});
export type HangsOff = z.infer<typeof HangsOffSchema>;

/**
 * One account to create, after duplicates are merged: the review table's row. The person may untick it
 * (`include: false`), pick another provider (or none), or correct what it hangs off; then the map is built.
 */
export const ImportEntrySchema = z.strictObject({
  /** Stable key of the row: provider (or site) and owner; duplicates share it. */
  key: z.string().min(1).max(500),
  include: z.boolean(),
  /** Where it is used: a registrable domain, a host (IP, localhost), an Android package, or the title. */
  site: z.string().min(1).max(200),
  /** The name to show when no provider is recognised. */
  name: z.string().min(1).max(200),
  provider: IdSchema.optional(),
  hangsOff: HangsOffSchema.optional(),
  /** The login name when it is none of the three (shown, not hung off). */
  username: z.string().max(200).optional(),
  hasTotp: z.boolean(),
  hasPasskey: z.boolean(),
  /** The rows of the file merged into this entry. */
  rows: z.array(z.number().int().positive()).min(1),
});
export type ImportEntry = z.infer<typeof ImportEntrySchema>;

/** One account of the result map that the import created or matched, with what it hangs off and its ways. */
export const ImportedAccountSchema = z.strictObject({
  account: IdSchema,
  /** The entry's key, or `hangs-off:…` for a mailbox, number or QQ account made for the entries. */
  key: z.string().min(1).max(500),
  created: z.boolean(),
  site: z.string().max(200).optional(),
  provider: IdSchema.optional(),
  hangsOff: IdSchema.optional(),
  ways: z.array(z.string()),
});
export type ImportedAccount = z.infer<typeof ImportedAccountSchema>;

export const ImportReportSchema = z.strictObject({
  format: ImportFormatSchema,
  /** Logins read from the file (skipped records not counted). */
  logins: z.number().int().nonnegative(),
  /** Recognised catalog providers and how many entries each, by provider id. */
  recognised: z.array(z.strictObject({ provider: IdSchema, count: z.number().int().positive() })),
  /** Accounts added to the map (services, mailboxes, numbers, QQ accounts). */
  accountsCreated: z.number().int().nonnegative(),
  /** Entries that were already in the `into` map and were matched instead of created. */
  accountsMatched: z.number().int().nonnegative(),
  /** Logins that repeated an earlier one (same provider or site, same owner) and were merged into it. */
  duplicatesMerged: z.number().int().nonnegative(),
  skipped: z.array(ImportSkipSchema),
  accounts: z.array(ImportedAccountSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** Why a file is refused as a whole; no code ever carries the file's content. */
export const IMPORT_ERRORS = [
  'encrypted',
  'binary',
  'unknown_format',
  'invalid_json',
  'invalid_xml',
  'invalid_csv',
  'missing_columns',
  'not_utf8',
  'wrong_shape',
  'too_large',
] as const;
export const ImportErrorSchema = z.strictObject({
  code: z.enum(IMPORT_ERRORS),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

/** The largest export accepted, in characters (about 20,000 logins). */
export const IMPORT_MAX_CHARS = 4 * 1024 * 1024;

/** `POST /api/v1/import`: the export's text and, optionally, its format and the map to merge into. */
export const ImportRequestSchema = z.strictObject({
  format: ImportFormatOptionSchema.optional(),
  content: z.string().max(IMPORT_MAX_CHARS),
  into: MapSchema.optional(),
  lang: z.enum(['zh', 'en']).optional(),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export const ImportResultSchema = z.strictObject({ map: MapSchema, report: ImportReportSchema });
export type ImportResult = z.infer<typeof ImportResultSchema>;
