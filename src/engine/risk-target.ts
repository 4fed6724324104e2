/**
 * @module "How can I lose X?" (DESIGN §4, the fault-tree question): the minimal cut sets of one account and
 * the accounts they hold most, computed only over what that account requires, directly or not.
 */
import type { RiskOrder, TargetRisk } from '../model/index.js';
import type { Compiled } from './compile.js';
import { cutSetFamilies, cutSetsById } from './cut-sets.js';
import { importanceOf } from './importance.js';

/**
 * The cut sets of the account `target` (an id of the compiled map, checked by the caller) up to `order`
 * members. An account with no capability even with no ban is `reachable: false`, with no cut sets.
 */
export function targetRisk(c: Compiled, target: string, order: RiskOrder = 2): TargetRisk {
  const x = c.index.get(target)!;
  const fams = cutSetFamilies(c, order, [x]);
  const f = fams.cutOf(x);
  const reachable = !(f.length === 1 && f[0] === 0);
  const cutSets = reachable
    ? cutSetsById(c, fams, [x], order)[target]!
    : { spof: [], pairs: [], ...(order >= 3 ? { triples: [] } : {}) };
  return { target, order, reachable, cutSets, importance: importanceOf(cutSets) };
}
