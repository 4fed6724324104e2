/** Human output of an impact for the terminal: a table of affected accounts, reasons, and money lost. */
import { explainAccount, formatTotals, type Lang, labelOf, STATUS_NAMES } from '../engine/describe.js';
import { keptAssets } from '../engine/kept-assets.js';
import type { BindingMap, Impact, Status } from '../model/index.js';
import { capabilityList, capabilityName, text } from '../text/index.js';
import { table } from './table.js';

const ORDER: Status[] = ['banned', 'cut', 'partial', 'degraded'];

export function renderImpact(map: BindingMap, r: Impact, lang: Lang, title?: string): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  if (title) lines.push(title, '');
  const bans = r.bans
    .map((b) => `${labelOf(map, b.account)} (${b.account}: ${b.lose.join(', ') || '-'})`)
    .join('; ');
  lines.push(`${zh ? '封禁' : 'Bans'}: ${bans}`, '');
  const rows: string[][] = [];
  for (const status of ORDER) {
    for (const [id, a] of Object.entries(r.accounts)) {
      if (a.status !== status) continue;
      const why = explainAccount(map, id, a, lang);
      rows.push([
        STATUS_NAMES[status][lang],
        `${labelOf(map, id)} (${id})`,
        a.lost.length ? capabilityList(a.lost, lang) : '-',
        why[0] ?? '',
      ]);
      for (const more of why.slice(1)) rows.push(['', '', '', more]);
    }
  }
  if (rows.length > 0)
    lines.push(table(zh ? ['状态', '账户', '失去', '原因'] : ['Status', 'Account', 'Lost', 'Why'], rows), '');
  else lines.push(zh ? '没有账户受影响。' : 'No account is affected.', '');
  const c = r.counts;
  lines.push(
    zh
      ? `被封 ${c.banned}，被切断 ${c.cut}，部分丧失 ${c.partial}，失去备用途径 ${c.degraded}，正常 ${c.ok}${c.unreachable ? `，本就无法进入 ${c.unreachable}` : ''}`
      : `${c.banned} banned, ${c.cut} cut off, ${c.partial} partial, ${c.degraded} degraded, ${c.ok} ok${c.unreachable ? `, ${c.unreachable} unreachable before any ban` : ''}`,
  );
  if (r.assets.lost.length > 0) {
    lines.push('', zh ? '失去的资产:' : 'Assets lost:');
    for (const a of r.assets.lost)
      lines.push(
        `  - ${labelOf(map, a.account)}: ${a.label}${a.value !== undefined ? ` (${formatTotals({ [a.currency]: a.value }, lang)})` : ''}`,
      );
  }
  if (r.assets.atRisk.length > 0) {
    lines.push('', zh ? '有风险的资产（只剩一条途径）:' : 'Assets at risk (a backup route is gone):');
    for (const a of r.assets.atRisk)
      lines.push(
        `  - ${labelOf(map, a.account)}: ${a.label}${a.value !== undefined ? ` (${formatTotals({ [a.currency]: a.value }, lang)})` : ''}`,
      );
  }
  const kept = keptAssets(map, r);
  if (kept.length > 0) {
    lines.push('', `${text(lang).impact.keptHeading}:`);
    for (const a of kept)
      lines.push(
        `  - ${labelOf(map, a.account)}: ${a.label}${a.value !== undefined ? ` (${formatTotals({ [a.currency]: a.value }, lang)})` : ''} — ${text(lang).impact.keptBy(capabilityName(a.keptBy, lang))}`,
      );
  }
  lines.push('', `${zh ? '损失金额' : 'Money lost'}: ${formatTotals(r.totals.lost, lang)}`);
  if (Object.keys(r.totals.atRisk).length > 0)
    lines.push(`${zh ? '风险金额' : 'Money at risk'}: ${formatTotals(r.totals.atRisk, lang)}`);
  return lines.join('\n');
}
