/**
 * The risk report as Markdown, in the page's language: exposure, the blast-radius ranking as a table, single
 * points of failure and the ranked recommendations, with account labels (already redacted when the map is).
 */
import { formatTotals } from '../../src/engine/describe.js';
import type { BindingMap, Risk } from '../../src/model/index.js';
import { type Lang, strings } from '../shell/i18n.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Renders the report of `map` (whose `risk` it is). */
export function riskMarkdown(map: BindingMap, risk: Risk, lang: Lang): string {
  const t = strings(lang);
  const labels = new Map(map.accounts.map((a) => [a.id, a.label] as const));
  const label = (id: string) => cell(labels.get(id) ?? id);
  const sep = lang === 'zh' ? '、' : ', ';
  const out: string[] = [
    `# ${t.mdTitle}${map.title ? `${lang === 'zh' ? '：' : ': '}${cell(map.title)}` : ''}`,
    '',
  ];
  out.push(t.mdExposure(`${Math.round(risk.exposure.accounts * 100)}%`), '');
  out.push(`## ${t.mdBlast}`, '', `| ${t.mdAccount} | ${t.mdCut} | ${t.mdLost} |`, '| --- | ---: | ---: |');
  for (const b of risk.blastRadius.filter(
    (x) => x.cut + x.partial + x.degraded > 0 || Object.keys(x.lost).length,
  ))
    out.push(`| ${label(b.account)} | ${b.cut} | ${formatTotals(b.lost, lang)} |`);
  out.push('', `## ${t.mdSpof}`, '');
  const spof = Object.entries(risk.accounts).filter(([, c]) => c.spof.length > 0);
  if (spof.length === 0) out.push(t.mdNone);
  for (const [id, c] of spof) out.push(`- **${label(id)}**: ${t.mdSpofBy} ${c.spof.map(label).join(sep)}`);
  out.push('', `## ${t.mdRecs}`, '');
  if (risk.recommendations.length === 0) out.push(t.mdNone);
  risk.recommendations.forEach((r, i) => {
    const text = lang === 'zh' ? (r.textZh ?? r.text) : r.text;
    out.push(`${i + 1}. ${cell(text)}`);
  });
  return `${out.join('\n')}\n`;
}
