// Validation of timelines and holds (DESIGN §4b, §4c): every problem is named with its JSON path.
import { describe, expect, it } from 'vitest';
import { checkHolds, issueText, validate } from '../src/engine/index.js';
import { type BindingMap, formatPath } from '../src/model/index.js';

const map = (timelines: unknown): unknown => ({
  version: 1,
  accounts: [
    { id: 'phone', kind: 'phone', label: '138****1234', capabilities: ['access', 'sms'] },
    {
      id: 'app',
      kind: 'service',
      label: 'App',
      ways: [{ requires: [{ account: 'phone', capability: 'sms' }] }],
    },
  ],
  timelines,
});

const problems = (m: unknown) => validate(m).errors.map((e) => `${formatPath(e.path)}: ${e.message}`);

describe('timeline validation', () => {
  it('accepts steps on increasing days with known bans and holds', () => {
    const m = map([
      {
        id: 't',
        label: 'Recycled',
        steps: [
          { day: 0, label: 'cancelled', bans: [{ account: 'phone', preset: 'phone_cancelled' }] },
          {
            day: 90,
            label: 'reissued',
            holds: [{ account: 'phone' }, { account: 'phone', capabilities: ['sms'] }],
          },
        ],
      },
    ]);
    expect(validate(m)).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('names a day that does not come after the step before, and repeated timeline ids', () => {
    const step = (day: number) => ({ day, label: `day ${day}` });
    const m = map([
      { id: 't', label: 'A', steps: [step(0), step(30), step(30), step(10)] },
      { id: 't', label: 'B', steps: [step(5)] },
    ]);
    expect(problems(m)).toEqual([
      'timelines[0].steps[2].day: day 30 must come after day 30 of the step before',
      'timelines[0].steps[3].day: day 10 must come after day 30 of the step before',
      'timelines[1].id: duplicate timeline id "t"',
    ]);
  });

  it('names unknown accounts, capabilities and presets in the bans and holds of a step', () => {
    const m = map([
      {
        id: 't',
        label: 'A',
        steps: [
          {
            day: 1,
            label: 'x',
            bans: [{ account: 'nobody' }, { account: 'phone', preset: 'no_such_preset' }],
            holds: [{ account: 'ghost' }, { account: 'phone', capabilities: ['sms', 'mail'] }],
          },
        ],
      },
    ]);
    expect(problems(m)).toEqual([
      'timelines[0].steps[0].bans[0].account: bans unknown account "nobody"',
      'timelines[0].steps[0].bans[1].preset: unknown ban preset "no_such_preset"',
      'timelines[0].steps[0].holds[0].account: holds unknown account "ghost"',
      'timelines[0].steps[0].holds[1].capabilities[1]: holds "mail" but account "phone" provides access, sms',
    ]);
  });

  it('rejects a negative or fractional day and an empty step list by the schema', () => {
    const m = map([
      { id: 'a', label: 'A', steps: [{ day: -1, label: 'x' }] },
      { id: 'b', label: 'B', steps: [{ day: 1.5, label: 'x' }] },
      { id: 'c', label: 'C', steps: [] },
    ]);
    const paths = validate(m).errors.map((e) => formatPath(e.path));
    expect(paths).toEqual(['timelines[0].steps[0].day', 'timelines[1].steps[0].day', 'timelines[2].steps']);
  });

  it('checks holds given outside a timeline with the caller’s prefix', () => {
    const m = map(undefined) as BindingMap;
    delete (m as { timelines?: unknown }).timelines;
    expect(checkHolds(m, [{ account: 'app', capabilities: ['sms'] }], ['holds'])).toEqual([
      {
        code: 'unknown_capability',
        path: ['holds', 0, 'capabilities', 0],
        message: 'holds "sms" but account "app" provides access',
        params: { account: 'app', capability: 'sms', provides: ['access'], in: 'hold' },
      },
    ]);
  });

  it('says in Chinese and English that days must increase', () => {
    const issue = {
      code: 'days_not_increasing',
      path: ['timelines', 0, 'steps', 1, 'day'],
      message: '',
      params: { day: 10, before: 30 },
    };
    expect(issueText(issue, 'zh')).toBe('这一步的天数（第 10 天）必须比上一步（第 30 天）大');
    expect(issueText(issue, 'en')).toBe(
      'this step (day 10) must come on a later day than the step before (day 30)',
    );
  });
});
