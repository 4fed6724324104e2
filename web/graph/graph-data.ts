/**
 * Turns a map and its baseline impact into what the graph draws: one node per account (flagged root or
 * unreachable) and one entry per way, each listing its distinct requirements and whether they work at baseline.
 * Pure: no DOM, so it is shared by the graph, the layout and the tests.
 */
import type { BindingMap, Impact, Kind, Status } from '../../src/model/index.js';

export interface GraphNode {
  id: string;
  label: string;
  kind: Kind;
  /** No ways: held directly. */
  root: boolean;
  /** No capability available even before any ban. */
  unreachable: boolean;
}

export interface GraphReq {
  account: string;
  capability: string;
  /** Available at baseline. */
  available: boolean;
}

export interface GraphWay {
  /** The account this way leads into. */
  account: string;
  /** Index in `ways` or in `capabilityWays[capability]`. */
  index: number;
  /** Set for a capability way: the capability it opens. */
  capability?: string;
  label?: string;
  /** Distinct requirements, sorted by account then capability. */
  requires: GraphReq[];
}

/** One drawn link: a requirement of a way (or, with `req` null, the whole way from its junction). */
export interface LinkRef {
  /** The account the way leads into. */
  account: string;
  /** Set for a capability way. */
  capability?: string;
  /** The way's index in its list. */
  index: number;
  req: { account: string; capability: string } | null;
}

export interface GraphData {
  nodes: GraphNode[];
  ways: GraphWay[];
}

/** Per account, what a simulation did to it; `null` when no simulation is running. */
export type StatusView = ReadonlyMap<string, { status: Status; lost: readonly string[] }> | null;

/** The graph of a map, given its impact with no bans (which holds the baseline capabilities as `kept`). */
export function graphData(map: BindingMap, baseline: Impact): GraphData {
  const kept = (id: string): readonly string[] => baseline.accounts[id]?.kept ?? [];
  const nodes: GraphNode[] = map.accounts.map((a) => ({
    id: a.id,
    label: a.label,
    kind: a.kind,
    root: (a.ways ?? []).length === 0,
    unreachable: baseline.accounts[a.id]?.status === 'unreachable',
  }));
  const ways: GraphWay[] = [];
  const toReqs = (requires: readonly { account: string; capability?: string | undefined }[]): GraphReq[] => {
    const seen = new Set<string>();
    const out: GraphReq[] = [];
    for (const r of requires) {
      const capability = r.capability ?? 'access';
      const key = `${r.account}\u0000${capability}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ account: r.account, capability, available: kept(r.account).includes(capability) });
    }
    return out.sort((x, y) =>
      x.account === y.account ? (x.capability < y.capability ? -1 : 1) : x.account < y.account ? -1 : 1,
    );
  };
  for (const a of map.accounts) {
    (a.ways ?? []).forEach((w, index) => {
      const way: GraphWay = { account: a.id, index, requires: toReqs(w.requires) };
      if (w.label !== undefined) way.label = w.label;
      ways.push(way);
    });
    for (const [capability, list] of Object.entries(a.capabilityWays ?? {})) {
      list.forEach((w, index) => {
        const way: GraphWay = { account: a.id, index, capability, requires: toReqs(w.requires) };
        if (w.label !== undefined) way.label = w.label;
        ways.push(way);
      });
    }
  }
  return { nodes, ways };
}

/** The layout's input: for each account the accounts it requires, all and those available at baseline. */
export function requirementLists(data: GraphData): {
  requires: Map<string, string[]>;
  requiresAvailable: Map<string, string[]>;
} {
  const requires = new Map<string, string[]>();
  const requiresAvailable = new Map<string, string[]>();
  for (const n of data.nodes) {
    requires.set(n.id, []);
    requiresAvailable.set(n.id, []);
  }
  for (const w of data.ways) {
    for (const r of w.requires) {
      if (r.account === w.account) continue;
      const all = requires.get(w.account)!;
      if (!all.includes(r.account)) all.push(r.account);
      const avail = requiresAvailable.get(w.account)!;
      if (r.available && !avail.includes(r.account)) avail.push(r.account);
    }
  }
  return { requires, requiresAvailable };
}
