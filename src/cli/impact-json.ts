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

/**
 * The entry text of a quiet account (ok or unreachable: nothing lost, no cause, no reason), which depends only
 * on its status and which of its capabilities are kept; remembered per capability list (accounts read by the
 * byte scanner share their lists), for lists of at most 30 capabilities and a bounded number of lists.
 */
class QuietEntries {
  private readonly byCaps = new Map<readonly string[], Map<number, string>>();

  constructor(
    private readonly c: Compiled,
    private readonly r: ImpactView,
  ) {}

  /** The text of account `a`'s entry when it is quiet and can be remembered, else undefined. */
  text(a: number): string | undefined {
    const { c, r } = this;
    const status = r.status[a]!;
    if (status !== 'ok' && status !== 'unreachable') return undefined;
    const caps = c.caps[a]!;
    if (caps.length > 30) return undefined;
    let texts = this.byCaps.get(caps);
    if (texts === undefined) {
      if (this.byCaps.size >= 4096) return undefined;
      texts = new Map();
      this.byCaps.set(caps, texts);
    }
    const base = c.slotBase[a]!;
    let key = status === 'ok' ? 1 : 0;
    for (let k = 0; k < caps.length; k++) if (r.available[base + k] === 1) key += 2 ** (k + 1);
    let out = texts.get(key);
    if (out === undefined) {
      out = entryJson(r.entry(a), '    ');
      texts.set(key, out);
    }
    return out;
  }
}

/** Writes the impact as `JSON.stringify(impact(c, bans), null, 2)` would, without building it. */
export function writeImpactJson(sink: LineSink, c: Compiled, r: ImpactView): void {
  sink.write('{\n  "bans": ');
  writeJson(sink, r.bans, 1, '  ');
  sink.write(',\n  "accounts": ');
  if (c.order.length === 0) sink.write('{}');
  else {
    let first = true;
    const quiet = new QuietEntries(c, r);
    for (const a of c.order) {
      const text = quiet.text(a) ?? entryJson(r.entry(a), '    ');
      sink.write(`${first ? '{' : ','}\n    ${JSON.stringify(c.ids[a]!)}: ${text}`);
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
