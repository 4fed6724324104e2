/** @module The password-manager import in English: generated ways and notes, refusals, skips and the report. */
import { countOf, listOf } from '../format.js';
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
  page: {
    open: 'Import from a password manager…',
    openHint:
      'Reads an export of Bitwarden, Chrome/Edge, Firefox, 1Password, Apple Passwords or KeePass into accounts and their bindings.',
    title: 'Import from a password manager',
    intro:
      'Drop the export here, or pick the file. It is read in this page only and never uploaded; passwords, authenticator keys, passkeys and notes are dropped while reading.',
    drop: 'Drop the export here',
    pick: 'Pick a file…',
    reading: 'Reading…',
    found: (logins, recognised, skipped) =>
      `${countOf(logins, 'en', { one: 'login', other: 'logins' })} read, ${countOf(recognised, 'en', { one: 'service', other: 'services' })} recognised${skipped > 0 ? `, ${skipped} skipped` : ''}. Check the table: untick the rows you do not want, or correct the service and what it hangs off.`,
    include: 'Import',
    site: 'Site or app',
    provider: 'Recognised as',
    providerNone: '(not recognised: a plain site)',
    hangsOff: 'Hangs off',
    hangsOffNone: '(nothing)',
    ways: 'The ways it gets',
    noWays: 'held directly',
    waysList: (ways) => ways.join('; '),
    flags: (flags) => ` (${listOf(flags, 'en', 'unit')})`,
    totp: 'has an authenticator',
    passkey: 'has a passkey',
    add: (n) => `Add ${countOf(n, 'en', { one: 'account', other: 'accounts' })} to the map`,
    addNone: 'No row is ticked',
    added: (n) => `${countOf(n, 'en', { one: 'account', other: 'accounts' })} added from a password manager`,
    newTitle: 'Imported from a password manager',
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
