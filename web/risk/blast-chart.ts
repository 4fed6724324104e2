/** The blast-radius chart of the risk report: a d3 bar per account, money lost in the main currency. */
import { max } from 'd3-array';
import { axisBottom } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { formatTotals } from '../../src/engine/describe.js';
import type { Risk } from '../../src/model/index.js';
import { formatNumber, type Lang, text } from '../../src/text/index.js';
import { h } from '../shell/dom.js';

/** The currency most of the value is in (CNY when nothing has a value). */
export function mainCurrency(risk: Risk): string {
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

/** A horizontal bar per account: money lost in the main currency (or accounts cut when nothing has a value). */
export function blastChart(
  ranked: Risk['blastRadius'],
  currency: string,
  lang: Lang,
  label: (id: string) => string,
): HTMLElement {
  const t = text(lang).web;
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
        .tickFormat((d) => formatNumber(Number(d), lang)),
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
