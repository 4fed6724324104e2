/**
 * `banradius maps list|prune [--data DIR] [--json]`: the maps in the store; `prune` applies the retention rule
 * (src/store/retention.ts) to every map. Also the command line's way into the
 * store for other commands (`impact --map ID`, `backup`, `restore`): store errors become bad input (exit 1).
 */
import type { BindingMap } from '../../model/index.js';
import { isStoreError, openStore, type Store } from '../../store/index.js';
import { type Lang, text } from '../../text/index.js';
import { parseCommand, usageOf } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { table } from '../table.js';

const USAGE = usageOf('banradius maps list|prune [--data DIR] [--json]');

/** Runs `f` on the store in `dataDir` (default: the user's data directory), closing it afterwards. */
export async function withStore<T>(
  dataDir: string | undefined,
  f: (store: Store) => T | Promise<T>,
): Promise<T> {
  let store: Store | undefined;
  try {
    store = openStore(dataDir);
    return await f(store);
  } catch (e) {
    throw asInputError(e);
  } finally {
    store?.close();
  }
}

/**
 * A StoreError as the command line's bad input, worded in the terminal's language (its issues named after
 * `label`, and so is its message when the error does not name its file or map itself); anything else unchanged.
 */
export function asInputError(e: unknown, label = ''): unknown {
  if (!isStoreError(e)) return e;
  const problem = e.problem;
  const named = label === '' || 'file' in problem || 'id' in problem || 'row' in problem;
  return new InputError(
    (_t, lang) => (named ? '' : `${label}: `) + text(lang).store.error(problem),
    e.issues,
    label,
  );
}

/** Reads map `id` from the store; a missing or damaged map is bad input naming it. */
export function readStoredMap(id: string, dataDir: string | undefined, lang: Lang): { map: BindingMap } {
  let store: Store | undefined;
  try {
    store = openStore(dataDir);
    const record = store.get(id);
    const file = store.file;
    if (!record) throw new InputError((t) => t.noStoredMap(id, file));
    return { map: record.map };
  } catch (e) {
    throw asInputError(e, text(lang).cli.storedMap(id));
  } finally {
    store?.close();
  }
}

export async function mapsCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand(args, { data: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
  const sub = parsed.positionals[0];
  if (parsed.positionals.length !== 1 || (sub !== 'list' && sub !== 'prune')) throw new UsageError(USAGE);
  if (sub === 'prune') {
    const result = await withStore(parsed.values.data, (store) => store.prune());
    io.out(
      parsed.values.json
        ? JSON.stringify(result, null, 2)
        : text(io.lang).cli.pruned(result.removed, result.maps),
    );
    return 0;
  }
  const maps = await withStore(parsed.values.data, (store) => store.list());
  if (parsed.values.json) {
    io.out(JSON.stringify({ maps }, null, 2));
    return 0;
  }
  if (maps.length === 0) {
    io.out(text(io.lang).cli.noStoredMaps);
    return 0;
  }
  const header = text(io.lang).cli.mapsHeader;
  io.out(
    table(
      header,
      maps.map((m) => [m.id, m.title, String(m.version), m.updatedAt]),
    ),
  );
  return 0;
}
