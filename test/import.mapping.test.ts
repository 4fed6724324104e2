/**
 * The import's pieces (DESIGN §4d): the strict CSV reader, sites and registrable domains, what a username
 * hangs off, refusals of encrypted and broken files, merging into an existing map without duplicates, and
 * the review table's edits (untick a row, correct its provider or owner).
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/catalog/index.js';
import { readCsv, registrableDomain, siteOf } from '../src/engine/import/index.js';
import { hangsOffOf } from '../src/engine/import/owner.js';
import {
  buildImport,
  impact,
  importErrorText,
  importExport,
  parseExport,
  parseMap,
  planImport,
} from '../src/engine/index.js';
import { IMPORT_ERRORS, type ImportError } from '../src/model/index.js';
import { sample, summary } from './support/import.js';

describe('the CSV reader (RFC 4180)', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks, with CRLF and a BOM', () => {
    const r = readCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","line1\r\nline2"\r\n\r\n1,,3');
    expect(r).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['x, y', 'say "hi"', 'line1\r\nline2'] },
        { line: 5, fields: ['1', '', '3'] },
      ],
    });
  });

  it('refuses a quote inside an unquoted field, text after a closing quote and an unclosed quote, by line only', () => {
    expect(readCsv('a,b\nx,y"z\n')).toEqual({ ok: false, line: 2, problem: 'stray_quote' });
    expect(readCsv('a,b\n"x"y,z\n')).toEqual({ ok: false, line: 2, problem: 'stray_quote' });
    expect(readCsv('a,b\n1,2\n"open,\nstill open')).toEqual({
      ok: false,
      line: 3,
      problem: 'unterminated_quote',
    });
  });

  it('keeps an empty last field and a record without a final line break', () => {
    expect(readCsv('a,b,\n"",x')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', ''] },
        { line: 2, fields: ['', 'x'] },
      ],
    });
  });
});

describe('sites and owners', () => {
  it('finds the registrable domain under two-level suffixes and keeps IPs and localhost whole', () => {
    expect(registrableDomain('passport.bilibili.com')).toBe('bilibili.com');
    expect(registrableDomain('account.chsi.com.cn')).toBe('chsi.com.cn');
    expect(registrableDomain('www.gov.cn')).toBe('www.gov.cn');
    expect(registrableDomain('bbs.example.org.cn')).toBe('example.org.cn');
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(siteOf('http://192.168.1.1:8080/x')).toEqual({ host: '192.168.1.1', domain: '192.168.1.1' });
    expect(siteOf('http://[::1]:3000')).toEqual({ host: '::1', domain: '::1' });
    expect(siteOf('localhost:8080')).toEqual({ host: 'localhost', domain: 'localhost' });
    expect(siteOf('WWW.Example.COM.')).toEqual({ host: 'www.example.com', domain: 'example.com' });
  });

  it('reads Android apps from Bitwarden (androidapp://) and Chrome (android://hash@package/) addresses', () => {
    expect(siteOf('androidapp://com.tencent.mm')).toEqual({ app: 'com.tencent.mm' });
    expect(siteOf('android://AbC-12_x==@com.sina.weibo/')).toEqual({ app: 'com.sina.weibo' });
    expect(siteOf('not a url at all')).toBeUndefined();
  });

  it('reads an email, a mainland mobile number in any spelling, and a QQ number from a username', () => {
    expect(hangsOffOf(' Li.Hua@Gmail.com ')).toEqual({ kind: 'email', value: 'li.hua@gmail.com' });
    for (const n of ['13800138000', '+86 138 0013 8000', '0086-138-0013-8000', '１３８００１３８０００'])
      expect(hangsOffOf(n)).toEqual({ kind: 'phone', value: '13800138000' });
    expect(hangsOffOf('10001234')).toEqual({ kind: 'qq', value: '10001234' });
    expect(hangsOffOf('12800138000')).toEqual({ kind: 'qq', value: '12800138000' });
    expect(hangsOffOf('0123456')).toBeUndefined();
    expect(hangsOffOf('admin')).toBeUndefined();
  });

  it('recognises every catalog provider by each of its web domains', () => {
    for (const p of catalog.providers)
      for (const d of p.domains.filter((x) => !/^(com|cn|tv|org)\.[a-z]/.test(x) && x.includes('.'))) {
        const plan = planImport([
          { row: 1, title: '', uri: `https://${d}/login`, username: '', hasTotp: false, hasPasskey: false },
        ]);
        const got = plan.entries[0]!.provider;
        if (p.kind === 'email' && got !== p.id) continue; // a mailbox's address domain may be a site's (qq.com is QQ)
        expect(got, d).toBe(p.id);
      }
  });
});

describe('refusals', () => {
  it('refuses encrypted and password-protected exports, KDBX databases and zip archives, saying why', () => {
    const codes = (file: string) => {
      const r = parseExport(sample(file));
      return r.ok ? 'accepted' : r.error;
    };
    expect(codes('bitwarden-encrypted.json')).toEqual({
      code: 'encrypted',
      params: { format: 'bitwarden-json', how: 'password' },
    });
    expect(codes('keepass.kdbx')).toEqual({
      code: 'encrypted',
      params: { format: 'keepass-kdbx', how: 'password' },
    });
    expect(codes('1password.1pux')).toEqual({ code: 'binary', params: { kind: 'zip' } });
    expect(codes('apple-stray-quote.csv')).toEqual({
      code: 'invalid_csv',
      params: { line: 3, problem: 'stray_quote' },
    });
    const accountBound = JSON.stringify({ encrypted: true, encKeyValidation_DO_NOT_EDIT: 'x', items: [] });
    expect(parseExport(accountBound)).toEqual({
      ok: false,
      error: { code: 'encrypted', params: { format: 'bitwarden-json', how: 'account' } },
    });
  });

  it('refuses unknown formats, broken JSON and XML, a DOCTYPE, a missing column and non-UTF-8 bytes', () => {
    const code = (input: string | Uint8Array, format?: never) => {
      const r = parseExport(input, format);
      return r.ok ? 'accepted' : r.error.code;
    };
    expect(code('hello,world\n1,2')).toBe('unknown_format');
    expect(code('{"items": [')).toBe('invalid_json');
    expect(code('<KeePassFile><Root>')).toBe('invalid_xml');
    expect(
      code('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><KeePassFile><Root/></KeePassFile>'),
    ).toBe('invalid_xml');
    expect(code('name,url,username\na,b,c', 'chrome-csv' as never)).toBe('missing_columns');
    expect(code(new Uint8Array([0x6e, 0x61, 0xff, 0xfe, 0x2c]))).toBe('not_utf8');
    expect(code('[1,2]', 'bitwarden-json' as never)).toBe('wrong_shape');
  });

  it('words every refusal in Chinese and English', () => {
    for (const code of IMPORT_ERRORS) {
      const error: ImportError = {
        code,
        params: { format: 'bitwarden-json', line: 3, columns: 'url', max: 9, problem: 'stray_quote' },
      };
      expect(importErrorText(error, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(importErrorText(error, 'en')).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('merging into an existing map', () => {
  it('importing the same export into its own result adds nothing', () => {
    for (const file of ['bitwarden.json', 'chrome.csv', 'keepass.xml', '1password.csv']) {
      const first = importExport(sample(file), { lang: 'zh' });
      if (!first.ok) throw new Error('refused');
      const again = importExport(sample(file), { lang: 'en', into: first.map });
      if (!again.ok) throw new Error('refused');
      expect(again.map, file).toEqual(first.map);
      expect(again.report.accountsCreated, file).toBe(0);
    }
  });

  it('reuses the mailbox, number and QQ account a map already has, and keeps its ways untouched', () => {
    const into = {
      version: 1 as const,
      accounts: [
        { id: 'my_qq', kind: 'messenger' as const, label: '我的QQ 10001234', provider: 'qq' },
        {
          id: 'my_mail',
          kind: 'email' as const,
          label: 'Li.Hua@gmail.com',
          capabilities: ['access', 'mail'],
          ways: [],
        },
        { id: 'old_mail', kind: 'email' as const, label: 'lihua@163.com' },
        { id: 'my_phone', kind: 'phone' as const, label: '手机 138-0013-8000' },
        {
          id: 'gh',
          kind: 'service' as const,
          label: 'GitHub',
          provider: 'github',
          ways: [{ requires: [{ account: 'my_mail', capability: 'mail' }] }],
        },
      ],
    };
    const r = importExport(sample('bitwarden.json'), { lang: 'en', into });
    if (!r.ok) throw new Error('refused');
    const ids = r.map.accounts.map((a) => a.id);
    expect(ids.slice(0, 5)).toEqual(['my_qq', 'my_mail', 'old_mail', 'my_phone', 'gh']);
    expect(ids.filter((id) => /^(qq|gmail|phone|github)(_\d)?$/.test(id))).toEqual([]);
    expect(r.map.accounts.slice(0, 5)).toEqual(into.accounts);
    // old_mail has no mail capability in this map: nothing is hung off its mail.
    expect(summary(r.map).find((s) => s.startsWith('example_forum_cn'))).toBe(
      'example_forum_cn service example-forum.cn | *-',
    );
    expect(summary(r.map).find((s) => s.startsWith('youdao'))).toBe(
      'youdao youdao Youdao Dictionary | my_qq.oauth',
    );
    expect(summary(r.map).find((s) => s.startsWith('qqmail'))).toBe(
      'qqmail qqmail 10001234@qq.com | my_qq.access',
    );
    expect(r.report.accountsMatched).toBe(3); // QQ, GitHub and the 163 mailbox
    expect(parseMap(r.map).validation.errors).toEqual([]);
  });
});

describe('the review table', () => {
  const logins = [
    {
      row: 1,
      title: 'QQ邮箱',
      uri: 'https://mail.qq.com',
      username: '10001234@qq.com',
      hasTotp: false,
      hasPasskey: false,
    },
    {
      row: 2,
      title: 'Microsoft',
      uri: 'https://login.live.com',
      username: '10001234@qq.com',
      hasTotp: false,
      hasPasskey: false,
    },
    {
      row: 3,
      title: 'forum',
      uri: 'https://www.example-forum.cn',
      username: '13800138000',
      hasTotp: true,
      hasPasskey: false,
    },
  ];

  it('an unticked row adds nothing, and its mailbox only if another row needs it', () => {
    const { entries } = planImport(logins);
    const built = buildImport(
      entries.map((e) => ({ ...e, include: e.site !== 'example-forum.cn' })),
      { lang: 'en' },
    );
    expect(summary(built.map)).toEqual([
      'qqmail qqmail 10001234@qq.com | qq.access',
      'microsoft microsoft Microsoft account | *qqmail.mail ; qqmail.mail ; qqmail.mail',
      'qq qq QQ 10001234 | *- ; *-',
    ]);
  });

  it('a corrected provider and owner change the account and what it hangs off', () => {
    const { entries } = planImport(logins);
    const fixed = entries.map((e) =>
      e.site === 'example-forum.cn'
        ? { ...e, provider: 'douban', hangsOff: { kind: 'email' as const, value: 'lihua@163.com' } }
        : e,
    );
    const built = buildImport(fixed, { lang: 'en' });
    expect(summary(built.map).filter((s) => /^(douban|mail163|phone)/.test(s))).toEqual([
      'mail163 mail163 lihua@163.com | *-',
      'douban douban Douban | mail163.mail',
    ]);
  });

  it('a QQ ban cuts the imported QQ Mail and the Microsoft account whose only ways need it', () => {
    const { entries } = planImport(logins);
    const { map } = buildImport(entries, { lang: 'en' });
    const parsed = parseMap(map);
    if (!parsed.ok) throw new Error('invalid');
    const result = impact(parsed.compiled, [{ account: 'qq' }]);
    expect(result.accounts.qqmail?.status).toBe('cut');
    expect(result.accounts.microsoft?.status).toBe('cut');
    expect(result.accounts.example_forum_cn?.status).toBe('ok');
  });
});
