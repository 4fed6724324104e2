/**
 * The risk report view (DESIGN §4): exposure, the blast-radius ranking as a d3 bar chart with the numbers in a
 * table beside it, single points of failure, order-2 pairs and the ranked recommendations. Printable: the
 * print stylesheet keeps this view and drops the controls.
 */
import { max } from 'd3-array';
import { axisBottom } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { formatTotals } from '../../src/engine/describe.js';
import type { BindingMap, Risk, Totals } from '../../src/model/index.js';
import { STATUS_LOOK } from '../graph/palette.js';
import { dataText, h } from '../shell/dom.js';
import { type Lang, statusName, strings } from '../shell/i18n.js';

export interface RiskProps {
  map: BindingMap;
  lang: Lang;
  /** The report, or a state: still computing, or the engine cannot compute it. */
  risk: Risk | 'computing' | 'unavailable';
  onSelect(id: string): void;
}

const TOP = 15;
const PAIRS_SHOWN = 8;

/** The currency most of the value is in (CNY when nothing has a value). */
function mainCurrency(risk: Risk): string {
  const sums = new Map<string, number>();
  for (const b of risk.blastRadius)
    for (const [cur, v] of Object.entries(b.lost)) sums.set(cur, (sums.get(cur) ?? 0) + v);
  let best = 'CNY';
  let bestSum = -1;
  for (const [cur, v] of sums)
    if (v > bestSum) {
      best = cur;
      bestSum = v;
    }
  return best;
}

/** Renders the report. */
export function riskReport(props: RiskProps): HTMLElement {
  const { map, lang } = props;
  const t = strings(lang);
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
  const accountLink = (id: string) =>
    h('button', { type: 'button', class: 'link', onclick: () => props.onSelect(id) }, dataText(label(id)));
  const money = (totals: Totals) => formatTotals(totals, lang);

  // Exposure.
  const pct = `${Math.round(risk.exposure.accounts * 100)}%`;
  root.append(
    h(
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
                Object.entries(risk.exposure.value)
                  .map(([cur, share]) => `${Math.round(share * 100)}% (${cur})`)
                  .join(', '),
              ),
            )
          : null,
      ),
    ),
  );

  // Blast radius.
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
            h('th', { scope: 'col' }, `${STATUS_LOOK.cut.icon} ${statusName('cut', lang)}`),
            h('th', { scope: 'col' }, `${STATUS_LOOK.partial.icon} ${statusName('partial', lang)}`),
            h('th', { scope: 'col' }, `${STATUS_LOOK.degraded.icon} ${statusName('degraded', lang)}`),
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
  root.append(blast);

  // Single points of failure.
  const spofRows = map.accounts.filter((a) => (risk.accounts[a.id]?.spof.length ?? 0) > 0);
  root.append(
    h(
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
    ),
  );

  // Order-2 pairs.
  const pairRows = map.accounts.filter((a) => (risk.accounts[a.id]?.pairs.length ?? 0) > 0);
  root.append(
    h(
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
    ),
  );

  // Recommendations.
  root.append(
    h(
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
    ),
  );
  return root;
}

function joinList(items: HTMLElement[], lang: Lang): (HTMLElement | string)[] {
  const sep = lang === 'zh' ? '、' : ', ';
  return items.flatMap((el, i) => (i === 0 ? [el] : [sep, el]));
}

/** A horizontal bar per account: money lost in the main currency (or accounts cut when nothing has a value). */
function blastChart(
  ranked: Risk['blastRadius'],
  currency: string,
  lang: Lang,
  label: (id: string) => string,
): HTMLElement {
  const t = strings(lang);
  const value = (b: Risk['blastRadius'][number]) => b.lost[currency] ?? 0;
  const byMoney = (max(ranked, value) ?? 0) > 0;
  const measure = byMoney ? value : (b: Risk['blastRadius'][number]) => b.cut;
  const width = 760;
  const left = 200;
  const right = 170;
  const rowH = 28;
  const top = 8;
  const height = top + ranked.length * rowH + 36;
  const x = scaleLinear()
    .domain([0, Math.max(1, max(ranked, measure) ?? 1)])
    .nice()
    .range([left, width - right]);
  const y = scaleBand<string>()
    .domain(ranked.map((b) => b.account))
    .range([top, top + ranked.length * rowH])
    .padding(0.25);

  const wrap = h('figure', { class: 'blast-chart' });
  const svg = select(wrap)
    .append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', t.blastChartLabel);
  const row = svg
    .selectAll('g.bar')
    .data(ranked)
    .join('g')
    .attr('class', 'bar')
    .attr('transform', (b) => `translate(0,${y(b.account)})`);
  row.append('title').text((b) => t.blastBar(label(b.account), formatTotals(b.lost, lang), b.cut));
  row
    .append('text')
    .attr('class', 'bar-label')
    .attr('data-user', '')
    .attr('x', left - 8)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((b) => {
      const l = label(b.account);
      return l.length > 16 ? `${l.slice(0, 15)}…` : l;
    });
  row
    .append('rect')
    .attr('x', left)
    .attr('height', y.bandwidth())
    .attr('width', (b) => Math.max(2, x(measure(b)) - left))
    .attr('class', 'bar-rect');
  row
    .append('text')
    .attr('class', 'bar-value')
    .attr('x', (b) => Math.max(left + 2, x(measure(b))) + 6)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .text((b) => `${formatTotals(b.lost, lang)} · ${t.blastCut(b.cut)}`);
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${top + ranked.length * rowH + 2})`)
    .call(
      axisBottom(x)
        .ticks(byMoney ? 5 : Math.min(5, x.domain()[1]!))
        .tickFormat((d) => Number(d).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')),
    );
  svg
    .append('text')
    .attr('class', 'axis-title')
    .attr('x', (left + width - right) / 2)
    .attr('y', height - 2)
    .attr('text-anchor', 'middle')
    .text(byMoney ? t.blastValueAxis(currency) : t.blastCountAxis);
  return wrap;
}
