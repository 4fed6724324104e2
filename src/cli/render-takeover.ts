/**
 * Human output of takeovers and timelines for the terminal: who else gets in and how, the risk report's takeover
 * ranking, and a timeline step by step with what to move before which day.
 */
import { formatTotals, type Lang, labelOf } from '../engine/describe.js';
import type { BindingMap, RiskTakeover, Takeover, TimelineResult, Way } from '../model/index.js';
import { listOf, text, wayName } from '../text/index.js';
import { table } from './table.js';

const TOP_RANKING = 5;
const TOP_FIXES = 3;

/** The way a `via` names, in words. */
function viaWords(map: BindingMap, id: string, via: Takeover['accounts'][string]['via'], lang: Lang): string {
  if (via === undefined) return '';
  const acc = map.accounts.find((a) => a.id === id);
  const list: Way[] | undefined =
    via.capabilityWay === undefined ? acc?.ways : acc?.capabilityWays?.[via.capabilityWay];
  const way = list?.[via.way];
  const name = way ? wayName(way, (x) => labelOf(map, x), lang) : `#${via.way + 1}`;
  const t = text(lang).takeover;
  return via.capabilityWay === undefined ? t.via(name) : t.viaCapability(name, via.capabilityWay);
}

const named = (map: BindingMap, id: string) => `${labelOf(map, id)} (${id})`;

/** Renders one takeover: what the stranger holds and knows, every held or taken account and how, the money. */
export function renderTakeover(map: BindingMap, r: Takeover, lang: Lang): string {
  const t = text(lang).takeover;
  const lines: string[] = [];
  const holds = r.holds.map((h) => `${named(map, h.account)}: ${h.capabilities.join(', ')}`);
  lines.push(`${t.holds}: ${holds.join('; ') || '-'}`);
  if (r.knows.length > 0) lines.push(`${t.knows}: ${r.knows.map((id) => named(map, id)).join('; ')}`);
  lines.push('');
  const rows: string[][] = [];
  for (const status of ['held', 'taken'] as const)
    for (const [id, a] of Object.entries(r.accounts))
      if (a.status === status)
        rows.push([t.status[status], named(map, id), a.takes.join(', '), viaWords(map, id, a.via, lang)]);
  const h = t.header;
  lines.push(rows.length > 0 ? table([h.status, h.account, h.takes, h.via], rows) : t.none, '');
  lines.push(t.counts(r.counts.held, r.counts.taken, r.counts.safe));
  if (r.assets.exposed.length > 0) {
    lines.push('', `${t.exposed}:`);
    for (const a of r.assets.exposed)
      lines.push(
        `  - ${labelOf(map, a.account)}: ${a.label}${a.value !== undefined ? ` (${formatTotals({ [a.currency]: a.value }, lang)})` : ''}`,
      );
  }
  lines.push('', `${t.exposedTotal}: ${formatTotals(r.totals.exposed, lang)}`);
  return lines.join('\n');
}

/** The risk report's takeover section: the most exposing numbers and mailboxes, each with its first fixes. */
export function renderTakeoverRanking(
  map: BindingMap,
  ranking: readonly RiskTakeover[],
  lang: Lang,
): string[] {
  const t = text(lang).takeover;
  const shown = ranking.filter((r) => r.taken.length > 0).slice(0, TOP_RANKING);
  if (shown.length === 0) return [];
  const lines = ['', t.ranking.title];
  for (const r of shown) {
    lines.push(`  ${t.ranking.line(labelOf(map, r.account), r.taken.length, formatTotals(r.exposed, lang))}`);
    for (const fix of r.fixes.slice(0, TOP_FIXES))
      lines.push(`    - ${lang === 'zh' ? fix.textZh : fix.text}`);
  }
  return lines;
}

/** Renders a timeline: one row per step (newly cut, newly taken, what to act on before it), then the sources. */
export function renderTimeline(map: BindingMap, r: TimelineResult, lang: Lang): string {
  const t = text(lang).takeover.timeline;
  const names = (ids: readonly string[]) =>
    listOf(
      ids.map((id) => labelOf(map, id)),
      lang,
    ) || '-';
  const rows = r.steps.map((s) => [
    t.day(s.day),
    s.label,
    names(s.newlyCut),
    names(s.newlyTaken),
    names(s.actBefore),
  ]);
  const h = t.header;
  const lines = [r.timeline.label, '', table([h.day, h.step, h.cut, h.taken, h.act], rows)];
  const acts = r.steps.flatMap((s) => s.actBefore.map((id) => t.actBefore(labelOf(map, id), s.day)));
  if (acts.length > 0) lines.push('', ...acts.map((a) => `  - ${a}`));
  const sources = r.steps.filter((s) => s.source !== undefined);
  if (sources.length > 0) {
    lines.push('', `${t.source}:`);
    for (const s of sources) lines.push(`  ${t.day(s.day)} ${s.label}: ${s.source}`);
  }
  return lines.join('\n');
}
