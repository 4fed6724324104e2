/**
 * Human output of an impact for the terminal: a table of affected accounts, reasons, and money lost. Written
 * line by line to a sink in two passes (column widths, then rows), so a map of a million accounts never
 * becomes one string or one array of rows.
 */
import { explainAccount, formatTotals, type Lang, labelOf, STATUS_NAMES } from '../engine/describe.js';
import { keptAssets } from '../engine/kept-assets.js';
import type { AssetRef, BindingMap, Impact, Status } from '../model/index.js';
import { capabilityList, capabilityName, text } from '../text/index.js';
import type { LineSink } from './stream-out.js';
import { fitRow, tableLine, tableRule } from './table.js';

const ORDER: Status[] = ['banned', 'cut', 'partial', 'degraded'];

/** The affected account ids grouped by status, in table order (each group in the result's id order). */
function affected(r: Impact): string[] {
  const groups: string[][] = ORDER.map(() => []);
  for (const id in r.accounts) {
    const k = ORDER.indexOf(r.accounts[id]!.status);
    if (k >= 0) groups[k]!.push(id);
  }
  return groups.flat();
}

function writeAssets(
  sink: LineSink,
  map: BindingMap,
  title: string,
  list: (AssetRef & { keptBy?: string })[],
  lang: Lang,
): void {
  if (list.length === 0) return;
  sink.line();
  sink.line(title);
  for (const a of list) {
    const value = a.value !== undefined ? ` (${formatTotals({ [a.currency]: a.value }, lang)})` : '';
    const kept =
      a.keptBy !== undefined ? ` — ${text(lang).impact.keptBy(capabilityName(a.keptBy, lang))}` : '';
    sink.line(`  - ${labelOf(map, a.account)}: ${a.label}${value}${kept}`);
  }
}

/** Writes the human-readable impact report to the sink. */
export function writeImpact(sink: LineSink, map: BindingMap, r: Impact, lang: Lang, title?: string): void {
  const zh = lang === 'zh';
  if (title) sink.line(`${title}\n`);
  const bans = r.bans
    .map((b) => `${labelOf(map, b.account)} (${b.account}: ${b.lose.join(', ') || '-'})`)
    .join('; ');
  sink.line(`${zh ? '封禁' : 'Bans'}: ${bans}\n`);
  const ids = affected(r);
  const cells = (id: string) => {
    const a = r.accounts[id]!;
    return [
      STATUS_NAMES[a.status][lang],
      `${labelOf(map, id)} (${id})`,
      a.lost.length ? capabilityList(a.lost, lang) : '-',
    ];
  };
  if (ids.length > 0) {
    const header = zh ? ['状态', '账户', '失去', '原因'] : ['Status', 'Account', 'Lost', 'Why'];
    const widths = [0, 0, 0, 0];
    fitRow(widths, header);
    // NOTE: the rule under the header spans the widest reason too, so the first pass explains every row as well.
    for (const id of ids) {
      const why = explainAccount(map, id, r.accounts[id]!, lang);
      fitRow(widths, [...cells(id), why[0] ?? '']);
      for (let k = 1; k < why.length; k++) fitRow(widths, ['', '', '', why[k]!]);
    }
    sink.line(tableLine(header, widths));
    sink.line(tableRule(widths));
    for (const id of ids) {
      const why = explainAccount(map, id, r.accounts[id]!, lang);
      sink.line(tableLine([...cells(id), why[0] ?? ''], widths));
      for (let k = 1; k < why.length; k++) sink.line(tableLine(['', '', '', why[k]!], widths));
    }
    sink.line();
  } else sink.line(`${zh ? '没有账户受影响。' : 'No account is affected.'}\n`);
  const c = r.counts;
  sink.line(
    zh
      ? `被封 ${c.banned}，被切断 ${c.cut}，部分丧失 ${c.partial}，失去备用途径 ${c.degraded}，正常 ${c.ok}${c.unreachable ? `，本就无法进入 ${c.unreachable}` : ''}`
      : `${c.banned} banned, ${c.cut} cut off, ${c.partial} partial, ${c.degraded} degraded, ${c.ok} ok${c.unreachable ? `, ${c.unreachable} unreachable before any ban` : ''}`,
  );
  writeAssets(sink, map, zh ? '失去的资产:' : 'Assets lost:', r.assets.lost, lang);
  const atRisk = zh ? '有风险的资产（只剩一条途径）:' : 'Assets at risk (a backup route is gone):';
  writeAssets(sink, map, atRisk, r.assets.atRisk, lang);
  writeAssets(sink, map, `${text(lang).impact.keptHeading}:`, keptAssets(map, r), lang);
  sink.line();
  sink.line(`${zh ? '损失金额' : 'Money lost'}: ${formatTotals(r.totals.lost, lang)}`);
  if (Object.keys(r.totals.atRisk).length > 0)
    sink.line(`${zh ? '风险金额' : 'Money at risk'}: ${formatTotals(r.totals.atRisk, lang)}`);
}
