// Revision retention (issue 14 part 4): every revision of the last 30 days, then the newest of each day, at
// most a cap, the current version always; applied in the transaction of each save (with the store's
// injectable clock), and to every map by `banradius maps prune`. Undo and restore work over what is kept.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { openStore } from '../src/store/index.js';
import { prunable, RETENTION } from '../src/store/retention.js';
import { loadFixture } from './support/fixtures.js';
import { thrown } from './support/store-error.js';

const DAY = 86_400_000;
const qq = loadFixture('qq-permanent-ban-2022.map.json');

/** The rule said plainly: what stays, for a reference to hold `prunable` to. */
function naiveKept(revs: { version: number; savedAt: string }[], current: number, now: number, cap: number) {
  const keep = revs.filter((r) => {
    if (r.version === current) return true;
    if (Date.parse(r.savedAt) >= now - 30 * DAY) return true;
    const sameDay = revs.filter((o) => o.savedAt.slice(0, 10) === r.savedAt.slice(0, 10));
    return Math.max(...sameDay.map((o) => o.version)) === r.version;
  });
  const others = keep.filter((r) => r.version !== current).sort((a, b) => b.version - a.version);
  return new Set([current, ...others.slice(0, cap - 1).map((r) => r.version)]);
}

describe('the retention rule', () => {
  it('keeps what the rule says on random histories (fast-check against the plain reading)', () => {
    const history = fc
      .array(fc.integer({ min: 0, max: 5 * DAY }), { minLength: 1, maxLength: 60 })
      .map((gaps) => {
        let t = Date.parse('2026-01-01T00:00:00Z');
        return gaps.map((g, i) => {
          t += g;
          return { version: i + 1, savedAt: new Date(t).toISOString() };
        });
      });
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 0, max: 200 * DAY }),
        fc.integer({ min: 1, max: 30 }),
        (revs, after, cap) => {
          const current = revs.length;
          const now = Date.parse(revs.at(-1)!.savedAt) + after;
          const gone = new Set(prunable(revs, current, new Date(now), { fullDays: 30, cap }));
          const kept = new Set(revs.map((r) => r.version).filter((v) => !gone.has(v)));
          expect(kept).toEqual(naiveKept(revs, current, now, cap));
          expect(kept.has(current)).toBe(true);
          expect(kept.size).toBeLessThanOrEqual(cap);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('documents a cap large enough for a long editing session', () => {
    expect(RETENTION).toEqual({ fullDays: 30, cap: 10_000 });
  });
});

describe('the store applies it on every save', () => {
  it('keeps 30 days in full and one a day before, and undo and restore work over what is kept', () => {
    let clock = Date.parse('2026-01-01T08:00:00Z');
    const store = openStore(mkdtempSync(join(tmpdir(), 'banradius-retention-')), {
      now: () => new Date(clock),
    });
    let record = store.create({ ...qq, title: 'v1' });
    // four saves a day for 60 days
    for (let i = 2; i <= 240; i++) {
      clock += DAY / 4;
      record = store.update(record.id, { ...qq, title: `v${i}` }, record.version);
    }
    const kept = store.revisions(record.id)!;
    const now = clock;
    for (const r of kept) {
      const age = now - Date.parse(r.savedAt);
      if (age > 30 * DAY)
        expect(kept.filter((o) => o.savedAt.slice(0, 10) === r.savedAt.slice(0, 10))).toHaveLength(1);
    }
    const recent = kept.filter((r) => now - Date.parse(r.savedAt) <= 30 * DAY);
    expect(recent.length).toBe(121); // 30 days × 4, and the save at exactly 30 days
    expect(kept.length).toBeLessThan(240);
    expect(kept[0]!.version).toBe(record.version);
    // undo: the previous kept revision comes back as a new version
    const previous = kept[1]!.version;
    const undone = store.restore(record.id, previous, record.version);
    expect(undone.map.title).toBe(`v${previous}`);
    // an old day's revision still restores; a pruned one is not found, and nothing is written
    const old = kept.at(-1)!;
    expect(store.restore(record.id, old.version, undone.version).map.title).toBe(`v${old.version}`);
    const prunedVersion = [...Array(240).keys()]
      .map((i) => i + 1)
      .find((v) => !kept.some((r) => r.version === v))!;
    expect(thrown(() => store.restore(record.id, prunedVersion, undone.version + 1)).code).toBe('not_found');
    expect(store.integrityCheck()).toEqual(['ok']);
    store.close();
  });

  it('lets `banradius maps prune` apply the rule to every map', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banradius-prune-'));
    let clock = Date.parse('2020-01-01T00:00:00Z'); // long ago: the command uses the real clock
    const store = openStore(dir, { now: () => new Date(clock) });
    for (const title of ['a', 'b']) {
      let r = store.create({ ...qq, title });
      for (let i = 0; i < 9; i++) {
        clock += DAY / 3;
        r = store.update(r.id, { ...qq, title: `${title}${i}` }, r.version);
      }
    }
    store.close();
    const out: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: (t) => out.push(t), lang: 'en', env: {} };
    expect(await main(['maps', 'prune', '--data', dir, '--json'], io)).toBe(0);
    // 10 revisions over 3 days (days 1–3, then day 4 with the last): one per day is left, 4 per map
    expect(JSON.parse(out.join('\n'))).toEqual({ maps: 2, removed: 12 });
    const after = openStore(dir);
    for (const m of after.list()) expect(after.revisions(m.id)).toHaveLength(4);
    after.close();
    expect(await main(['maps', 'prune', '--data', dir], io)).toBe(0);
    expect(out.at(-1)).toContain('removed 0 old revisions');
  });
});
