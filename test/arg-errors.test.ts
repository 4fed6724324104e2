// node's parseArgs mistakes are worded by the catalogue in the terminal's language, naming the option; the CLI
// answers them with exit code 2 and the usage line, in Chinese under a Chinese locale.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { argErrorText, argProblem } from '../src/text/index.js';

const errorOf = (args: string[], allowPositionals = true): unknown => {
  try {
    parseArgs({
      args,
      options: { port: { type: 'string', short: 'p' }, json: { type: 'boolean' } },
      allowPositionals,
      strict: true,
    });
  } catch (e) {
    return e;
  }
  throw new Error('parseArgs accepted the arguments');
};

describe('parseArgs errors in words', () => {
  it('reads the kind and the option from the error code and message', () => {
    expect(argProblem(errorOf(['--nope']))).toEqual({ kind: 'unknownOption', name: '--nope' });
    expect(argProblem(errorOf(['-p']))).toEqual({ kind: 'missingValue', name: '--port' });
    expect(argProblem(errorOf(['--json=1']))).toEqual({ kind: 'takesNoValue', name: '--json' });
    expect(argProblem(errorOf(['--port', '-5']))).toEqual({ kind: 'dashValue', name: '--port' });
    expect(argProblem(errorOf(['a.json'], false))).toEqual({ kind: 'unexpectedArgument', name: 'a.json' });
    expect(argProblem(new Error('other'))).toBeUndefined();
  });

  it('words each in Chinese and English, with no error code', () => {
    const all = [errorOf(['--nope']), errorOf(['--port']), errorOf(['--json=1']), errorOf(['x'], false)];
    for (const e of all) {
      expect(argErrorText(e, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(argErrorText(e, 'zh')).not.toMatch(/ERR_|Unknown|argument/);
      expect(argErrorText(e, 'en')).not.toMatch(/ERR_/);
    }
    expect(argErrorText(errorOf(['--nope']), 'zh')).toContain('没有“--nope”这个选项');
    expect(argErrorText(errorOf(['--port']), 'en')).toBe('--port needs a value');
  });

  it('answers a command’s unknown option with exit code 2 and the usage, in the terminal’s language', async () => {
    const err: string[] = [];
    const io = { lang: 'zh' as const, env: {}, out: () => {}, err: (s: string) => void err.push(s) };
    expect(await main(['risk', 'x.json', '--bogus'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/^没有“--bogus”这个选项.*\n用法：banradius risk /s);
  });
});
