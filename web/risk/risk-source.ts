/**
 * The risk report for the open map, computed by the engine in the browser (DESIGN §4, order 2: blast radius,
 * single points of failure, pairs, recommendations).
 */
import type { Compiled } from '../../src/engine/compile.js';
import { risk } from '../../src/engine/risk.js';
import type { Risk } from '../../src/model/index.js';

/** The report with order-2 cut sets, or "unavailable" when the engine cannot compute it for this map. */
export function computeRisk(c: Compiled): Risk | 'unavailable' {
  try {
    return risk(c, { order: 2 });
  } catch {
    return 'unavailable';
  }
}
