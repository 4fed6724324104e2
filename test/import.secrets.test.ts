/**
 * Secrets never survive parsing (DESIGN §4d, §11): every password, TOTP seed, passkey key, note and hidden
 * field in the sample exports carries the marker "SECRET", and none reaches the map, the report, a refusal
 * or its words. A property test builds random exports whose every secret is a unique marker, cuts some of
 * them short, and checks the same.
 */

import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importErrorText, importExport, parseExport, skipText } from '../src/engine/index.js';
import type { ImportFormat } from '../src/model/index.js';
import { IMPORT_DIR, SECRET_MARKER, sample } from './support/import.js';

/** Everything an import shows: the outcome and, for a refusal or skips, their words in both languages. */
function shown(input: string | Uint8Array, format?: ImportFormat): string {
  const parts: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const r = importExport(input, { lang, ...(format ? { format } : {}) });
    parts.push(JSON.stringify(r));
    if (!r.ok) parts.push(importErrorText(r.error, lang));
    else for (const s of r.report.skipped) parts.push(skipText(s, lang));
  }
  parts.push(JSON.stringify(parseExport(input)));
  return parts.join('\n');
}

describe('no secret in any sample export reaches the output', () => {
  const files = readdirSync(IMPORT_DIR);
  it('every sample file holds secrets to hide', () => {
    for (const file of files)
      expect(Buffer.from(sample(file)).toString('latin1'), file).toMatch(SECRET_MARKER);
  });
  for (const file of files)
    it(`${file}: no marker in the map, the report, a refusal or its words`, () => {
      expect(shown(sample(file))).not.toMatch(SECRET_MARKER);
    });
});

interface RandomLogin {
  title: string;
  host: string;
  username: string;
  totp: boolean;
  passkey: boolean;
}

const word = fc.stringMatching(/^[a-z0-9\u4e00-\u4e0f]{1,12}$/).filter((s) => !/secret/i.test(s));
const loginArb: fc.Arbitrary<RandomLogin> = fc.record({
  title: word,
  host: fc.oneof(
    fc.constantFrom(
      'mail.qq.com',
      'github.com',
      'www.bilibili.com',
      'passport.jd.com',
      '192.168.0.1',
      'qq.com',
    ),
    word.map((w) => `${w}.example.cn`),
  ),
  username: fc.oneof(
    fc.constantFrom('10001234', '13800138000', 'a@qq.com', 'b@163.com', 'c@gmail.com', ''),
    word,
  ),
  totp: fc.boolean(),
  passkey: fc.boolean(),
});

const csvField = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** One export of the logins in a format, every secret a unique marker ("SECRET-<n>-<kind>"). */
function exportOf(format: ImportFormat, logins: RandomLogin[]): string {
  const m = (i: number, kind: string) => `SECRET-${i}-${kind}-"quoted",comma\nline`;
  switch (format) {
    case 'bitwarden-json':
      return JSON.stringify({
        encrypted: false,
        items: logins.map((l, i) => ({
          type: 1,
          name: l.title,
          notes: m(i, 'note'),
          fields: [{ name: 'pin', value: m(i, 'field'), type: 1 }],
          login: {
            uris: [{ uri: `https://${l.host}/` }],
            username: l.username,
            password: m(i, 'pw'),
            totp: l.totp ? m(i, 'totp') : null,
            fido2Credentials: l.passkey ? [{ keyValue: m(i, 'passkey'), credentialId: m(i, 'cred') }] : [],
          },
        })),
      });
    case 'keepass-xml': {
      const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
      const entries = logins.map((l, i) => {
        const s = (k: string, v: string) => `<String><Key>${k}</Key><Value>${esc(v)}</Value></String>`;
        return `<Entry>${s('Title', l.title)}${s('UserName', l.username)}${s('URL', `https://${l.host}`)}${s('Password', m(i, 'pw'))}${s('Notes', m(i, 'note'))}${l.totp ? s('otp', m(i, 'totp')) : ''}${l.passkey ? s('KPEX_PASSKEY_PRIVATE_KEY_PEM', m(i, 'passkey')) : ''}${s('custom', m(i, 'field'))}</Entry>`;
      });
      return `<?xml version="1.0"?><KeePassFile><Root><Group><Name>Root</Name>${entries.join('')}</Group></Root></KeePassFile>`;
    }
    default: {
      const rows = logins.map((l, i) => ({
        name: l.title,
        url: `https://${l.host}`,
        user: l.username,
        pw: m(i, 'pw'),
        note: m(i, 'note'),
        totp: l.totp ? m(i, 'totp') : '',
      }));
      const table: Record<string, [string[], (r: (typeof rows)[number]) => string[]]> = {
        'bitwarden-csv': [
          [
            'folder',
            'favorite',
            'type',
            'name',
            'notes',
            'fields',
            'reprompt',
            'login_uri',
            'login_username',
            'login_password',
            'login_totp',
          ],
          (r) => ['', '', 'login', r.name, r.note, r.note, '0', r.url, r.user, r.pw, r.totp],
        ],
        'chrome-csv': [
          ['name', 'url', 'username', 'password', 'note'],
          (r) => [r.name, r.url, r.user, r.pw, r.note],
        ],
        'firefox-csv': [
          ['url', 'username', 'password', 'httpRealm', 'formActionOrigin', 'guid'],
          (r) => [r.url, r.user, r.pw, '', r.url, r.note],
        ],
        '1password-csv': [
          ['Title', 'Url', 'Username', 'Password', 'OTPAuth', 'Favorite', 'Archived', 'Tags', 'Notes'],
          (r) => [r.name, r.url, r.user, r.pw, r.totp, 'false', 'false', '', r.note],
        ],
        'apple-csv': [
          ['Title', 'URL', 'Username', 'Password', 'Notes', 'OTPAuth'],
          (r) => [r.name, r.url, r.user, r.pw, r.note, r.totp],
        ],
      };
      const [header, row] = table[format]!;
      return [header.join(','), ...rows.map((r) => row(r).map(csvField).join(','))].join('\r\n');
    }
  }
}

const FORMATS: ImportFormat[] = [
  'bitwarden-json',
  'bitwarden-csv',
  'chrome-csv',
  'firefox-csv',
  '1password-csv',
  'apple-csv',
  'keepass-xml',
];

describe('random exports with marker secrets', () => {
  it('never show a marker, whole or cut short anywhere, in any format, detected or named', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMATS),
        fc.array(loginArb, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (format, logins, cut, named) => {
          const whole = exportOf(format, logins);
          const whole_ = importExport(whole, { format });
          expect(whole_.ok).toBe(true);
          if (whole_.ok) expect(whole_.report.logins).toBe(logins.length);
          for (const input of [whole, whole.slice(0, Math.floor(whole.length * cut))])
            expect(shown(input, named ? format : undefined)).not.toMatch(SECRET_MARKER);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps only the fact of an authenticator or a passkey', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ImportFormat>('bitwarden-json', 'keepass-xml'),
        fc.array(loginArb, { minLength: 1, maxLength: 6 }),
        (format, logins) => {
          const r = parseExport(exportOf(format, logins), format);
          if (!r.ok) throw new Error(r.error.code);
          expect(r.logins.map((l) => [l.hasTotp, l.hasPasskey])).toEqual(
            logins.map((l) => [l.totp, l.passkey]),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
