/**
 * @module The assets an affected account keeps through a ban, with the capability that keeps each one (the
 * money in a restricted WeChat that "withdraw" still reaches). Pure: derived from the map and its impact.
 */
import type { AccountImpact, AssetRef, BindingMap, Impact, Totals } from '../model/index.js';
import { MoneySum } from './money.js';

/** A kept asset and the capability it needs, which still works. */
export interface KeptAsset extends AssetRef {
  keptBy: string;
}

/** Assets of banned, cut, partial or degraded accounts that are neither lost nor at risk, in map order. */
export function keptAssets(map: BindingMap, result: Impact): KeptAsset[] {
  return keptAssetsOf(map, result.assets, (i) => result.accounts[map.accounts[i]!.id]);
}

/**
 * {@link keptAssets} with the entries looked up by account index (undefined for an ok or unreachable account
 * may be returned early), for an impact whose entries are built on demand.
 */
export function keptAssetsOf(
  map: BindingMap,
  assets: Impact['assets'],
  entryOf: (index: number) => AccountImpact | undefined,
): KeptAsset[] {
  const gone = new Set([...assets.lost, ...assets.atRisk].map((r) => `${r.account}\u0000${r.index}`));
  const out: KeptAsset[] = [];
  for (let i = 0; i < map.accounts.length; i++) {
    const account = map.accounts[i]!;
    if (account.assets === undefined || account.assets.length === 0) continue;
    const r = entryOf(i);
    if (!r || r.status === 'ok' || r.status === 'unreachable') continue;
    account.assets.forEach((asset, index) => {
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
