/** `banradius backup FILE [--data DIR]`: every map and revision into a new file, with SQLite's online backup API. */
import { text } from '../../text/index.js';
import { onePositional, parseCommand, usageOf } from '../args.js';
import type { Io } from '../io.js';
import { withStore } from './maps.js';

const USAGE = usageOf('banradius backup FILE [--data DIR]');

export async function backupCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand(args, { data: { type: 'string' } }, USAGE);
  const file = onePositional(parsed.positionals, USAGE);
  const info = await withStore(parsed.values.data, (store) => store.backup(file));
  io.out(text(io.lang).cli.backedUp(info.maps, info.revisions, info.file));
  return 0;
}
