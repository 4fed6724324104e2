// Exports (JSON, DOT, GraphML, Mermaid) and redaction: every fixture in every format, escaping of hostile
// labels, GraphML that a standard reader parses back, redacted maps that stay valid, and the CLI command.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { DirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { EXPORT_FORMATS, exportMap, parseMap, redactMap, redactText } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';
import { fixtureFiles, loadFixture } from './support/fixtures.js';

/** Parses GraphML strictly: xmldom errors throw, and graphology's GraphML reader builds the graph. */
function readGraphml(xml: string) {
  const fail = (msg: string) => {
    throw new Error(msg);
  };
  const doc = new DOMParser({
    errorHandler: { warning: fail, error: fail, fatalError: fail },
  }).parseFromString(xml, 'application/xml');
  // Characters XML 1.0 forbids, and any `&` that does not start an entity, make the document ill-formed.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this is the check for them
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  return parseGraphml(DirectedGraph, doc);
}

const HOSTILE = 'a<b>&c"d\'e ]]> \\n \u0001 | # ` end {x} [y] (z) %% ;\n second line';

const hostileMap: BindingMap = {
  version: 1,
  title: HOSTILE,
  accounts: [
    { id: 'phone', kind: 'phone', label: `SIM ${HOSTILE}`, capabilities: ['sms'] },
    {
      id: 'end',
      kind: 'email',
      label: HOSTILE,
      capabilities: ['mail'],
      ways: [{ requires: [{ account: 'phone', capability: 'sms' }] }],
    },
    {
      id: 'svc',
      kind: 'service',
      label: 'svc',
      capabilities: ['pay'],
      ways: [
        {
          label: HOSTILE,
          requires: [
            { account: 'end', capability: 'mail' },
            { account: 'phone', capability: 'sms' },
          ],
        },
        { requires: [{ account: 'phone', capability: 'sms' }] },
      ],
      capabilityWays: { pay: [{ requires: [{ account: 'phone', capability: 'sms' }, { account: 'end' }] }] },
    },
  ],
};

