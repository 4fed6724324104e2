/**
 * Human output of a risk report for the terminal: the actions to take first, the accounts whose ban would take
 * the most down, the single points of failure that matter most, pairs of bans, which accounts appear in most of
 * the ways to lose each one, and exposure.
 */
import { formatTotals, type Lang, labelOf } from '../engine/describe.js';
import { compareTotalsDesc, MoneySum } from '../engine/index.js';
import type { BindingMap, Risk, Totals } from '../model/index.js';
import { type Catalogue, formatPercent, listOf, text } from '../text/index.js';
import { renderTakeoverRanking } from './render-takeover.js';
import { importanceLines } from './render-target.js';
import { table } from './table.js';

const TOP_ACTIONS = 5;
const TOP_BLAST = 5;
const TOP_ACCOUNTS = 10;

/** The value each account holds, per currency (assets with a value). */
function heldBy(map: BindingMap): Map<string, Totals> {
  const out = new Map<string, Totals>();
  for (const a of map.accounts) {
    const sum = new MoneySum();
    for (const asset of a.assets ?? [])
      if (asset.value !== undefined && asset.value > 0) sum.add(asset.value, asset.currency ?? 'CNY');
    out.set(a.id, sum.totals());
  }
  return out;
}

/** What every section needs: the map's words, the report, and accounts ordered by the value they hold. */
interface Ctx {
  map: BindingMap;
  r: Risk;
  lang: Lang;
  t: Catalogue['riskReport'];
  held: Map<string, Totals>;
  /** The accounts reachable now, holding the most value first, then the most assets of any kind. */
  reachable: string[];
  name(id: string): string;
  names(ids: readonly string[]): string;
  money(t: Totals): string;
}

function context(map: BindingMap, r: Risk, lang: Lang): Ctx {
  const held = heldBy(map);
  const assetCount = new Map(map.accounts.map((a) => [a.id, a.assets?.length ?? 0]));
  const byValue = (x: string, y: string) =>
    compareTotalsDesc(held.get(x)!, held.get(y)!) ||
    assetCount.get(y)! - assetCount.get(x)! ||
    (x < y ? -1 : x > y ? 1 : 0);
  return {
    map,
    r,
    lang,
    t: text(lang).riskReport,
    held,
    reachable: Object.keys(r.accounts).sort(byValue),
    name: (id) => text(lang).impact.account(labelOf(map, id), id),
    names: (ids) =>
      listOf(
        ids.map((id) => labelOf(map, id)),
        lang,
        'unit',
      ),
    money: (t) => (Object.keys(t).length === 0 ? '-' : formatTotals(t, lang)),
  };
}

/** Renders the report in Chinese or English. */
export function renderRisk(map: BindingMap, r: Risk, lang: Lang): string {
  const x = context(map, r, lang);
  const lines = [
    x.t.title(map.title),
    x.t.summary(map.accounts.length, x.reachable.length),
    '',
    ...actions(x),
    ...blastRadius(x),
    ...singlePoints(x),
    ...pairs(x),
    ...importanceSection(map, r, lang, x.reachable),
    ...exposure(x),
    ...renderTakeoverRanking(map, r.takeover ?? [], lang),
  ];
  return lines.join('\n');
}

/** A line saying how many more there are than the `shown` of `total`, if any. */
function moreLine(x: Ctx, total: number, shown: number, indent = ''): string[] {
  return total > shown ? [`${indent}${x.t.more(total - shown)}`] : [];
}

function actions(x: Ctx): string[] {
  const recs = x.r.recommendations;
  const lines = [x.t.fixFirst];
  if (recs.length === 0) lines.push(`  ${x.t.nothingToFix}`);
  recs.slice(0, TOP_ACTIONS).forEach((rec, i) => {
    lines.push(`  ${i + 1}. ${x.lang === 'zh' ? (rec.textZh ?? rec.text) : rec.text}`);
  });
  return [...lines, ...moreLine(x, recs.length, TOP_ACTIONS, '  '), ''];
}

