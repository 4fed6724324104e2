/**
 * What a simulated ban costs, for the side panel: a headline (accounts cut, money lost and at risk per
 * currency), the bans in force, then every affected account with its status, lost capabilities, the engine's
 * explanation sentences and the assets it takes with it.
 */
import { explainAccount, formatMoney, formatTotals } from '../../src/engine/describe.js';
import type { AssetRef, BindingMap, Impact, Status } from '../../src/model/index.js';
import { statusChip } from '../graph/legend.js';
import { dataText, h } from '../shell/dom.js';
import { type Lang, strings } from '../shell/i18n.js';

export interface SummaryProps {
  map: BindingMap;
  lang: Lang;
  result: Impact;
  /** Label of the scenario being shown, if the bans came from one. */
  scenarioLabel: string | null;
  /** How many affected accounts to list before pointing to the table. Default 150. */
  limit?: number;
  onSelect(id: string): void;
  onRemove(account: string): void;
  onClear(): void;
}

const ORDER: readonly Status[] = ['banned', 'cut', 'partial', 'degraded'];

/** Renders the simulation result. */
export function impactSummary(props: SummaryProps): HTMLElement {
  const { map, lang, result } = props;
  const t = strings(lang);
  const labels = new Map(map.accounts.map((a) => [a.id, a.label] as const));
  const label = (id: string) => labels.get(id) ?? id;
  const c = result.counts;
  const limit = props.limit ?? 150;

  const assetsBy = (refs: readonly AssetRef[]) => {
    const m = new Map<string, AssetRef[]>();
    for (const r of refs) {
      const list = m.get(r.account) ?? [];
      list.push(r);
      m.set(r.account, list);
    }
    return m;
  };
  const lostAssets = assetsBy(result.assets.lost);
  const riskAssets = assetsBy(result.assets.atRisk);
  const assetItem = (r: AssetRef) =>
    h(
      'li',
      {},
      dataText(r.label),
      ' ',
      h(
        'span',
        { class: r.value !== undefined ? 'money' : 'muted' },
        r.value !== undefined ? formatMoney(r.value, r.currency, lang) : `${t.assetKinds[r.kind] ?? r.kind}`,
      ),
    );

  // Within a status, the accounts that cost most first, then in the map's order.
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
  const other = affected.filter(([, r]) => r.status !== 'banned');

  const items = affected.slice(0, limit).map(([id, r]) => {
    const lost = lostAssets.get(id) ?? [];
    const atRisk = riskAssets.get(id) ?? [];
    return h(
      'li',
      { class: `affected status-${r.status}`, 'data-account': id },
      h(
        'div',
        { class: 'affected-head' },
        statusChip(r.status, lang),
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => props.onSelect(id) },
          dataText(label(id)),
        ),
      ),
      r.lost.length && r.status !== 'banned'
        ? h('p', { class: 'lost-caps' }, `${t.lostCaps}: `, h('code', {}, r.lost.join(', ')))
        : null,
      h(
        'ul',
        { class: 'why' },
        explainAccount(map, id, r, lang).map((line) => h('li', { 'data-explain': '' }, line)),
      ),
      lost.length
        ? [
            h('p', { class: 'asset-head' }, t.assetsLost),
            h('ul', { class: 'asset-list' }, lost.map(assetItem)),
          ]
        : null,
      atRisk.length
        ? [
            h('p', { class: 'asset-head' }, t.assetsAtRisk),
            h('ul', { class: 'asset-list' }, atRisk.map(assetItem)),
          ]
        : null,
    );
  });

  const other2 = t.headlineOther(c.partial, c.degraded);
  return h(
    'section',
    { class: 'impact-summary', 'aria-labelledby': 'impact-title' },
    h('h2', { id: 'impact-title', tabindex: -1 }, t.resultHeading),
    props.scenarioLabel ? h('p', { class: 'scenario-name' }, dataText(props.scenarioLabel)) : null,
    h(
      'div',
      // Red only when something is cut off or money is lost; otherwise a calmer amber.
      { class: c.cut > 0 || Object.keys(result.totals.lost).length > 0 ? 'headline' : 'headline calm' },
      h('p', { class: 'headline-cut', id: 'headline-cut' }, t.headlineCut(c.cut)),
      other2 ? h('p', { class: 'headline-other' }, other2) : null,
      h(
        'dl',
        { class: 'money-totals' },
        h(
          'div',
          {},
          h('dt', {}, t.moneyLost),
          h('dd', { id: 'money-lost', class: 'money big' }, formatTotals(result.totals.lost, lang)),
        ),
        h(
          'div',
          {},
          h('dt', {}, t.moneyAtRisk),
          h('dd', { id: 'money-at-risk', class: 'money' }, formatTotals(result.totals.atRisk, lang)),
        ),
      ),
    ),
    h(
      'div',
      { class: 'bans-in-sim' },
      h('h3', {}, t.bansInSim),
      h(
        'ul',
        {},
        result.bans.map((b) =>
          h(
            'li',
            {},
            h('span', { class: 'status-icon', 'aria-hidden': 'true' }, '✕'),
            h('span', {}, dataText(label(b.account)), ' ', h('code', {}, b.lose.join(', '))),
            h(
              'button',
              {
                type: 'button',
                class: 'icon-button',
                'aria-label': t.banRemove(label(b.account)),
                title: t.banRemove(label(b.account)),
                onclick: () => props.onRemove(b.account),
              },
              '×',
            ),
          ),
        ),
      ),
      h(
        'button',
        { type: 'button', id: 'clear-sim', onclick: props.onClear },
        t.clearSim,
        ' ',
        h('kbd', {}, 'Esc'),
      ),
    ),
    h('h3', {}, t.affected),
    other.length === 0 ? h('p', { class: 'muted' }, t.affectedNone) : null,
    h('ul', { class: 'affected-list' }, items),
    affected.length > limit ? h('p', { class: 'muted' }, t.moreInTable(affected.length - limit)) : null,
  );
}
