// Timelines (DESIGN §4c): each step is the impact of its bans and the takeover of its holds, compared with the
// step before; catalog presets build a timeline for one account, with a source line per step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allTimelinePresets, getTimelinePreset } from '../src/catalog/timelines.js';
import { compile, impact, parseMap, resolveTimeline, runTimeline, takeover } from '../src/engine/index.js';
import { type BindingMap, type Timeline, TimelineResultSchema } from '../src/model/index.js';
import { bansArb } from './support/arbitrary.js';
import { holdsArb, secretMapArb } from './support/takeover-arbitrary.js';

const sms = { account: 'phone', capability: 'sms' };
const MAP: BindingMap = {
  version: 1,
  accounts: [
    {
      id: 'phone',
      kind: 'phone',
      label: '139****1234',
      capabilities: ['access', 'sms', 'call_in', 'call_out', 'data'],
    },
    { id: 'alipay', kind: 'payment', label: '支付宝', ways: [{ label: 'SMS code login', requires: [sms] }] },
    {
      id: 'wechat',
      kind: 'messenger',
      label: '微信',
      provider: 'wechat',
      capabilities: ['access', 'pay', 'withdraw'],
      ways: [
        { label: 'password + SMS', requires: [sms], secret: true },
        { label: 'friends', requires: [] },
      ],
      assets: [{ label: '零钱', kind: 'money', value: 300, needs: 'withdraw' }],
    },
    { id: 'qq', kind: 'messenger', label: 'QQ', provider: 'qq', capabilities: ['access', 'oauth'] },
    {
      id: 'voice',
      kind: 'service',
      label: 'Voice-code app',
      ways: [{ label: 'code by a call', requires: [{ account: 'phone', capability: 'call_in' }] }],
    },
  ],
};
const c = compile(MAP);
const build = (preset: string, account: string, lang: 'zh' | 'en' = 'en') => {
  const r = resolveTimeline(MAP, { preset, account }, lang);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.timeline;
};

describe('timeline presets in the catalog', () => {
  it('offers the presets of issue 12, both readings of 单停 among them, each step with a source', () => {
    const ids = allTimelinePresets().map((t) => t.id);
    for (const id of [
      'phone_realname_2016',
      'phone_realname_2016_sms_in',
      'number_cancelled_recycled',
      'qq_temporary_freeze',
      'wechat_regional_suspension_2019',
    ])
      expect(ids).toContain(id);
    for (const t of allTimelinePresets())
      for (const step of t.steps) expect(step.source.length).toBeGreaterThan(10);
    expect(getTimelinePreset('phone_realname_2016')!.steps[0]!.source).toMatch(/Qianxinan/);
    expect(getTimelinePreset('phone_realname_2016_sms_in')!.steps[0]!.source).toMatch(/北京青年报/);
  });

  it('builds a valid timeline of the map for the chosen account, labels in the chosen language', () => {
    const t = build('phone_realname_2016', 'phone', 'zh');
    expect(t.steps.map((s) => [s.day, s.label])).toEqual([
      [0, '单停'],
      [30, '双停'],
      [90, '销号'],
      [180, '号码放给新机主'],
    ]);
    expect(t.steps[3]).toMatchObject({
      bans: [{ account: 'phone', preset: 'phone_cancelled' }],
      holds: [{ account: 'phone' }],
    });
    expect(parseMap({ ...MAP, timelines: [t] }).ok).toBe(true);
  });

  it('applies provider steps to every account of that provider (the 2019 regional suspension)', () => {
    const t = build('wechat_regional_suspension_2019', 'wechat');
    // The map's Alipay names no provider, so the Alipay step matches no account; QQ names `qq`.
    expect(t.steps[0]!.bans!.map((b) => `${b.account}@${b.preset}`)).toEqual([
      'wechat@wechat_restricted_permanent',
      'wechat@wechat_pay_frozen',
      'qq@qq_freeze',
    ]);
    const r = runTimeline(c, t);
    expect(r.steps[0]!.impact.accounts.wechat!.lost).toContain('withdraw');
    expect(r.steps[1]!.impact.accounts.wechat!.kept).toEqual(['withdraw']);
    expect(r.steps[0]!.impact.totals.lost).toEqual({ CNY: 300 });
    expect(r.steps[1]!.impact.totals.lost).toEqual({});
  });

  it('names a wrong preset, a missing or unknown account and an account of the wrong kind', () => {
    const errors = (choice: Parameters<typeof resolveTimeline>[1]) => {
      const r = resolveTimeline(MAP, choice);
      return r.ok ? [] : r.errors.map((e) => `${e.path.join('.')}: ${e.code}`);
    };
    expect(errors({ preset: 'nope', account: 'phone' })).toEqual(['preset: unknown_timeline_preset']);
    expect(errors({ preset: 'phone_realname_2016' })).toEqual(['account: timeline_choice']);
    expect(errors({ preset: 'phone_realname_2016', account: 'ghost' })).toEqual(['account: unknown_account']);
    expect(errors({ preset: 'phone_realname_2016', account: 'alipay' })).toEqual(['account: wrong_kind']);
    expect(errors({ timeline: 'missing' })).toEqual(['timeline: unknown_timeline']);
    expect(errors({})).toEqual(['timeline: timeline_choice']);
  });
});

