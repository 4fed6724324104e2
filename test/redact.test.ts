// Regressions of issue 14's leaks: the redacted SVG kept full labels in aria-label and raw ids in data-id;
// numbers written with dots, spaces, full-width dashes or digits, lists and bank cards in groups of four got
// through every format and the CLI; the redacted Markdown masked "12306" in one list and not the next; and
// labels could put HTML or a javascript: link into the Markdown report.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import {
  compile,
  EXPORT_FORMATS,
  exportMap,
  impact,
  markdownText,
  parseMap,
  redactMap,
  redactText,
  risk,
  riskMarkdown,
} from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';

const SPELLINGS = [
  '138.1234.5678',
  '1381 234 5678',
  '138－1234－5678',
  '１３８１２３４５６７８',
  '13912345678,13712345678',
  '6222 0201 2345 6789',
  '+86 138 1234 5678',
  '+8613812345678',
  '11010519491231002X',
];

/** The digits of a spelling, each number of a list apart. */
const numbersOf = (s: string) =>
  s
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .split(',')
    .map((p) => p.replace(/\D/g, '').replace(/^86(?=1[3-9]\d{9}$)/, ''));

function mapWith(label: string): BindingMap {
  return {
    version: 1,
    title: `张三 ${label}`,
    accounts: [
      { id: '13812345678', kind: 'phone', label: `手机 ${label}`, capabilities: ['sms'], notes: label },
      {
        id: 'qq_792112345',
        kind: 'messenger',
        label: `QQ ${label}`,
        ways: [{ label: `短信 ${label}`, requires: [{ account: '13812345678', capability: 'sms' }] }],
        assets: [{ label: `卡 ${label}`, kind: 'money', value: 500 }],
      },
    ],
    scenarios: [{ id: 'ban_13812345678', label: `停机 ${label}`, bans: [{ account: '13812345678' }] }],
  };
}

const capture = () => {
  const out: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: () => undefined, lang: 'en', env: {} };
  return { io, out };
};

