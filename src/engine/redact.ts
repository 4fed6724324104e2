/**
 * @module The one redaction of a map (DESIGN §11: redaction is done on the map, not on the output). Every
 * id is renamed (accounts `a1`, `a2`, …, scenarios `s1`, …, timelines `t1`, …, in map order), every label,
 * note and asset label is masked with {@link redactText}, capability names carrying personal data are renamed
 * too, and unknown providers are dropped. Every export format renders the result, so none leaks what another
 * masks.
 */
import { getProvider } from '../catalog/index.js';
import type { Account, Ban, BindingMap, Hold, Timeline, Way } from '../model/index.js';
import { redactText } from './redact-text.js';

export { asciiDigits, type RedactOptions, redactText } from './redact-text.js';

type Rename = (id: string) => string;

/** `prefix1`, `prefix2`, … for each id in order; ids seen twice keep their first name. */
function numbered(ids: readonly string[], prefix: string): Rename {
  const names = new Map<string, string>();
  for (const id of ids) if (!names.has(id)) names.set(id, `${prefix}${names.size + 1}`);
  return (id) => names.get(id) ?? `${prefix}0`;
}

/** Every capability name the map uses, in order of first use. */
function capabilityNames(map: BindingMap): string[] {
  const out = new Set<string>();
  const ways = (list: readonly Way[] | undefined) => {
    for (const w of list ?? []) for (const r of w.requires) if (r.capability) out.add(r.capability);
  };
  const bans = (list: readonly Ban[] | undefined) => {
    for (const b of list ?? []) if (Array.isArray(b.lose)) for (const c of b.lose) out.add(c);
  };
  for (const a of map.accounts) {
    for (const c of a.capabilities ?? []) out.add(c);
    ways(a.ways);
    for (const [c, list] of Object.entries(a.capabilityWays ?? {})) {
      out.add(c);
      ways(list);
    }
    for (const x of a.assets ?? []) if (x.needs) out.add(x.needs);
  }
  for (const s of map.scenarios ?? []) bans(s.bans);
  for (const t of map.timelines ?? [])
    for (const step of t.steps) {
      bans(step.bans);
      for (const h of step.holds ?? []) for (const c of h.capabilities ?? []) out.add(c);
    }
  return [...out];
}

/** Capability names with personal data become `cap1`, `cap2`, … (skipping names in use); the rest stay. */
function capabilityRenames(map: BindingMap): Rename {
  const names = capabilityNames(map);
  const taken = new Set(names);
  const renamed = new Map<string, string>();
  let k = 0;
  for (const c of names) {
    if (redactText(c) === c) continue;
    let name: string;
    do name = `cap${++k}`;
    while (taken.has(name));
    taken.add(name);
    renamed.set(c, name);
  }
  return (c) => renamed.get(c) ?? c;
}

interface Renames {
  account: Rename;
  cap: Rename;
}

function redactWay(way: Way, r: Renames): Way {
  const out: Way = {
    ...way,
    requires: way.requires.map((q) => ({
      account: r.account(q.account),
      ...(q.capability !== undefined ? { capability: r.cap(q.capability) } : {}),
    })),
  };
  if (way.label !== undefined) out.label = redactText(way.label);
  return out;
}

function redactAccount(a: Account, r: Renames): Account {
  const out: Account = { id: r.account(a.id), kind: a.kind, label: redactText(a.label) };
  if (a.provider !== undefined && getProvider(a.provider)) out.provider = a.provider;
  if (a.capabilities !== undefined) out.capabilities = a.capabilities.map(r.cap);
  if (a.ways !== undefined) out.ways = a.ways.map((w) => redactWay(w, r));
  if (a.capabilityWays !== undefined) {
    const cw: Record<string, Way[]> = {};
    for (const [cap, ways] of Object.entries(a.capabilityWays))
      cw[r.cap(cap)] = ways.map((w) => redactWay(w, r));
    out.capabilityWays = cw;
  }
  if (a.assets !== undefined)
    out.assets = a.assets.map((x) => ({
      ...x,
      label: redactText(x.label),
      ...(x.needs !== undefined ? { needs: r.cap(x.needs) } : {}),
    }));
  if (a.notes !== undefined) out.notes = redactText(a.notes);
  return out;
}

function redactBan(b: Ban, r: Renames): Ban {
  return {
    ...b,
    account: r.account(b.account),
    ...(Array.isArray(b.lose) ? { lose: b.lose.map(r.cap) } : {}),
  };
}

function redactHold(h: Hold, r: Renames): Hold {
  return {
    account: r.account(h.account),
    ...(h.capabilities !== undefined ? { capabilities: h.capabilities.map(r.cap) } : {}),
  };
}

function redactTimeline(t: Timeline, id: string, r: Renames): Timeline {
  const out: Timeline = {
    id,
    label: redactText(t.label),
    steps: t.steps.map((s) => ({
      day: s.day,
      label: redactText(s.label),
      ...(s.bans !== undefined ? { bans: s.bans.map((b) => redactBan(b, r)) } : {}),
      ...(s.holds !== undefined ? { holds: s.holds.map((h) => redactHold(h, r)) } : {}),
    })),
  };
  if (t.notes !== undefined) out.notes = redactText(t.notes);
  return out;
}

/**
 * A redacted copy of a validated map: ids renamed in order (`a1`…, `s1`…, `t1`…) so every reference still
 * resolves and the copy is still a valid map with the same semantics; personal data masked in the title and
 * every label and note. Pure and deterministic; the input is not modified.
 */
export function redactMap(map: BindingMap): BindingMap {
  const r: Renames = {
    account: numbered(
      map.accounts.map((a) => a.id),
      'a',
    ),
    cap: capabilityRenames(map),
  };
  const scenario = numbered(
    (map.scenarios ?? []).map((s) => s.id),
    's',
  );
  const timeline = numbered(
    (map.timelines ?? []).map((t) => t.id),
    't',
  );
  const out: BindingMap = { version: map.version, accounts: map.accounts.map((a) => redactAccount(a, r)) };
  if (map.title !== undefined) out.title = redactText(map.title);
  if (map.scenarios !== undefined)
    out.scenarios = map.scenarios.map((s) => ({
      id: scenario(s.id),
      label: redactText(s.label),
      bans: s.bans.map((b) => redactBan(b, r)),
      ...(s.notes !== undefined ? { notes: redactText(s.notes) } : {}),
    }));
  if (map.timelines !== undefined)
    out.timelines = map.timelines.map((t) => redactTimeline(t, timeline(t.id), r));
  return out;
}
