/**
 * @module The takeover part of the risk report (DESIGN §4b): for every phone and email account, what a stranger
 * holding it whole takes, ranked by the money exposed, with the actions that close the ways it opens ("Alipay:
 * turn off SMS code login or add a password — a new owner of 139****1234 could get in").
 */
import { mayAdviseDroppingSms, twoFactorFor } from '../catalog/twofa.js';
import type { RiskTakeover, TakeoverFix, Totals, Way } from '../model/index.js';
import { type Lang, listOf, text, wayName } from '../text/index.js';
import { WayCloser } from './close-ways.js';
import type { Compiled } from './compile.js';
import { compareTotalsDesc, MoneySum } from './money.js';
import { type Availability, propagate, type Seed } from './propagate.js';
import { redactText } from './redact.js';
import { takeoverSeed } from './takeover.js';

/** At most this many accounts are valued as fixes per held account (the most exposed first), to bound the cost. */
export const MAX_FIXES_VALUED = 24;

interface AssetRow {
  slot: number;
  value: number | undefined;
  currency: string;
}

/** Every asset's row, and the rows by account and by the slot they need. */
interface AssetRows {
  all: AssetRow[];
  byAccount: AssetRow[][];
  bySlot: Map<number, AssetRow[]>;
}

function assetRows(c: Compiled): AssetRows {
  const rows: AssetRow[] = [];
  c.map.accounts.forEach((acc, a) => {
    for (const asset of acc.assets ?? [])
      rows.push({
        slot: c.slotBase[a]! + c.caps[a]!.indexOf(asset.needs ?? 'access'),
        value: asset.value,
        currency: asset.currency ?? 'CNY',
      });
  });
  const byAccount: AssetRow[][] = [];
  const bySlot = new Map<number, AssetRow[]>();
  for (const r of rows) {
    const a = c.slotAccount[r.slot]!;
    const mine = byAccount[a];
    if (mine) mine.push(r);
    else byAccount[a] = [r];
    const here = bySlot.get(r.slot);
    if (here) here.push(r);
    else bySlot.set(r.slot, [r]);
  }
  return { all: rows, byAccount, bySlot };
}

function hasAny(c: Compiled, slot: Uint8Array, a: number): boolean {
  for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) if (slot[s] === 1) return true;
  return false;
}

function sumOf(rows: readonly AssetRow[], pick: (r: AssetRow) => boolean): Totals {
  const sum = new MoneySum();
  for (const r of rows) if (r.value !== undefined && pick(r)) sum.add(r.value, r.currency);
  return sum.totals();
}

/** Accounts other than `held` of which the stranger takes some capability, in id order. */
function takenOf(c: Compiled, open: Availability, held: number): number[] {
  const out: number[] = [];
  for (const a of c.order) {
    if (a === held) continue;
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++)
      if (open.slot[s] === 1) {
        out.push(a);
        break;
      }
  }
  return out;
}

/** The open ways of `x` that require a capability of `held` directly, in sorted order. */
function directWays(c: Compiled, open: Availability, x: number, held: number): number[] {
  const out: number[] = [];
  for (let k = c.accountWayStart[x]!; k < c.accountWayStart[x + 1]!; k++) {
    const w = c.accountWays[k]!;
    if (open.way[w] !== 1) continue;
    for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++)
      if (c.slotAccount[c.wayReqs[r]!] === held) {
        out.push(w);
        break;
      }
  }
  return out;
}

function wayOf(c: Compiled, w: number): Way {
  const acc = c.map.accounts[c.wayAccount[w]!]!;
  const target = c.wayTarget[w]!;
  const list = target < 0 ? acc.ways! : acc.capabilityWays![c.slotCap[target]!]!;
  return list[c.wayOrdinal[w]!]!;
}

/**
 * The advice for closing `ways` of `x`. Against a held number, turning SMS login off is advised only where the
 * bundled 2fa.directory snapshot says the site offers another factor and does not require SMS; where it
 * requires SMS, only moving to a number the person keeps; with no data, both, the first hedged.
 */
function sentence(c: Compiled, x: number, ways: readonly number[], held: number, lang: Lang): string {
  const label = (id: string) => c.map.accounts[c.index.get(id)!]?.label ?? id;
  const way = listOf([...new Set(ways.map((w) => wayName(wayOf(c, w), label, lang)))], lang);
  const holder = redactText(c.map.accounts[held]!.label);
  const account = c.map.accounts[x]!;
  const t = text(lang).takeover;
  if (c.map.accounts[held]!.kind !== 'phone') return t.fix(account.label, way, holder, false);
  const provider = account.provider;
  if (provider !== undefined && mayAdviseDroppingSms(provider))
    return t.fix(account.label, way, holder, true);
  if (provider !== undefined && smsRequired(provider)) return t.fixSmsRequired(account.label, way, holder);
  return t.fixIfPossible(account.label, way, holder);
}

