/**
 * @module The risk report of a map before any ban (DESIGN §4): every account's full ban as a candidate, giving
 * the blast-radius ranking, minimal cut sets, ranked recommendations and exposure. Pure: the same map always
 * gives the same report, and no ban is ever propagated over the whole map more than once (the baseline): what
 * each single ban turns off is read from the cut-set families.
 */
import type { Risk, RiskOrder } from '../model/index.js';
import { BanStack } from './ban-stack.js';
import { baseline } from './baseline.js';
import { assetTable, rankBlastRadius, singleBans } from './blast-radius.js';
import type { Compiled } from './compile.js';
import { cutSetFamilies, cutSetsById } from './cut-sets.js';
import { exposure } from './exposure.js';
import { importanceOf, overallImportance } from './importance.js';
import { recommend } from './recommend.js';
import { singleLosses } from './single-loss.js';
import { takeoverRanking } from './takeover-risk.js';
import { DEFAULT_BUDGET, REPORT_SETS } from './too-complex.js';

export interface RiskOptions {
  /** Largest cut sets to list: 1 single points of failure, 2 also pairs (default), 3 also triples. */
  order?: RiskOrder;
  /** Also rank what a stranger holding each phone or email account takes (DESIGN §4b); default false. */
  takeover?: boolean;
}

/**
 * The risk report of a compiled map. Bans are full (`lose: "all"`) and every account reachable at baseline is
 * a candidate target; accounts unreachable even at baseline appear nowhere (banning them changes nothing).
 * With order 1, `pairs` lists are empty; `triples` is present only with order 3.
 */
export function risk(c: Compiled, opts: RiskOptions = {}): Risk {
  const order = opts.order ?? 2;
  const base = baseline(c);
  const n = c.ids.length;
  const byId = c.ids.map((_, i) => i).sort((x, y) => (c.ids[x]! < c.ids[y]! ? -1 : 1));
  const rank = new Int32Array(n);
  byId.forEach((a, r) => {
    rank[a] = r;
  });
  const reachable = byId.filter((a) => {
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) if (base.slot[s] === 1) return true;
    return false;
  });
  const stack = new BanStack(c, base);
  const assets = assetTable(c);
  const fams = cutSetFamilies(c, order, undefined, { ...DEFAULT_BUDGET, report: REPORT_SETS });
  const accounts = cutSetsById(c, fams, reachable, order);
  const losses = singleLosses(c, base, fams);
  const effects = singleBans(c, base, losses, assets, reachable, rank);
  const importance = Object.fromEntries(Object.entries(accounts).map(([id, cut]) => [id, importanceOf(cut)]));
  return {
    blastRadius: rankBlastRadius(c, effects),
    accounts,
    recommendations: recommend(c, base, stack, assets, effects, losses, order),
    importance: { accounts: importance, overall: overallImportance(importance) },
    exposure: exposure(base, assets, effects),
    ...(opts.takeover === true ? { takeover: takeoverRanking(c) } : {}),
  };
}
