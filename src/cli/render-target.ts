/**
 * Human output of "how can I lose X?" (`banradius risk MAP --target X`): the bans that cut the account off, by
 * size, and the accounts that appear in most of them, in the terminal's language.
 */
import { labelOf } from '../engine/describe.js';
import type { BindingMap, Importance, TargetRisk } from '../model/index.js';
import { type Lang, listOf, text } from '../text/index.js';

/** "QQ Mail is in 7 of the 9 ways you can lose Apple ID", for the first `top` members. */
export function importanceLines(
  map: BindingMap,
  target: string,
  imp: Importance,
  lang: Lang,
  top = 3,
): string[] {
  const t = text(lang).cutSets;
  return imp.members
    .slice(0, top)
    .map((m) => t.inWays(labelOf(map, m.account), m.sets, imp.sets, labelOf(map, target)));
}

/** Renders a target risk in Chinese or English. */
export function renderTarget(map: BindingMap, r: TargetRisk, lang: Lang): string {
  const t = text(lang).cutSets;
  const name = (id: string) => `${labelOf(map, id)} (${id})`;
  const lines = [t.targetHeading(name(r.target), r.order)];
  if (!r.reachable) return [...lines, `  ${t.targetUnreachable}`].join('\n');
  if (r.importance.sets === 0) return [...lines, `  ${t.targetNone(r.order)}`].join('\n');
  lines.push(`  ${t.targetCount(r.importance.sets)}`);
  const group = (title: string, sets: readonly (readonly string[])[]) => {
    if (sets.length === 0) return;
    lines.push(`  ${title}`);
    for (const set of sets) lines.push(`    ${set.map((id) => labelOf(map, id)).join(t.and)}`);
  };
  if (r.cutSets.spof.length > 0) {
    lines.push(`  ${t.single}`);
    lines.push(
      `    ${listOf(
        r.cutSets.spof.map((id) => labelOf(map, id)),
        lang,
        'unit',
      )}`,
    );
  }
  group(t.pairs, r.cutSets.pairs);
  group(t.triples, r.cutSets.triples ?? []);
  lines.push('', ...importanceLines(map, r.target, r.importance, lang).map((l) => `  ${l}`));
  return lines.join('\n');
}