const smsRequired = (provider: string): boolean => {
  const info = twoFactorFor(provider);
  return info.status === 'data' && info.smsRequired;
};

/** Values closing the direct ways of each candidate, against the takeover of `held`. */
function fixesFor(
  c: Compiled,
  seed: Seed,
  open: Availability,
  held: number,
  taken: readonly number[],
  rows: AssetRows,
  pos: Int32Array,
): TakeoverFix[] {
  const exposedNow = (r: AssetRow) => open.slot[r.slot] === 1;
  const candidates = taken
    .map((x) => ({ x, ways: directWays(c, open, x, held) }))
    .filter((k) => k.ways.length > 0)
    .map((k) => ({ ...k, own: sumOf(rows.byAccount[k.x] ?? [], exposedNow) }))
    .sort((p, q) => compareTotalsDesc(p.own, q.own) || (c.ids[p.x]! < c.ids[q.x]! ? -1 : 1))
    .slice(0, MAX_FIXES_VALUED);
  const fixes: TakeoverFix[] = [];
  // Each fix closes a few ways on the takeover's fixpoint, re-deriving only what depends on them.
  const closer = candidates.length > 0 ? new WayCloser(c, open, seed) : undefined;
  for (const { x, ways } of candidates) {
    const off = closer!.close(ways);
    const lost = [...new Set(off.map((s) => c.slotAccount[s]!))].filter(
      (y) => y !== held && !hasAny(c, closer!.slot, y),
    );
    const saves = lost.sort((p, q) => pos[p]! - pos[q]!).map((y) => c.ids[y]!);
    const protects = sumOf(
      off.flatMap((s) => rows.bySlot.get(s) ?? []),
      () => true,
    );
    closer!.restore();
    if (saves.length === 0) continue;
    const first = ways[0]!;
    const target = c.wayTarget[first]!;
    fixes.push({
      account: c.ids[x]!,
      way:
        target < 0
          ? { way: c.wayOrdinal[first]! }
          : { way: c.wayOrdinal[first]!, capabilityWay: c.slotCap[target]! },
      protects,
      saves,
      text: sentence(c, x, ways, held, 'en'),
      textZh: sentence(c, x, ways, held, 'zh'),
    });
  }
  return fixes.sort(
    (p, q) =>
      compareTotalsDesc(p.protects, q.protects) ||
      q.saves.length - p.saves.length ||
      (p.account < q.account ? -1 : p.account > q.account ? 1 : 0),
  );
}

/**
 * For every phone and email account, what a stranger holding it whole takes and the money exposed, ranked by
 * money exposed desc, accounts taken desc, then id; each with the fixes that close the ways it opens.
 */
export function takeoverRanking(c: Compiled): RiskTakeover[] {
  const rows = assetRows(c);
  const pos = new Int32Array(c.ids.length);
  c.order.forEach((a, i) => {
    pos[a] = i;
  });
  const out: RiskTakeover[] = [];
  const closed = takeoverSeed(c, [], new Set()).closed;
  for (const p of c.order) {
    const kind = c.map.accounts[p]!.kind;
    if (kind !== 'phone' && kind !== 'email') continue;
    // takeoverSeed(c, [{account: p, capabilities: all of p's}], no knows), with the closed ways found once.
    const seed: Seed = {
      reached: new Uint8Array(c.ids.length),
      slots: new Uint8Array(c.slotCap.length),
      closed,
    };
    seed.reached![p] = 1;
    seed.slots!.fill(1, c.slotBase[p]!, c.slotBase[p + 1]!);
    const open = propagate(c, null, seed);
    const taken = takenOf(c, open, p);
    out.push({
      account: c.ids[p]!,
      taken: taken.map((a) => c.ids[a]!),
      exposed: sumOf(rows.all, (r) => open.slot[r.slot] === 1),
      fixes: fixesFor(c, seed, open, p, taken, rows, pos),
    });
  }
  return out.sort(
    (p, q) =>
      compareTotalsDesc(p.exposed, q.exposed) ||
      q.taken.length - p.taken.length ||
      (p.account < q.account ? -1 : p.account > q.account ? 1 : 0),
  );
}
