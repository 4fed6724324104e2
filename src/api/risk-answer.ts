/**
 * @module One answer to a risk request, shared by `POST /api/v1/risk` and `GET /api/v1/maps/:id/risk`: the cap
 * it is checked against, the whole report or one target's cut sets, and the engine's `map_too_complex` as a 413.
 */
import { type Compiled, risk, TooComplexError, targetRisk } from '../engine/index.js';
import type { Risk, RiskOrder, TargetRisk } from '../model/index.js';
import { type Cap, RISK_CAPS, TARGET_CAP } from './caps.js';
import { ApiError } from './errors.js';

const n = (x: number) => x.toLocaleString('en-US');

/** The cap of a risk request: by order for the whole report, {@link TARGET_CAP} for one target. */
export const riskCapOf = (order: RiskOrder, target: unknown): Cap =>
  target === undefined ? RISK_CAPS[order] : TARGET_CAP;

/**
 * The answer to a risk request on a validated map: 400 `unknown_target` for a target the map lacks, 413
 * `map_too_complex` (with what to reduce) when the cut sets take more work than the engine's budget.
 */
export function riskAnswer(c: Compiled, order: RiskOrder, target: string | undefined): Risk | TargetRisk {
  if (target !== undefined && !c.index.has(target))
    throw new ApiError('unknown_target', { target: JSON.stringify(target) }, [
      {
        code: 'unknown_account',
        path: ['target'],
        message: `the map has no account ${JSON.stringify(target)}`,
      },
    ]);
  try {
    return target === undefined ? risk(c, { order, takeover: true }) : targetRisk(c, target, order);
  } catch (e) {
    if (e instanceof TooComplexError) throw new ApiError('map_too_complex', { detail: e.message }, [e.issue]);
    throw e;
  }
}

/** The caps as a sentence for the route's description. */
export const RISK_CAPS_TEXT = `Caps by order: 1: ${n(RISK_CAPS[1].accounts)} accounts / ${n(RISK_CAPS[1].requirements)} requirements; 2: ${n(RISK_CAPS[2].accounts)} / ${n(RISK_CAPS[2].requirements)}; 3: ${n(RISK_CAPS[3].accounts)} / ${n(RISK_CAPS[3].requirements)}; with \`target\`, any order: ${n(TARGET_CAP.accounts)} / ${n(TARGET_CAP.requirements)} (413 \`map_too_large\` beyond; 413 \`map_too_complex\` when the cut sets are too many to find).`;
