/**
 * The table view: the same data as the graph for people who cannot use it (or prefer rows): every account
 * with its kind, its status under the current simulation, what it lost, why, and the assets lost, plus a
 * button per row to open its ban panel.
 */
import { explainAccount, formatMoney } from '../../src/engine/describe.js';
import type { BindingMap, Impact } from '../../src/model/index.js';
import { capabilityList, type Lang, text } from '../../src/text/index.js';
import { kindIcon, statusChip } from '../graph/legend.js';
import { dataText, h } from '../shell/dom.js';

export interface TableProps {
  map: BindingMap;
  lang: Lang;
  /** The impact with no ban (statuses ok / unreachable). */
  baseline: Impact;
  /** The running simulation, or null. */
  result: Impact | null;
  onSimulate(id: string): void;
}

/** Renders the table of accounts. */
export function tableView(props: TableProps): HTMLElement {
  const { map, lang, baseline, result } = props;
  const t = text(lang).web;
  const impact = result ?? baseline;
  const lostBy = new Map<string, typeof impact.assets.lost>();
  for (const r of impact.assets.lost) lostBy.set(r.account, [...(lostBy.get(r.account) ?? []), r]);

  const rows = map.accounts.map((a) => {
    const r = impact.accounts[a.id];
    const status = r?.status ?? 'ok';
    const lost = lostBy.get(a.id) ?? [];
    return h(
      'tr',
      { class: `status-${status}`, 'data-account': a.id },
      h('th', { scope: 'row' }, dataText(a.label)),
      h('td', {}, h('span', { class: 'kind-cell' }, kindIcon(a.kind, 14), t.kinds[a.kind])),
      h('td', {}, statusChip(status, lang)),
      h('td', {}, r?.lost.length ? capabilityList(r.lost, lang) : '—'),
      h(
        'td',
        {},
        r && status !== 'ok' && status !== 'unreachable'
          ? h(
              'ul',
              { class: 'why' },
              explainAccount(map, a.id, r, lang).map((line) => h('li', {}, line)),
            )
          : status === 'unreachable'
            ? t.statusHelp.unreachable
            : '—',
      ),
      h(
        'td',
        {},
        lost.length
          ? h(
              'ul',
              { class: 'asset-list' },
              lost.map((x) =>
                h(
                  'li',
                  {},
                  dataText(x.label),
                  x.value !== undefined ? ` ${formatMoney(x.value, x.currency, lang)}` : '',
                ),
              ),
            )
          : '—',
      ),
      h(
        'td',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            onclick: () => props.onSimulate(a.id),
            'aria-label': t.labelled(t.simulateThis, a.label),
          },
          t.simulateThis,
        ),
      ),
    );
  });

  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'accounts-table', id: 'accounts-table' },
      h('caption', {}, result ? t.tableCaption : t.tableCaptionBaseline),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [t.colAccount, t.colKind, t.colStatus, t.colLost, t.colWhy, t.colAssets, t.colAction].map((c) =>
            h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}