function blastRadius(x: Ctx): string[] {
  const blast = x.r.blastRadius.filter(
    (b) => b.cut + b.partial + b.degraded > 0 || Object.values(b.lost).some((v) => v > 0),
  );
  const lines = [x.t.blastHeading];
  if (blast.length === 0) lines.push(`  ${x.t.noBlast}`);
  else
    lines.push(
      table(
        x.t.blastHeader,
        blast
          .slice(0, TOP_BLAST)
          .map((b) => [
            x.name(b.account),
            String(b.cut),
            String(b.partial),
            String(b.degraded),
            x.money(b.lost),
          ]),
      ),
    );
  return [...lines, ...moreLine(x, blast.length, TOP_BLAST), ''];
}

function singlePoints(x: Ctx): string[] {
  const spof = x.reachable.filter((id) => x.r.accounts[id]!.spof.length > 0);
  const lines = [x.t.spofHeading];
  if (spof.length === 0) lines.push(`  ${x.t.noSpof}`);
  else
    lines.push(
      table(
        x.t.spofHeader,
        spof
          .slice(0, TOP_ACCOUNTS)
          .map((id) => [x.name(id), x.money(x.held.get(id)!), x.names(x.r.accounts[id]!.spof)]),
      ),
    );
  return [...lines, ...moreLine(x, spof.length, TOP_ACCOUNTS), ''];
}

/** Accounts cut off only by two bans together (a few pairs each), then how many need three. */
function pairs(x: Ctx): string[] {
  const lines: string[] = [];
  const paired = x.reachable.filter((id) => x.r.accounts[id]!.pairs.length > 0);
  const label = (id: string) => labelOf(x.map, id);
  if (paired.length > 0) {
    const rows = paired.slice(0, TOP_ACCOUNTS).map((id) => {
      const all = x.r.accounts[id]!.pairs;
      const shown = all.slice(0, 3).map(([a, b]) => x.t.pair(label(a), label(b)));
      return [
        x.name(id),
        x.money(x.held.get(id)!),
        shown.join(x.t.pairSeparator) + (all.length > 3 ? x.t.pairsMore : ''),
      ];
    });
    lines.push(
      x.t.pairsHeading,
      table(x.t.pairsHeader, rows),
      ...moreLine(x, paired.length, TOP_ACCOUNTS),
      '',
    );
  }
  const tripled = x.reachable.filter((id) => (x.r.accounts[id]!.triples?.length ?? 0) > 0).length;
  if (tripled > 0) lines.push(x.t.triples(tripled), '');
  return lines;
}

function exposure(x: Ctx): string[] {
  const reachable = x.reachable.length;
  const cut = Math.round(x.r.exposure.accounts * reachable);
  const pct = (share: number) => formatPercent(share, x.lang);
  const lines = [
    x.t.exposureHeading,
    `  ${x.t.exposureAccounts(cut, reachable, pct(x.r.exposure.accounts))}`,
  ];
  for (const [cur, share] of Object.entries(x.r.exposure.value))
    lines.push(`  ${x.t.exposureValue(cur, pct(share))}`);
  return lines;
}

/**
 * "QQ Mail is in 7 of the 9 ways you can lose Apple ID" for the accounts holding the most value that have cut
 * sets, then the accounts in the most ways to lose others. Empty when no account has a cut set.
 */
function importanceSection(map: BindingMap, r: Risk, lang: Lang, byValue: readonly string[]): string[] {
  const t = text(lang).cutSets;
  const shown = byValue.filter((id) => (r.importance.accounts[id]?.sets ?? 0) > 1).slice(0, TOP_ACCOUNTS);
  if (r.importance.overall.length === 0) return [];
  const lines = [t.importanceHeading];
  for (const id of shown) lines.push(`  ${importanceLines(map, id, r.importance.accounts[id]!, lang, 1)[0]}`);
  lines.push(t.overallHeading);
  for (const o of r.importance.overall.slice(0, TOP_BLAST))
    lines.push(`  ${t.overall(labelOf(map, o.account), o.sets, o.accounts)}`);
  lines.push('');
  return lines;
}
