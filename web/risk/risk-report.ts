/**
 * The risk report view (DESIGN §4): exposure, the blast-radius ranking as a d3 bar chart with the numbers in a
 * table beside it, single points of failure, order-2 pairs and the ranked recommendations. Printable: the
 * print stylesheet keeps this view and drops the controls.
 */
import { formatTotals } from '../../src/engine/describe.js';
import type { BindingMap, Risk, Totals } from '../../src/model/index.js';
import { type Catalogue, formatPercent, type Lang, listOf, listParts, text } from '../../src/text/index.js';
import { STATUS_LOOK } from '../graph/palette.js';
import { dataText, h } from '../shell/dom.js';
import { blastChart, mainCurrency } from './blast-chart.js';
import { importanceSection } from './importance-section.js';

export interface RiskProps {
  map: BindingMap;
  lang: Lang;
  /** The report, or a state: still computing, or the engine cannot compute it. */
  risk: Risk | 'computing' | 'unavailable';
  onSelect(id: string): void;
}

const TOP = 15;
const PAIRS_SHOWN = 8;

/** Renders the report. */
export function riskReport(props: RiskProps): HTMLElement {
  const { map, lang } = props;
  const t = text(lang).web;
  const root = h(
    'section',
    { class: 'risk-report', 'aria-labelledby': 'risk-title' },
    h(
      'div',
      { class: 'risk-head' },
      h('h2', { id: 'risk-title', tabindex: -1 }, t.riskHeading),
      h('button', { type: 'button', class: 'no-print', onclick: () => window.print() }, t.print),
    ),
    map.title ? h('p', { class: 'risk-map-title' }, dataText(map.title)) : null,
    h('p', { class: 'intro' }, t.riskIntro),
  );
  if (map.accounts.length === 0) {
    root.append(h('p', {}, t.riskEmpty));
    return root;
  }
  if (props.risk === 'computing' || props.risk === 'unavailable') {
    root.append(
      h(
        'p',
        { class: 'muted', role: 'status' },
        props.risk === 'computing' ? t.riskComputing : t.riskUnavailable,
      ),
    );
    return root;
  }
  const risk = props.risk;
  const labels = new Map(map.accounts.map((a) => [a.id, a.label] as const));
  const label = (id: string) => labels.get(id) ?? id;
  const ctx: Ctx = {
    map,
    risk,
    lang,
    t,
    label,
    accountLink: (id) =>
      h('button', { type: 'button', class: 'link', onclick: () => props.onSelect(id) }, dataText(label(id))),
    money: (totals) => formatTotals(totals, lang),
  };
  root.append(exposureSection(ctx), blastSection(ctx), spofSection(ctx), pairsSection(ctx));
  const importance = importanceSection(map, risk, lang, label);
  if (importance) root.append(importance);
  root.append(recsSection(ctx));
  return root;
}

/** What every section of the report reads. */
interface Ctx {
  map: BindingMap;
  risk: Risk;
  lang: Lang;
  t: Catalogue['web'];
  label(id: string): string;
  accountLink(id: string): HTMLElement;
  money(totals: Totals): string;
}

/** Which share of the map one ban can cut off. */
function exposureSection({ risk, lang, t }: Ctx): HTMLElement {
  const pct = formatPercent(risk.exposure.accounts, lang);
  return h(
    'section',
    { class: 'risk-section exposure', 'aria-labelledby': 'exposure-title' },
    h('h3', { id: 'exposure-title' }, t.exposure),
    h(
      'ul',
      { class: 'exposure-list' },
      h('li', {}, t.exposureAccounts(pct)),
      Object.keys(risk.exposure.value).length
        ? h(
            'li',
            {},
            t.exposureValue(
              listOf(
                Object.entries(risk.exposure.value).map(([cur, share]) =>
                  t.exposureShare(formatPercent(share, lang), cur),
                ),
                lang,
                'unit',
              ),
            ),
          )
        : null,
    ),
  );
}

