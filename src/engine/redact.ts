/**
 * @module Redaction of personal data for exports (DESIGN §2): phone numbers (`138****1234`), emails
 * (`79***@qq.com`), QQ numbers and other 5–12 digit runs, WeChat ids (`wxid_***`), and ID-card or bank-card
 * numbers. Pure text rules, applied to every free-text field of a map and to ids that look personal.
 */
import type { Account, BindingMap, Scenario, Way } from '../model/index.js';

/** Options of {@link redactText}. */
export interface RedactOptions {
  /** The character that replaces hidden characters. Default `*`; ids use `x` so they stay valid ids. */
  mask?: string;
}

// One pass over the text with one alternation, so a masked part is never masked again. Every quantifier is
// bounded or followed by nothing that can fail, so the scan stays linear on long notes (no ReDoS).
const PATTERN = new RegExp(
  [
    // 1: email local part, 2: domain
    String.raw`([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24})(?![A-Za-z0-9-])`,
    // WeChat's generated ids
    'wxid_[A-Za-z0-9_-]+',
    // 3: a mainland mobile number written with separators (`138 1234 1234`): its first three digits, 4: last four
    String.raw`(?<!\d)(1[3-9]\d)[- ]\d{4}[- ](\d{4})(?!\d)`,
    // 5: a whole run of digits (maximal thanks to the lookbehind), 6: an ID card's final X
    String.raw`(?<!\d)(\d+)([Xx])?`,
  ].join('|'),
  'g',
);

const CURRENCY = new Set(['¥', '￥', '$', '€', '£']);

/** Masks one run of digits by its length; `undefined` when it is not personal data (short, or an amount). */
function maskDigits(run: string, x: string, before: string, after: string, m: string): string | undefined {
  // An amount or a decimal: `¥12000`, `12000.50`, `0.123456`.
  if (CURRENCY.has(before.slice(-1)) || /\d[.,]$/.test(before) || /^[.,]\d/.test(after)) return undefined;
  const phone = (d: string) => `${d.slice(0, 3)}${m.repeat(4)}${d.slice(-4)}`;
  if (x === '' && run.length === 11 && /^1[3-9]/.test(run)) return phone(run);
  if (x === '' && run.length === 13 && /^861[3-9]/.test(run)) return `86${phone(run.slice(2))}`;
  const all = run + x;
  if (all.length >= 13) return `${m.repeat(all.length - 4)}${all.slice(-4)}`;
  if (run.length >= 5) {
    const tail = run.length >= 8 ? 2 : 0;
    return `${run.slice(0, 2)}${m.repeat(run.length - 2 - tail)}${run.slice(run.length - tail)}${x}`;
  }
  return undefined;
}

/** Masks personal data in one string: phones, emails, QQ numbers, WeChat ids, ID and card numbers. */
export function redactText(text: string, options: RedactOptions = {}): string {
  const m = options.mask ?? '*';
  return text.replace(PATTERN, (match: string, ...groups: unknown[]) => {
    const [local, domain, head, tail, run, x] = groups as (string | undefined)[];
    const offset = groups[6] as number;
    if (local !== undefined && domain !== undefined) {
      const keep = Math.min(2, local.length - 1);
      return `${local.slice(0, keep)}${m.repeat(Math.max(1, Math.min(3, local.length - keep)))}@${domain}`;
    }
    if (head !== undefined && tail !== undefined) return `${head}${m.repeat(4)}${tail}`;
    if (run !== undefined) {
      const before = text.slice(Math.max(0, offset - 2), offset);
      const after = text.slice(offset + match.length, offset + match.length + 2);
      return maskDigits(run, x ?? '', before, after, m) ?? match;
    }
    return `wxid_${m.repeat(3)}`; // the only alternative without a group
  });
}

const MAX_ID = 64;

/**
 * Renames ids that carry personal data (e.g. `13812341234` → `138xxxx1234`), keeping every id unique: a
 * renamed id that would collide gets a numeric suffix. Ids without personal data keep their name.
 */
function renameIds(ids: readonly string[]): Map<string, string> {
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) if (redactText(id, { mask: 'x' }) === id) taken.add(id);
  for (const id of ids) {
    if (renamed.has(id)) continue;
    const masked = redactText(id, { mask: 'x' });
    if (masked === id) {
      renamed.set(id, id);
      continue;
    }
    let candidate = masked.slice(0, MAX_ID);
    for (let k = 2; taken.has(candidate); k++) {
      const suffix = `_${k}`;
      candidate = `${masked.slice(0, MAX_ID - suffix.length)}${suffix}`;
    }
    taken.add(candidate);
    renamed.set(id, candidate);
  }
  return renamed;
}

const text = (s: string | undefined): string | undefined => (s === undefined ? undefined : redactText(s));

function redactWay(way: Way, rename: (id: string) => string): Way {
  const out: Way = { ...way, requires: way.requires.map((r) => ({ ...r, account: rename(r.account) })) };
  if (way.label !== undefined) out.label = redactText(way.label);
  return out;
}

function redactAccount(a: Account, rename: (id: string) => string): Account {
  const out: Account = { ...a, id: rename(a.id), label: redactText(a.label) };
  if (a.notes !== undefined) out.notes = text(a.notes);
  if (a.ways !== undefined) out.ways = a.ways.map((w) => redactWay(w, rename));
  if (a.capabilityWays !== undefined) {
    const cw: Record<string, Way[]> = {};
    for (const [cap, ways] of Object.entries(a.capabilityWays))
      cw[cap] = ways.map((w) => redactWay(w, rename));
    out.capabilityWays = cw;
  }
  if (a.assets !== undefined) out.assets = a.assets.map((x) => ({ ...x, label: redactText(x.label) }));
  return out;
}

/**
 * A copy of a map with personal data masked in its title, labels and notes, and in account and scenario ids
 * that look like phone numbers, QQ numbers or WeChat ids (renamed consistently, so every reference still
 * resolves and the copy is still a valid map). The input is not modified.
 */
export function redactMap(map: BindingMap): BindingMap {
  const accountIds = renameIds(map.accounts.map((a) => a.id));
  const scenarioIds = renameIds((map.scenarios ?? []).map((s) => s.id));
  const rename = (id: string) => accountIds.get(id) ?? id;
  const out: BindingMap = { ...map, accounts: map.accounts.map((a) => redactAccount(a, rename)) };
  if (map.title !== undefined) out.title = redactText(map.title);
  if (map.scenarios !== undefined)
    out.scenarios = map.scenarios.map(
      (s): Scenario => ({
        ...s,
        id: scenarioIds.get(s.id) ?? s.id,
        label: redactText(s.label),
        ...(s.notes !== undefined ? { notes: redactText(s.notes) } : {}),
        bans: s.bans.map((b) => ({ ...b, account: rename(b.account) })),
      }),
    );
  return out;
}
