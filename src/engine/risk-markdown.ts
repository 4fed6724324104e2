/**
 * @module The risk report as Markdown (the page's "risk report" download and `banradius risk --format
 * markdown`): exposure, the blast-radius ranking as a table, single points of failure and the ranked
 * recommendations. Every text from the map is escaped, so a label can add no HTML, link or formatting.
 */
import type { BindingMap, Risk } from '../model/index.js';
import { formatPercent, formatTotals, type Lang, listOf, text } from '../text/index.js';
import { markdownText } from './text-escape.js';

/** Renders the report of `map` (whose `risk` it is) in `lang`. Pure. */
export function riskMarkdown(map: BindingMap, risk: Risk, lang: Lang): string {
  const t = text(lang).report;
  const labels = new Map(map.accounts.map((a) => [a.id, a.label] as const));
  const label = (id: string) => markdownText(labels.get(id) ?? id);
  const out: string[] = [`# ${map.title ? t.titled(markdownText(map.title)) : t.title}`, ''];
  out.push(t.exposure(formatPercent(risk.exposure.accounts, lang)), '');
  out.push(`## ${t.blast}`, '', `| ${t.account} | ${t.cut} | ${t.lost} |`, '| --- | ---: | ---: |');
  for (const b of risk.blastRadius)
    if (b.cut + b.partial + b.degraded > 0 || Object.keys(b.lost).length > 0)
      out.push(`| ${label(b.account)} | ${b.cut} | ${formatTotals(b.lost, lang)} |`);
  out.push('', `## ${t.spof}`, '');
  const spof = Object.entries(risk.accounts).filter(([, c]) => c.spof.length > 0);
  if (spof.length === 0) out.push(t.none);
  for (const [id, c] of spof)
    out.push(`- **${label(id)}**: ${t.spofBy} ${listOf(c.spof.map(label), lang, 'unit')}`);
  out.push('', `## ${t.recs}`, '');
  if (risk.recommendations.length === 0) out.push(t.none);
  risk.recommendations.forEach((r, i) => {
    out.push(`${i + 1}. ${markdownText(lang === 'zh' ? (r.textZh ?? r.text) : r.text)}`);
  });
  return `${out.join('\n')}\n`;
}
