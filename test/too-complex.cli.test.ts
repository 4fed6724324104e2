// map_too_complex through the command line (issue 13): a risk report past the engine's limits exits 1 with
// the file and the reason, what to ask for instead, in the terminal's language; one target still works.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { text } from '../src/text/index.js';
import { wideChainMap } from './support/complex-maps.js';

function capture(lang: 'zh' | 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), lang, env: {} };
  return { io, out, err };
}

const file = join(mkdtempSync(join(tmpdir(), 'banradius-too-complex-')), 'wide.map.json');
writeFileSync(file, JSON.stringify(wideChainMap(50, 900)));

describe('banradius risk on a map too complex for the report', { timeout: 60_000 }, () => {
  it('exits 1 and prints the file, the limit hit and what to ask for instead', async () => {
    const c = capture('en');
    expect(await main(['risk', file, '--order', '3'], c.io)).toBe(1);
    expect(c.out).toEqual([]);
    // The words are the text layer's for this limit and order (src/text words them; this checks the reason).
    expect(c.err.join('\n')).toBe(`${file}: ${text('en').cutSets.tooComplex(3, 'sets')}`);
    expect(text('en').cutSets.tooComplex(3, 'sets')).not.toBe(text('en').cutSets.tooComplex(3, 'work'));
  });

  it('says it in Chinese too, and --json gives no half report', async () => {
    const c = capture('zh');
    expect(await main(['risk', file, '--order', '2', '--json'], c.io)).toBe(1);
    expect(c.out).toEqual([]);
    expect(c.err.join('\n')).toBe(`${file}: ${text('zh').cutSets.tooComplex(2, 'sets')}`);
  });

  it('still answers for one target account, as the message suggests', async () => {
    const c = capture('en');
    expect(await main(['risk', file, '--target', 'x1', '--order', '2', '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('')).cutSets.pairs).toHaveLength(2_500);
  });
});