describe('exportMap', () => {
  it.each(fixtureFiles())('exports %s in every format', (file) => {
    const map = loadFixture(file);
    for (const format of EXPORT_FORMATS) {
      const out = exportMap(map, format);
      expect(out.body.endsWith('\n')).toBe(true);
      expect(out.filename).toMatch(/^banradius-(map|graph|risk)\.\w+$/);
      expect(out.contentType).toContain('charset=utf-8');
    }
    expect(JSON.parse(exportMap(map, 'json').body)).toEqual(map);
    const g = readGraphml(exportMap(map, 'graphml').body);
    for (const a of map.accounts) {
      expect(g.getNodeAttribute(a.id, 'label')).toBe(a.label);
      expect(g.getNodeAttribute(a.id, 'kind')).toBe(a.kind);
    }
  });

  it('draws a way of two or more requirements as an AND node, so OR alternatives stay visible', () => {
    const g = readGraphml(exportMap(hostileMap, 'graphml').body);
    expect(g.getNodeAttribute('svc#way0', 'type')).toBe('and');
    expect(g.inNeighbors('svc#way0').sort()).toEqual(['end', 'phone']);
    expect(g.outNeighbors('svc#way0')).toEqual(['svc']);
    // the second way needs only phone.sms: a direct edge beside the AND node
    expect(g.hasDirectedEdge('phone', 'svc')).toBe(true);
    expect(g.getNodeAttribute('svc#pay#way0', 'opens')).toBe('pay');
    const dot = exportMap(hostileMap, 'dot').body;
    expect(dot).toContain('"svc#way0" [shape=circle, label="AND"');
    expect(dot).toContain('"phone" -> "end" [label="sms"]');
    expect(dot).toContain('"svc#pay#way0" -> "svc" [label="→ pay", style=dashed]');
  });

  it('escapes hostile labels in GraphML so they read back unchanged (control characters become U+FFFD)', () => {
    const g = readGraphml(exportMap(hostileMap, 'graphml').body);
    expect(g.getNodeAttribute('end', 'label')).toBe(HOSTILE.replace('\u0001', '\uFFFD'));
    expect(g.getAttribute('title')).toBe(HOSTILE.replace('\u0001', '\uFFFD'));
  });

  it('escapes hostile labels in DOT: quotes and backslashes escaped, line breaks as \\n', () => {
    const dot = exportMap(hostileMap, 'dot').body;
    const line = dot.split('\n').find((l) => l.startsWith('  "end" ['))!;
    expect(line).toBe(
      `  "end" [label="a<b>&c\\"d'e ]]> \\\\n \uFFFD | # \` end {x} [y] (z) %% ;\\n second line\\nemail", class="kind-email", fillcolor="#bfdbfe"];`,
    );
    // every line is a statement, a brace, or an attribute default: no label broke out of its quotes
    for (const l of dot.trim().split('\n').slice(1, -1))
      expect(l).toMatch(/^ {2}(graph|node|edge|"[^"\\]*(?:\\.[^"\\]*)*")[ [;]/);
  });

  it('escapes hostile labels in Mermaid and uses generated node ids (an id such as "end" is a keyword there)', () => {
    const mmd = exportMap(hostileMap, 'mermaid').body;
    const lines = mmd.trim().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines[2]).toBe(
      '  a1["a#60;b#62;#38;c#34;d\'e ]]#62; \\n \uFFFD #124; #35; #96; end {x} [y] (z) %% ;  second line (email)"]',
    );
    for (const l of lines.slice(1)) {
      // outside the quoted labels only ids, arrows and class statements remain
      const bare = l.replace(/"[^"]*"/g, '""');
      expect(bare).toMatch(
        /^ {2}(\w+(\[""\]|\(\(""\)\))|\w+ -\.?->(\|""\|)? \w+|classDef \w+ [\w:#,]+|class [\w,]+ \w+)$/,
      );
    }
  });

  it('exports the same bytes for the same map (pure)', () => {
    for (const format of EXPORT_FORMATS)
      expect(exportMap(hostileMap, format)).toEqual(exportMap(hostileMap, format));
  });
});

describe('redaction', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['手机 138-1234-1234', '手机 138****1234'],
    ['+86 13812341234', '+86 138****1234'],
    ['QQ邮箱（7921xxxxx@qq.com）', 'QQ邮箱（79***@qq.com）'],
    ['a@example.com', '*@example.com'],
    ['QQ 792112345', 'QQ 79*****45'],
    ['QQ号 12345', 'QQ号 12***'],
    ['wxid_abc123_x 的微信', 'wxid_*** 的微信'],
    ['身份证 11010119900307123X', '身份证 **************123X'],
    ['卡 6222021234567890123', '卡 ***************0123'],
  ])('masks %s as %s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it.each(['余额 12000.50 元', '¥23200', '2022 年 12 月', '2022-12-11', '版本 1.2.3', '有道词典'])(
    'leaves %s alone (amounts, dates, years, versions, plain text)',
    (input) => {
      expect(redactText(input)).toBe(input);
    },
  );

  it('stays linear on long text (no catastrophic backtracking)', () => {
    const t = performance.now();
    for (const s of [
      'a'.repeat(10_000),
      '1'.repeat(10_000),
      'a.'.repeat(5_000),
      'a@'.repeat(5_000),
      `${'a-'.repeat(5_000)}@`,
    ])
      redactText(s);
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('renames personal-looking ids consistently, so the redacted map is still valid and impacts the same', () => {
    const map: BindingMap = {
      version: 1,
      title: '张三 13812341234',
      accounts: [
        { id: '13812341234', kind: 'phone', label: '手机 13812341234', capabilities: ['sms'] },
        { id: '138xxxx1234', kind: 'service', label: 'an id that already looks masked' },
        { id: 'qq_792112345', kind: 'messenger', label: 'QQ 792112345', notes: '邮箱 792112345@qq.com' },
        {
          id: 'ms',
          kind: 'service',
          label: '微软',
          ways: [{ label: '短信 13812341234', requires: [{ account: '13812341234', capability: 'sms' }] }],
          capabilityWays: { access: [{ requires: [{ account: 'qq_792112345' }] }] },
          assets: [{ label: 'Surface 序列号 123456789', kind: 'device', value: 5000 }],
        },
      ],
      scenarios: [{ id: 's1', label: '停机 13812341234', bans: [{ account: '13812341234' }] }],
    };
    const r = redactMap(map);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/13812341234|792112345|123456789/);
    expect(r.accounts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(r.accounts[3]!.ways![0]!.requires[0]!.account).toBe('a1');
    expect(r.accounts[3]!.capabilityWays!.access![0]!.requires[0]!.account).toBe('a3');
    expect(r.scenarios![0]!.bans[0]!.account).toBe('a1');
    expect(r.scenarios![0]!.id).toBe('s1');
    expect(r.title).toBe('张三 138****1234');
    expect(parseMap(r).ok).toBe(true);
    expect(map.accounts[0]!.id).toBe('13812341234'); // the input is untouched
  });

  it('redacts every export format when asked', () => {
    const map = loadFixture('qq-permanent-ban-2022.map.json');
    for (const format of EXPORT_FORMATS) {
      // Markdown escapes the mask's asterisks (`79\*\*\*@qq.com`); read it unescaped.
      const body = exportMap(map, format, { redact: true }).body.replace(/\\(?=\*)/g, '');
      expect(body).not.toContain('7921xxxxx@qq.com');
      expect(body).toContain('79***@qq.com');
    }
    expect(parseMap(JSON.parse(exportMap(map, 'json', { redact: true }).body)).ok).toBe(true);
  });
});

describe('banradius export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'banradius-export-'));
  const file = join(dir, 'map.json');
  writeFileSync(file, JSON.stringify(hostileMap));
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), lang: 'en', env: {} };
    return { io, out, err };
  };

  it.each(EXPORT_FORMATS)('prints the %s file to stdout', async (format) => {
    const c = capture();
    expect(await main(['export', file, '--format', format], c.io)).toBe(0);
    expect(`${c.out.join('\n')}\n`).toBe(exportMap(hostileMap, format).body);
  });

  it('redacts with --redact', async () => {
    const c = capture();
    expect(await main(['export', file, '--format', 'json', '--redact'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n'))).toEqual(redactMap(hostileMap));
  });

  it('exits 2 without a format or with an unknown one, and 1 for an invalid map', async () => {
    const c = capture();
    expect(await main(['export', file], c.io)).toBe(2);
    expect(await main(['export', file, '--format', 'png'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('unknown format "png"');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, accounts: [{ id: 'a', kind: 'x', label: 'a' }] }));
    expect(await main(['export', bad, '--format', 'dot'], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('accounts[0].kind');
  });
});
