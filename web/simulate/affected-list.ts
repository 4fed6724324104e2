/**
 * The affected accounts of a simulation, for the side panel: banned first, then cut off, partial, degraded;
 * within a status the accounts that cost most first. Each says what it lost in words and why, and which assets
 * go with it.
 */
import { explainAccount } from '../../src/engine/describe.js';
import type { AssetRef, BindingMap, Impact, Status } from '../../src/model/index.js';
import { capabilityList, type Lang, text } from '../../src/text/index.js';
import { statusChip } from '../graph/legend.js';
import { dataText, h } from '../shell/dom.js';
import { assetItem } from './asset-item.js';

export interface AffectedProps {
  map: BindingMap;
  lang: Lang;
  result: Impact;
  /** How many affected accounts to list before pointing to the table. Default 150. */
  limit?: number;
  onSelect(id: string): void;
}

const ORDER: readonly Status[] = ['banned', 'cut', 'partial', 'degraded'];

function byAccount(refs: readonly AssetRef[]): Map<string, AssetRef[]> {
  const m = new Map<string, AssetRef[]>();
  for (const r of refs) m.set(r.account, [...(m.get(r.account) ?? []), r]);
  return m;
}

export function affectedList(props: AffectedProps): HTMLElement[] {
  const { map, lang, result } = props;
  const t = text(lang).web;
  const labels = new Map(map.accounts.map((a) => [a.id, a.label] as const));
  const limit = props.limit ?? 150;
  const lostAssets = byAccount(result.assets.lost);
  const riskAssets = byAccount(result.assets.atRisk);
  const position = new Map(map.accounts.map((a, i) => [a.id, i] as const));
  const value = (id: string) => (lostAssets.get(id) ?? []).reduce((sum, r) => sum + (r.value ?? 0), 0);
  const affected = Object.entries(result.accounts)
    .filter(([, r]) => ORDER.includes(r.status))
    .sort(
      ([ia, a], [ib, b]) =>
        ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
        value(ib) - value(ia) ||
        (position.get(ia) ?? 0) - (position.get(ib) ?? 0),
    );
  const assets = (head: string, list: AssetRef[] | undefined) =>
    list?.length
      ? [
          h('p', { class: 'asset-head' }, head),
          h(
            'ul',
            { class: 'asset-list' },
            list.map((r) => assetItem(r, lang)),
          ),
        ]
      : null;
  const items = affected.slice(0, limit).map(([id, r]) =>
    h(
      'li',
      { class: `affected status-${r.status}`, 'data-account': id },
      h(
        'div',
        { class: 'affected-head' },
        statusChip(r.status, lang),
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => props.onSelect(id) },
          dataText(labels.get(id) ?? id),
        ),
      ),
      r.lost.length && r.status !== 'banned'
        ? h('p', { class: 'lost-caps' }, t.labelled(t.lostCaps, capabilityList(r.lost, lang)))
        : null,
      h(
        'ul',
        { class: 'why' },
        explainAccount(map, id, r, lang).map((line) => h('li', { 'data-explain': '' }, line)),
      ),
      assets(t.assetsLost, lostAssets.get(id)),
      assets(t.assetsAtRisk, riskAssets.get(id)),
    ),
  );
  const others = affected.filter(([, r]) => r.status !== 'banned');
  const parts = [
    h('h3', {}, t.affected),
    others.length === 0 ? h('p', { class: 'muted' }, t.affectedNone) : null,
    h('ul', { class: 'affected-list' }, items),
    affected.length > limit ? h('p', { class: 'muted' }, t.moreInTable(affected.length - limit)) : null,
  ];
  return parts.filter((p) => p !== null);
}
