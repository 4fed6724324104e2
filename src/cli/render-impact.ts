/**
 * Human output of an impact for the terminal: a table of affected accounts, reasons, and money lost. Written
 * line by line to a sink in two passes (column widths, then rows), so a map of a million accounts never
 * becomes one string or one array of rows.
 */
import { explainAccount, formatTotals, type Lang, labelOf, STATUS_NAMES } from '../engine/describe.js';
import type { ImpactView } from '../engine/impact.js';
import { keptAssetsOf } from '../engine/kept-assets.js';
import type { AccountImpact, AssetRef, BindingMap, Status } from '../model/index.js';
import { capabilityList, capabilityName, text } from '../text/index.js';
import type { LineSink } from './stream-out.js';
import { fitRow, tableLine, tableRule } from './table.js';

const ORDER: Status[] = ['banned', 'cut', 'partial', 'degraded'];

/** The affected accounts (indices) grouped by status, in table order (each group in id order). */
function affected(r: ImpactView, order: Int32Array): number[] {
  const groups: number[][] = ORDER.map(() => []);
  for (const a of order) {
    const k = ORDER.indexOf(r.status[a]!);
    if (k >= 0) groups[k]!.push(a);
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
  sink.line(text(lang).impact.heading(title));
  const t = text(lang).impact;
  for (const a of list) {
    const value = a.value !== undefined ? formatTotals({ [a.currency]: a.value }, lang) : undefined;
    const kept = a.keptBy !== undefined ? t.keptBy(capabilityName(a.keptBy, lang)) : undefined;
    sink.line(`  - ${t.asset(labelOf(map, a.account), a.label, value, kept)}`);
  }
}

/**
 * Writes the human-readable impact report to the sink; `order` is the accounts' order by id (the compiled
 * map's), and only the affected accounts' entries are built.
 */
export function writeImpact(
  sink: LineSink,
  map: BindingMap,
  r: ImpactView,
  order: Int32Array,
  lang: Lang,
  title?: string,
): void {
  const t = text(lang).impact;
  if (title) sink.line(`${title}\n`);
  const bans = r.bans
    .map((b) => t.ban(labelOf(map, b.account), b.account, capabilityList(b.lose, lang)))
    .join(t.banSeparator);
  sink.line(`${t.bans(bans)}\n`);
  const rows = new Map<string, AccountImpact>();
  for (const a of affected(r, order)) rows.set(map.accounts[a]!.id, r.entry(a));
  if (rows.size > 0) writeTable(sink, map, rows, lang);
  else sink.line(`${t.noneAffected}\n`);
  sink.line(t.counts(r.counts));
  writeAssets(sink, map, t.lostHeading, r.assets.lost, lang);
  writeAssets(sink, map, t.atRiskHeading, r.assets.atRisk, lang);
  writeAssets(
    sink,
    map,
    t.keptHeading,
    keptAssetsOf(map, r.assets, (a) => (r.status[a] === 'ok' ? undefined : r.entry(a))),
    lang,
  );
  sink.line();
  sink.line(t.moneyLost(formatTotals(r.totals.lost, lang)));
  if (Object.keys(r.totals.atRisk).length > 0) sink.line(t.moneyAtRisk(formatTotals(r.totals.atRisk, lang)));
}

/** The table of affected accounts: status, account, what it lost, and why (one line per reason). */
function writeTable(sink: LineSink, map: BindingMap, rows: Map<string, AccountImpact>, lang: Lang): void {
  const cells = (id: string) => {
    const a = rows.get(id)!;
    return [
      STATUS_NAMES[a.status][lang],
      text(lang).impact.account(labelOf(map, id), id),
      a.lost.length ? capabilityList(a.lost, lang) : '-',
    ];
  };
  const header = text(lang).impact.header;
  const widths = [0, 0, 0, 0];
  fitRow(widths, header);
  // NOTE: the rule under the header spans the widest reason too, so the first pass explains every row as well.
  for (const [id, entry] of rows) {
    const why = explainAccount(map, id, entry, lang);
    fitRow(widths, [...cells(id), why[0] ?? '']);
    for (let k = 1; k < why.length; k++) fitRow(widths, ['', '', '', why[k]!]);
  }
  sink.line(tableLine(header, widths));
  sink.line(tableRule(widths));
  for (const [id, entry] of rows) {
    const why = explainAccount(map, id, entry, lang);
    sink.line(tableLine([...cells(id), why[0] ?? ''], widths));
    for (let k = 1; k < why.length; k++) sink.line(tableLine(['', '', '', why[k]!], widths));
  }
  sink.line();
}