/** The accounts whose ban hurts most: a chart and a table. */
function blastSection({ risk, lang, t, label, accountLink, money }: Ctx): HTMLElement {
  const ranked = risk.blastRadius
    .filter((b) => b.cut + b.partial + b.degraded > 0 || Object.keys(b.lost).length > 0)
    .slice(0, TOP);
  const blast = h(
    'section',
    { class: 'risk-section', 'aria-labelledby': 'blast-title' },
    h('h3', { id: 'blast-title' }, t.blastHeading),
  );
  if (ranked.length === 0) blast.append(h('p', {}, t.blastNone));
  else {
    blast.append(blastChart(ranked, mainCurrency(risk), lang, label));
    blast.append(
      h(
        'table',
        { class: 'blast-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, '#'),
            h('th', { scope: 'col' }, t.colAccount),
            h('th', { scope: 'col' }, `${STATUS_LOOK.cut.icon} ${text(lang).status.cut}`),
            h('th', { scope: 'col' }, `${STATUS_LOOK.partial.icon} ${text(lang).status.partial}`),
            h('th', { scope: 'col' }, `${STATUS_LOOK.degraded.icon} ${text(lang).status.degraded}`),
            h('th', { scope: 'col' }, t.moneyLost),
          ),
        ),
        h(
          'tbody',
          {},
          ranked.map((b, i) =>
            h(
              'tr',
              {},
              h('td', {}, i + 1),
              h('th', { scope: 'row' }, accountLink(b.account)),
              h('td', { class: 'num' }, b.cut),
              h('td', { class: 'num' }, b.partial),
              h('td', { class: 'num' }, b.degraded),
              h('td', { class: 'num money' }, money(b.lost)),
            ),
          ),
        ),
      ),
    );
  }
  return blast;
}

/** Single points of failure: who alone cuts each account off. */
function spofSection({ map, risk, lang, t, label, accountLink }: Ctx): HTMLElement {
  const spofRows = map.accounts.filter((a) => (risk.accounts[a.id]?.spof.length ?? 0) > 0);
  return h(
    'section',
    { class: 'risk-section', 'aria-labelledby': 'spof-title' },
    h('h3', { id: 'spof-title' }, t.spofHeading),
    h('p', { class: 'muted' }, t.spofIntro),
    spofRows.length === 0
      ? h('p', {}, t.spofNone)
      : h(
          'table',
          { class: 'spof-table', id: 'spof-table' },
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col' }, t.colAccount), h('th', { scope: 'col' }, t.spofCol)),
          ),
          h(
            'tbody',
            {},
            spofRows.map((a) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, accountLink(a.id)),
                h(
                  'td',
                  {},
                  joinList(
                    risk.accounts[a.id]!.spof.map((id) => dataText(label(id))),
                    lang,
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}

/** Pairs of bans that cut an account off together. */
function pairsSection({ map, risk, t, label, accountLink }: Ctx): HTMLElement {
  const pairRows = map.accounts.filter((a) => (risk.accounts[a.id]?.pairs.length ?? 0) > 0);
  return h(
    'section',
    { class: 'risk-section', 'aria-labelledby': 'pairs-title' },
    h('h3', { id: 'pairs-title' }, t.pairsHeading),
    h('p', { class: 'muted' }, t.pairsIntro),
    pairRows.length === 0
      ? h('p', {}, t.pairsNone)
      : h(
          'table',
          { class: 'pairs-table' },
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col' }, t.colAccount), h('th', { scope: 'col' }, t.pairsCol)),
          ),
          h(
            'tbody',
            {},
            pairRows.map((a) => {
              const pairs = risk.accounts[a.id]!.pairs;
              return h(
                'tr',
                {},
                h('th', { scope: 'row' }, accountLink(a.id)),
                h(
                  'td',
                  {},
                  h(
                    'ul',
                    { class: 'pairs' },
                    pairs
                      .slice(0, PAIRS_SHOWN)
                      .map(([x, y]) => h('li', {}, dataText(label(x)), ' + ', dataText(label(y)))),
                    pairs.length > PAIRS_SHOWN
                      ? h('li', { class: 'muted' }, `+${pairs.length - PAIRS_SHOWN}`)
                      : null,
                  ),
                ),
              );
            }),
          ),
        ),
  );
}

/** The fixes, ranked by what they protect. */
function recsSection({ risk, lang, t, label, money }: Ctx): HTMLElement {
  return h(
    'section',
    { class: 'risk-section', 'aria-labelledby': 'recs-title' },
    h('h3', { id: 'recs-title' }, t.recsHeading),
    risk.recommendations.length === 0
      ? h('p', {}, t.recsNone)
      : h(
          'ol',
          { class: 'recommendations', id: 'recommendations' },
          risk.recommendations.map((r) =>
            h(
              'li',
              {},
              h(
                'p',
                { class: 'rec-text' },
                lang === 'zh' ? (r.textZh ?? t.recText(label(r.account), label(r.avoid))) : r.text,
              ),
              h(
                'p',
                { class: 'rec-protects' },
                t.recProtects(Object.keys(r.protects).length ? money(r.protects) : null, r.saves.length),
              ),
            ),
          ),
        ),
  );
}

function joinList(items: HTMLElement[], lang: Lang): (HTMLElement | string)[] {
  return listParts(items, lang, 'unit');
}
