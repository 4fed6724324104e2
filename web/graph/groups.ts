/**
 * Big maps drawn readably: above `GROUP_ABOVE` accounts the graph shows the roots and the accounts most others
 * hang off, and gathers every other account into one group node under the visible account it hangs off
 * ("QQ 邮箱 → 16 个账户"), expanded on click. Pure: a GraphData in, a smaller GraphData out, plus which group
 * each hidden account sits in, so a search or the table can open the group of any account.
 */
import type { Status, TakeoverStatus } from '../../src/model/index.js';
import type { GraphData, GraphNode, GraphReq, GraphWay, StatusView } from './graph-data.js';

/** Maps with more accounts than this are drawn grouped. */
export const GROUP_ABOVE = 150;
/** Group node ids start with this; `#` is not allowed in account ids, so they never collide. */
export const GROUP_PREFIX = 'group#';

export interface Grouping {
  data: GraphData;
  /** Hidden account → the id of its group node (accounts of expanded groups are not listed). */
  groupOf: ReadonlyMap<string, string>;
  /** Group id → every account in it, expanded or not. */
  members: ReadonlyMap<string, readonly string[]>;
}

export const isGroup = (id: string): boolean => id.startsWith(GROUP_PREFIX);

/** How many distinct accounts hang directly off each account. */
function dependantCounts(data: GraphData): Map<string, number> {
  const count = new Map<string, number>();
  const last = new Map<string, string>();
  for (const w of data.ways) {
    for (const r of w.requires) {
      if (r.account === w.account || last.get(r.account) === w.account) continue;
      last.set(r.account, w.account);
      count.set(r.account, (count.get(r.account) ?? 0) + 1);
    }
  }
  return count;
}

/** The roots, then the accounts with the most dependants, up to a quarter of the budget (groups take the rest). */
function pickVisible(data: GraphData, count: ReadonlyMap<string, number>, max: number): Set<string> {
  const visible = new Set(data.nodes.filter((n) => n.root).map((n) => n.id));
  const hubs = data.nodes
    .filter((n) => !n.root && (count.get(n.id) ?? 0) > 0)
    .sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  for (const n of hubs) {
    if (visible.size >= Math.floor(max / 4)) break;
    visible.add(n.id);
  }
  return visible;
}

/** For each account, the account it mainly hangs off: its most-depended-on requirement over its ways. */
function primaryParents(data: GraphData, count: ReadonlyMap<string, number>): Map<string, string> {
  const parent = new Map<string, string>();
  const best = new Map<string, number>();
  for (const w of data.ways) {
    if (w.capability !== undefined && parent.has(w.account)) continue;
    for (const r of w.requires) {
      if (r.account === w.account) continue;
      const c = count.get(r.account) ?? 0;
      if (!parent.has(w.account) || c > best.get(w.account)!) {
        parent.set(w.account, r.account);
        best.set(w.account, c);
      }
    }
  }
  return parent;
}

