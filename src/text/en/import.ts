/** @module The password-manager import in English: generated ways and notes, refusals, skips and the report. */
import { countOf } from '../format.js';
import type { ImportText } from '../zh/import.js';

export const imports: ImportText = {
  passwordWay: 'Password',
  resetByEmail: 'Reset the password by email',
  resetBySms: 'Reset the password by an SMS code',
  qqLoginWay: 'Log in with QQ',
  qqLabel: (n) => `QQ ${n}`,
  withOwner: (name, owner) => `${name} (${owner})`,
  note: (site, totp, passkey) =>
    `Imported from a password manager: ${site}${totp ? '; has an authenticator (TOTP)' : ''}${passkey ? '; has a passkey' : ''}`,
  errors: {
    encrypted: (p) =>
      p.format === 'keepass-kdbx'
        ? 'this is an encrypted KeePass database (.kdbx): in KeePass, export it as "KeePass XML (2.x)" and import that'
        : 'this export is encrypted (or password-protected) and cannot be read: export an unencrypted JSON or CSV, and delete it afterwards',
    binary: (_p) =>
      'this is a binary file (such as a 1Password .1pux archive): export as CSV and import that',
    unknown_format: (_p) =>
      'unknown file format: Bitwarden JSON/CSV, Chrome/Edge, Firefox, 1Password and Apple Passwords CSV, and KeePass 2 XML are read; name one with --format',
    invalid_json: (_p) => 'not a valid JSON file',
    invalid_xml: (p) => `not a valid XML file (line ${p.line})`,
    invalid_csv: (p) =>
      p.problem === 'empty'
        ? 'the file is empty'
        : `not a valid CSV file: ${p.problem === 'unterminated_quote' ? 'a quote opened' : 'a stray quote'} on line ${p.line}`,
    missing_columns: (p) => `this does not look like a ${p.format} export: missing columns ${p.columns}`,
    not_utf8: (_p) => 'the file is not UTF-8 text',
    wrong_shape: (p) => `the file's structure is not that of a ${p.format} export`,
    too_large: (p) => `the file is too large: at most ${p.max} characters`,
  },
  skips: {
    not_a_login: 'not a login (a secure note, card or identity)',
    empty: 'no address, name or username',
    column_count: 'a different number of columns than the header',
    in_trash: 'in the trash',
  },
  report: {
    logins: (n) => `${countOf(n, 'en', { one: 'login', other: 'logins' })} read`,
    recognised: (n, names) =>
      `${countOf(n, 'en', { one: 'recognised service', other: 'recognised services' })}${names === '' ? '' : `: ${names}`}`,
    created: (n) => `${countOf(n, 'en', { one: 'account', other: 'accounts' })} created`,
    matched: (n) => `${n} already in the map (not added twice)`,
    merged: (n) => `${countOf(n, 'en', { one: 'duplicate', other: 'duplicates' })} merged`,
    skipped: (n) => `${n} skipped`,
    skippedRow: (row, why) => `  item ${row}: ${why}`,
  },
};