describe('issue 14 leaks', () => {
  it('draws the SVG with no aria-label, data-id or id attribute and no raw id, redacted or not', () => {
    const map = mapWith('13812345678');
    for (const redact of [false, true]) {
      const svg = exportMap(map, 'svg', { redact }).body;
      expect(svg).not.toMatch(/aria-|data-|\sid=|role=|<title/);
      expect(svg).not.toContain('qq_792112345');
    }
    const redacted = exportMap(map, 'svg', { redact: true }).body;
    expect(redacted).not.toMatch(/13812345678|792112345/);
    expect(redacted).toContain('手机 138****5678');
  });

  it.each(SPELLINGS)('masks %s in every format, through the engine and the CLI', async (spelling) => {
    const map = mapWith(spelling);
    const dir = mkdtempSync(join(tmpdir(), 'banradius-redact-'));
    const file = join(dir, 'map.json');
    writeFileSync(file, JSON.stringify(map));
    for (const format of EXPORT_FORMATS) {
      const c = capture();
      expect(await main(['export', file, '--format', format, '--redact'], c.io)).toBe(0);
      for (const body of [exportMap(map, format, { redact: true }).body, c.out.join('\n')]) {
        const normal = body
          .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
          .replace(/(?<=\d)[\s.\-－]{1,3}(?=\d)/g, '');
        for (const n of numbersOf(spelling))
          for (let i = 0; i + 6 <= n.length; i++) expect(normal, format).not.toContain(n.slice(i, i + 6));
        expect(body).not.toContain(spelling);
      }
    }
  });

  it('writes each masked number the same way wherever it appears (12306 in every list of the report)', () => {
    const map: BindingMap = {
      version: 1,
      accounts: [
        { id: 'qq', kind: 'messenger', label: 'QQ 12306', capabilities: ['access'] },
        { id: 'mail', kind: 'email', label: '12306 邮箱', ways: [{ requires: [{ account: 'qq' }] }] },
        {
          id: 'rail',
          kind: 'service',
          label: '铁路 12306',
          ways: [{ requires: [{ account: 'mail' }] }],
          assets: [{ label: '车票', kind: 'money', value: 300 }],
        },
      ],
    };
    const md = exportMap(map, 'markdown', { redact: true }).body;
    expect(md).not.toContain('12306');
    expect(md.split('\n').filter((l) => l.includes('12\\*\\*\\*')).length).toBeGreaterThanOrEqual(3);
    // the report on the redacted map is the report the CLI prints
    const r = redactMap(map);
    expect(md).toBe(riskMarkdown(r, risk(compile(r)), 'en'));
  });

  it('escapes labels in the Markdown report: no raw HTML, no link, no javascript: target survives', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **b** `c` | x';
    const map: BindingMap = {
      version: 1,
      title: hostile,
      accounts: [
        { id: 'root', kind: 'email', label: hostile },
        { id: 'leaf', kind: 'service', label: `${hostile} 2`, ways: [{ requires: [{ account: 'root' }] }] },
      ],
    };
    for (const redact of [false, true]) {
      const md = exportMap(map, 'markdown', { redact }).body;
      expect(md).not.toMatch(/<img|<\/?[a-z]/i);
      expect(md).not.toMatch(/\]\(/);
      expect(md).not.toMatch(/(?<!\\)\[/);
      expect(md).toContain('&lt;img');
      // a table row keeps its three cells
      for (const row of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')))
        expect(row.replace(/\\\|/g, '').split('|').length).toBe(5);
    }
    expect(markdownText('1. not a list')).toBe('1\\. not a list');
    expect(markdownText('- not a list')).toBe('\\- not a list');
  });
});

describe('redactMap', () => {
  it('renames every id in order, keeps references and the impact, and masks every text field', () => {
    const map = mapWith('13812345678');
    map.timelines = [
      {
        id: 'tl_13812345678',
        label: '停机 13812345678',
        steps: [{ day: 0, label: '第 1 天 13812345678', holds: [{ account: '13812345678' }] }],
      },
    ];
    const r = redactMap(map);
    expect(r.accounts.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(r.scenarios![0]!.id).toBe('s1');
    expect(r.timelines![0]!.id).toBe('t1');
    expect(r.timelines![0]!.steps[0]!.holds).toEqual([{ account: 'a1' }]);
    expect(JSON.stringify(r)).not.toMatch(/13812345678|792112345/);
    expect(parseMap(r).ok).toBe(true);
    const before = impact(compile(map), map.scenarios![0]!.bans);
    const after = impact(compile(r), r.scenarios![0]!.bans);
    expect(after.accounts.a2!.status).toBe(before.accounts.qq_792112345!.status);
  });

  it('renames capability names that carry personal data, everywhere they are used', () => {
    const map: BindingMap = {
      version: 1,
      accounts: [
        { id: 'p', kind: 'phone', label: 'p', capabilities: ['sms_13812345678'] },
        {
          id: 's',
          kind: 'service',
          label: 's',
          ways: [{ requires: [{ account: 'p', capability: 'sms_13812345678' }] }],
        },
      ],
      scenarios: [{ id: 'x', label: 'x', bans: [{ account: 'p', lose: ['sms_13812345678'] }] }],
    };
    const r = redactMap(map);
    expect(JSON.stringify(r)).not.toContain('13812345678');
    expect(r.accounts[0]!.capabilities).toEqual(['cap1']);
    expect(r.scenarios![0]!.bans[0]!.lose).toEqual(['cap1']);
    expect(parseMap(r).ok).toBe(true);
  });

  it('drops an unknown provider (free text) and keeps a catalog one', () => {
    const map: BindingMap = {
      version: 1,
      accounts: [
        { id: 'a', kind: 'messenger', label: 'QQ', provider: 'qq' },
        { id: 'b', kind: 'service', label: 'b', provider: 'me_13812345678' },
      ],
    };
    const r = redactMap(map);
    expect(r.accounts[0]!.provider).toBe('qq');
    expect(r.accounts[1]!.provider).toBeUndefined();
  });

  it('never makes a text longer, so a redacted label still fits its schema', () => {
    for (const s of [...SPELLINGS, 'a@qq.com', 'ab@qq.com', '微信号：wxid_abcdef', '+8613812345678'])
      expect(redactText(s).length).toBeLessThanOrEqual(s.length);
  });
});
