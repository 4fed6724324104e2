/**
 * `impact --json` for any size of map: exactly the text of `JSON.stringify(impact(c, bans), null, 2)` (what
 * the API answers), written to the sink account by account from an {@link ImpactView}, so neither the result
 * object nor its text is ever whole in memory.
 */
import type { Compiled, ImpactView } from '../engine/index.js';
import type { AccountImpact } from '../model/index.js';
import { type LineSink, writeJson } from './stream-out.js';

const quoted = new Map<string, string>();

/** JSON.stringify of a short string that repeats (capability names, statuses), remembered. */
function q(s: string): string {
  let out = quoted.get(s);
  if (out === undefined) {
    out = JSON.stringify(s);
    if (quoted.size < 4096) quoted.set(s, out);
  }
  return out;
}

/** A list of strings as JSON.stringify(list, null, 2) writes it at indentation `pad`. */
function strings(list: readonly string[], pad: string): string {
  if (list.length === 0) return '[]';
  let out = '[';
  for (let i = 0; i < list.length; i++) out += `${i === 0 ? '' : ','}\n${pad}  ${q(list[i]!)}`;
  return `${out}\n${pad}]`;
}

/** One account's entry as JSON.stringify(entry, null, 2) writes it, indented by `pad`. */
export function entryJson(e: AccountImpact, pad: string): string {
  const inner = `${pad}  `;
  const because =
    e.because.length === 0 ? '[]' : JSON.stringify(e.because, null, 2).replaceAll('\n', `\n${inner}`);
  return (
    `{\n${inner}"status": ${q(e.status)},\n${inner}"lost": ${strings(e.lost, inner)},` +
    `\n${inner}"kept": ${strings(e.kept, inner)},\n${inner}"causes": ${strings(e.causes, inner)},` +
    `\n${inner}"because": ${because}\n${pad}}`
  );
}

/** Writes the impact as `JSON.stringify(impact(c, bans), null, 2)` would, without building it. */
export function writeImpactJson(sink: LineSink, c: Compiled, r: ImpactView): void {
  sink.write('{\n  "bans": ');
  writeJson(sink, r.bans, 1, '  ');
  sink.write(',\n  "accounts": ');
  if (c.order.length === 0) sink.write('{}');
  else {
    let first = true;
    for (const a of c.order) {
      sink.write(`${first ? '{' : ','}\n    ${JSON.stringify(c.ids[a]!)}: ${entryJson(r.entry(a), '    ')}`);
      first = false;
    }
    sink.write('\n  }');
  }
  for (const [key, value] of [
    ['assets', r.assets],
    ['totals', r.totals],
    ['counts', r.counts],
  ] as const) {
    sink.write(`,\n  "${key}": `);
    writeJson(sink, value, 1, '  ');
  }
  sink.write('\n}');
}