describe('a number suspended, cancelled and reissued', () => {
  const r = runTimeline(c, build('phone_realname_2016', 'phone'));

  it('cuts the SMS-login app at 单停 but keeps the voice-code app until 双停', () => {
    expect(r.steps[0]!.newlyCut).toEqual(['alipay']);
    expect(r.steps[0]!.actBefore).toEqual(['alipay']);
    expect(r.steps[1]!.newlyCut).toEqual(['voice']);
    expect(r.steps[1]!.actBefore).toEqual(['voice']);
    expect(r.steps[2]!.newlyCut).toEqual([]);
  });

  it('hands every SMS-code and call-code way to the new owner on reissue, but not the password way', () => {
    const last = r.steps[3]!;
    expect(last.newlyTaken).toEqual(['alipay', 'phone', 'voice']);
    expect(last.takeover.accounts.wechat!.status).toBe('safe');
    expect(last.actBefore).toEqual([]);
    expect(TimelineResultSchema.parse(r)).toEqual(r);
  });

  it('reads 单停 the Beijing way too: with messages still coming in, nothing is cut until 双停', () => {
    const beijing = runTimeline(c, build('phone_realname_2016_sms_in', 'phone'));
    expect(beijing.steps[0]!.newlyCut).toEqual([]);
    expect(beijing.steps[1]!.newlyCut).toEqual(['alipay', 'voice']);
  });

  it('lifts a ban in a later step: a QQ freeze ends after about 7 days', () => {
    const t = runTimeline(c, build('qq_temporary_freeze', 'qq'));
    expect(t.steps.map((s) => [s.day, s.impact.accounts.qq!.status])).toEqual([
      [0, 'banned'],
      [7, 'ok'],
    ]);
  });
});

const timelineArb = (map: BindingMap) =>
  fc
    .array(fc.record({ gap: fc.integer({ min: 1, max: 60 }), bans: bansArb(map), holds: holdsArb(map) }), {
      minLength: 1,
      maxLength: 4,
    })
    .map(
      (rows): Timeline => ({
        id: 't',
        label: 'random',
        steps: rows.map((row, i) => ({
          day: rows.slice(0, i + 1).reduce((d, x) => d + x.gap, 0),
          label: `step ${i}`,
          bans: row.bans,
          holds: row.holds,
        })),
      }),
    );

describe('timelines against step-by-step impact and takeover', () => {
  it('gives each step exactly the impact of its bans and the takeover of its holds, and compares it with the one before', () => {
    fc.assert(
      fc.property(
        secretMapArb().chain((map) => fc.tuple(fc.constant(map), timelineArb(map))),
        ([map, timeline]) => {
          const cm = compile(map);
          const r = runTimeline(cm, timeline);
          const ids = map.accounts.map((a) => a.id).sort((x, y) => (x < y ? -1 : 1));
          let prev: { cut: Set<string>; has: Set<string>; works: Set<string> } | null = null;
          timeline.steps.forEach((step, k) => {
            const im = impact(cm, step.bans ?? []);
            const tk = takeover(cm, step.holds ?? []);
            const got = r.steps[k]!;
            expect(got.impact).toEqual(im);
            expect(got.takeover).toEqual(tk);
            const cut = new Set(ids.filter((id) => im.accounts[id]!.status === 'cut'));
            const has = new Set(ids.filter((id) => tk.accounts[id]!.status !== 'safe'));
            const works = new Set(
              ids.filter((id) => ['ok', 'partial', 'degraded'].includes(im.accounts[id]!.status)),
            );
            const worked =
              prev?.works ?? new Set(ids.filter((id) => im.accounts[id]!.status !== 'unreachable'));
            expect(got.newlyCut).toEqual(ids.filter((id) => cut.has(id) && !prev?.cut.has(id)));
            expect(got.newlyTaken).toEqual(ids.filter((id) => has.has(id) && !prev?.has.has(id)));
            expect(got.actBefore).toEqual(
              ids.filter(
                (id) =>
                  worked.has(id) &&
                  !prev?.has.has(id) &&
                  (cut.has(id) || tk.accounts[id]!.status === 'taken'),
              ),
            );
            prev = { cut, has, works };
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
