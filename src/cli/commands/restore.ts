/**
 * `banradius restore FILE [--data DIR]`: replaces every map and revision in the store with a backup's, after
 * checking the whole file (schema version, integrity, every document); a file failing any check changes nothing.
 */
import { text } from '../../text/index.js';
import { onePositional, parseCommand, usageOf } from '../args.js';
import type { Io } from '../io.js';
import { asInputError, withStore } from './maps.js';

const USAGE = usageOf('banradius restore FILE [--data DIR]');

export async function restoreCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand(args, { data: { type: 'string' } }, USAGE);
  const file = onePositional(parsed.positionals, USAGE);
  const info = await withStore(parsed.values.data, (store) => {
    try {
      return store.restoreFrom(file);
    } catch (e) {
      throw asInputError(e, file);
    }
  });
  io.out(text(io.lang).cli.restored(info.maps, info.revisions, info.file, info.replacedMaps));
  return 0;
}
