/**
 * Human output of a risk report for the terminal: the actions to take first, the accounts whose ban would take
 * the most down, the single points of failure that matter most, pairs of bans, which accounts appear in most of
 * the ways to lose each one, and exposure.
 */
import { formatTotals, type Lang, labelOf } from '../engine/describe.js';
import { compareTotalsDesc, MoneySum } from '../engine/index.js';
import type { BindingMap, Risk, Totals } from '../model/index.js';
import { text } from '../text/index.js';
import { renderTakeoverRanking } from './render-takeover.js';
import { importanceLines } from './render-target.js';
import { table } from './table.js';

const TOP_ACTIONS = 5;
const TOP_BLAST = 5;
const TOP_ACCOUNTS = 10;

const pct = (share: number) => `${Math.round(share * 100)}%`;

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

/** Renders the report in Chinese or English. */
export function renderRisk(map: BindingMap, r: Risk, lang: Lang): string {
  const zh = lang === 'zh';
  const name = (id: string) => `${labelOf(map, id)} (${id})`;
  const names = (ids: readonly string[]) => ids.map((id) => labelOf(map, id)).join(zh ? '、' : ', ');
  const money = (t: Totals) => (Object.keys(t).length === 0 ? '-' : formatTotals(t, lang));
  const more = (n: number) => (zh ? `（另有 ${n} 项，用 --json 查看全部）` : `(${n} more: see --json)`);
  const held = heldBy(map);
  const assetCount = new Map(map.accounts.map((a) => [a.id, a.assets?.length ?? 0]));
  // Accounts holding the most value first, then those holding the most assets of any kind.
  const byValue = (x: string, y: string) =>
    compareTotalsDesc(held.get(x)!, held.get(y)!) ||
    assetCount.get(y)! - assetCount.get(x)! ||
    (x < y ? -1 : x > y ? 1 : 0);
  const reachable = Object.keys(r.accounts);
  const lines: string[] = [];

  lines.push(
    zh ? `风险报告${map.title ? `：${map.title}` : ''}` : `Risk report${map.title ? `: ${map.title}` : ''}`,
  );
  lines.push(
    zh
      ? `${map.accounts.length} 个账户，${reachable.length} 个现在能进入。以下的封禁都按整个账户被封（失去全部能力）计算。`
      : `${map.accounts.length} accounts, ${reachable.length} reachable now. Every ban below is a full ban: the account loses everything.`,
    '',
  );

  lines.push(zh ? '先做这几件事' : 'What to fix first');
  if (r.recommendations.length === 0)
    lines.push(
      zh
        ? '  没有需要做的：没有哪个账户会因为另一个账户被封而被切断（或者只能在上游账户上解决）。'
        : '  Nothing to fix: no account you can add a way into is cut off by the ban of another.',
    );
  r.recommendations.slice(0, TOP_ACTIONS).forEach((rec, i) => {
    lines.push(`  ${i + 1}. ${zh ? (rec.textZh ?? rec.text) : rec.text}`);
  });
  if (r.recommendations.length > TOP_ACTIONS) lines.push(`  ${more(r.recommendations.length - TOP_ACTIONS)}`);
  lines.push('');

  const blast = r.blastRadius.filter(
    (b) => b.cut + b.partial + b.degraded > 0 || Object.values(b.lost).some((v) => v > 0),
  );
  lines.push(zh ? '被封后损失最大的账户' : 'Largest blast radius: what one ban takes down');
  if (blast.length === 0)
    lines.push(zh ? '  任何一个账户被封都不会牵连其他账户。' : '  No single ban affects anything else.');
  else
    lines.push(
      table(
        zh
          ? ['被封的账户', '被切断', '部分丧失', '失去备用途径', '损失金额']
          : ['If this is banned', 'Cut off', 'Partial', 'Degraded', 'Money lost'],
        blast
          .slice(0, TOP_BLAST)
          .map((b) => [name(b.account), String(b.cut), String(b.partial), String(b.degraded), money(b.lost)]),
      ),
    );
  if (blast.length > TOP_BLAST) lines.push(more(blast.length - TOP_BLAST));
  lines.push('');

  const spof = reachable.filter((id) => r.accounts[id]!.spof.length > 0).sort(byValue);
  lines.push(
    zh
      ? '单点故障：其中任何一个被封，这个账户就进不去了'
      : 'Single points of failure: any one of these banned cuts the account off',
  );
  if (spof.length === 0) lines.push(zh ? '  没有单点故障。' : '  None.');
  else
    lines.push(
      table(
        zh ? ['账户', '账户里的钱物', '单点故障'] : ['Account', 'Value held', 'Cut off by a ban of'],
        spof
          .slice(0, TOP_ACCOUNTS)
          .map((id) => [name(id), money(held.get(id)!), names(r.accounts[id]!.spof)]),
      ),
    );
  if (spof.length > TOP_ACCOUNTS) lines.push(more(spof.length - TOP_ACCOUNTS));
  lines.push('');

  const paired = reachable.filter((id) => r.accounts[id]!.pairs.length > 0).sort(byValue);
  if (paired.length > 0) {
    lines.push(zh ? '两个同时被封才会切断的账户' : 'Cut off only when two accounts are banned together');
    lines.push(
      table(
        zh ? ['账户', '账户里的钱物', '这些组合同时被封'] : ['Account', 'Value held', 'Pairs of bans'],
        paired.slice(0, TOP_ACCOUNTS).map((id) => {
          const pairs = r.accounts[id]!.pairs;
          const shown = pairs.slice(0, 3).map((p) => names(p).replace(zh ? '、' : ', ', ' + '));
          return [name(id), money(held.get(id)!), shown.join('; ') + (pairs.length > 3 ? ' …' : '')];
        }),
      ),
    );
    if (paired.length > TOP_ACCOUNTS) lines.push(more(paired.length - TOP_ACCOUNTS));
    lines.push('');
  }
  const tripled = reachable.filter((id) => (r.accounts[id]!.triples?.length ?? 0) > 0).length;
  if (tripled > 0) {
    lines.push(
      zh
        ? `${tripled} 个账户只有三个账户同时被封才会被切断（用 --json 查看）。`
        : `${tripled} accounts are cut off only by three bans together (see --json).`,
      '',
    );
  }

  for (const line of importanceSection(map, r, lang, reachable.sort(byValue))) lines.push(line);

  lines.push(zh ? '暴露程度' : 'Exposure');
  const cut = Math.round(r.exposure.accounts * reachable.length);
  lines.push(
    zh
      ? `  ${reachable.length} 个能进入的账户中，有 ${cut} 个（${pct(r.exposure.accounts)}）会因另一个账户被封而被切断。`
      : `  ${cut} of ${reachable.length} reachable accounts (${pct(r.exposure.accounts)}) can be cut off by the ban of one other account.`,
  );
  for (const [cur, share] of Object.entries(r.exposure.value))
    lines.push(
      zh
        ? `  ${cur} 资产价值中有 ${pct(share)} 可能因另一个账户被封而损失。`
        : `  ${pct(share)} of the ${cur} asset value can be lost through the ban of one other account.`,
    );
  for (const line of renderTakeoverRanking(map, r.takeover ?? [], lang)) lines.push(line);
  return lines.join('\n');
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