/** The visible account each hidden one hangs off, following main parents; a parentless cycle shows its entry. */
function anchors(
  data: GraphData,
  visible: Set<string>,
  parent: ReadonlyMap<string, string>,
): Map<string, string> {
  const anchor = new Map<string, string>();
  for (const n of data.nodes) {
    if (visible.has(n.id) || anchor.has(n.id)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let at: string | undefined = n.id;
    let found: string | undefined;
    while (at !== undefined) {
      if (visible.has(at)) found = at;
      else found = anchor.get(at);
      if (found !== undefined || onChain.has(at)) break;
      chain.push(at);
      onChain.add(at);
      at = parent.get(at);
    }
    if (found === undefined) {
      // No visible account up the chain (a cycle, or no requirement): the first account of the chain shows.
      found = chain.shift()!;
      visible.add(found);
    }
    for (const id of chain) anchor.set(id, found);
  }
  return anchor;
}

/**
 * The graph to draw for `data`: unchanged up to `max` accounts; above it, grouped, with the groups in
 * `expanded` opened. `label(anchorLabel, n)` words a group node ("QQ 邮箱 → 16 个账户").
 */
export function groupGraph(
  data: GraphData,
  expanded: ReadonlySet<string>,
  label: (anchorLabel: string, n: number) => string,
  max = GROUP_ABOVE,
): Grouping {
  if (data.nodes.length <= max) return { data, groupOf: new Map(), members: new Map() };
  const count = dependantCounts(data);
  const visible = pickVisible(data, count, max);
  const anchor = anchors(data, visible, primaryParents(data, count));
  const members = new Map<string, string[]>();
  for (const [id, a] of anchor) {
    const gid = GROUP_PREFIX + a;
    const list = members.get(gid);
    if (list) list.push(id);
    else members.set(gid, [id]);
  }
  const groupOf = new Map<string, string>();
  for (const [gid, list] of members) {
    if (list.length < 2 || expanded.has(gid)) for (const id of list) visible.add(id);
    else for (const id of list) groupOf.set(id, gid);
  }
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const nodes: GraphNode[] = data.nodes.filter((n) => visible.has(n.id));
  const ways: GraphWay[] = [];
  for (const w of data.ways) {
    if (!visible.has(w.account)) continue;
    const seen = new Set<string>();
    const requires: GraphReq[] = [];
    for (const r of w.requires) {
      const to = groupOf.get(r.account);
      const req = to === undefined ? r : { account: to, capability: 'access', available: r.available };
      const key = `${req.account}\u0000${req.capability}`;
      if (seen.has(key)) continue;
      seen.add(key);
      requires.push(req);
    }
    ways.push({ ...w, requires });
  }
  for (const [gid, list] of members) {
    if (!groupOf.has(list[0]!)) continue;
    const anchorId = gid.slice(GROUP_PREFIX.length);
    const anchorNode = byId.get(anchorId)!;
    nodes.push({
      id: gid,
      label: label(anchorNode.label, list.length),
      kind: 'service',
      root: false,
      unreachable: list.every((id) => byId.get(id)!.unreachable),
    });
    ways.push({
      account: gid,
      index: 0,
      requires: [{ account: anchorId, capability: 'access', available: true }],
    });
  }
  return { data: { nodes, ways }, groupOf, members };
}

const SEVERITY: readonly Status[] = ['banned', 'cut', 'partial', 'degraded', 'ok'];

/** The statuses to paint: each closed group shows the worst status among its accounts. */
export function groupStatuses(statuses: StatusView, grouping: Grouping): StatusView {
  if (statuses === null || grouping.groupOf.size === 0) return statuses;
  const out = new Map(statuses);
  for (const [gid, list] of grouping.members) {
    if (!grouping.groupOf.has(list[0]!)) continue;
    let worst = SEVERITY.length - 1;
    for (const id of list) {
      const s = statuses.get(id)?.status;
      const i = s === undefined ? -1 : SEVERITY.indexOf(s);
      if (i >= 0 && i < worst) worst = i;
    }
    out.set(gid, { status: SEVERITY[worst]!, lost: [] });
  }
  return out;
}

const TAKEOVER_ORDER: readonly TakeoverStatus[] = ['held', 'taken', 'safe'];

/** The takeover to paint: each closed group shows held if a member is held, else taken if one is taken. */
export function groupTakeover(
  takeover: ReadonlyMap<string, TakeoverStatus> | null,
  grouping: Grouping,
): ReadonlyMap<string, TakeoverStatus> | null {
  if (takeover === null || grouping.groupOf.size === 0) return takeover;
  const out = new Map(takeover);
  for (const [gid, list] of grouping.members) {
    if (!grouping.groupOf.has(list[0]!)) continue;
    let best = TAKEOVER_ORDER.length - 1;
    for (const id of list) {
      const s = takeover.get(id);
      const i = s === undefined ? -1 : TAKEOVER_ORDER.indexOf(s);
      if (i >= 0 && i < best) best = i;
    }
    out.set(gid, TAKEOVER_ORDER[best]!);
  }
  return out;
}
