/**
 * @module The assets an affected account keeps through a ban, with the capability that keeps each one (the
 * money in a restricted WeChat that "withdraw" still reaches). Pure: derived from the map and its impact.
 */
import type { AssetRef, BindingMap, Impact, Totals } from '../model/index.js';
import { MoneySum } from './money.js';

/** A kept asset and the capability it needs, which still works. */
export interface KeptAsset extends AssetRef {
  keptBy: string;
}

/** Assets of banned, cut, partial or degraded accounts that are neither lost nor at risk, in map order. */
export function keptAssets(map: BindingMap, result: Impact): KeptAsset[] {
  const gone = new Set(
    [...result.assets.lost, ...result.assets.atRisk].map((r) => `${r.account}\u0000${r.index}`),
  );
  const out: KeptAsset[] = [];
  for (const account of map.accounts) {
    const r = result.accounts[account.id];
    if (!r || r.status === 'ok' || r.status === 'unreachable') continue;
    (account.assets ?? []).forEach((asset, index) => {
      const cap = asset.needs ?? 'access';
      if (gone.has(`${account.id}\u0000${index}`) || !r.kept.includes(cap)) return;
      const ref: KeptAsset = {
        account: account.id,
        index,
        label: asset.label,
        kind: asset.kind,
        currency: asset.currency ?? 'CNY',
        keptBy: cap,
      };
      if (asset.value !== undefined) ref.value = asset.value;
      out.push(ref);
    });
  }
  return out;
}

/** The money of some assets, per currency. */
export function totalsOf(assets: readonly AssetRef[]): Totals {
  const sum = new MoneySum();
  for (const a of assets) if (a.value !== undefined) sum.add(a.value, a.currency);
  return sum.totals();
}
