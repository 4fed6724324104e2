/**
 * `banradius restore FILE [--data DIR]`: replaces every map and revision in the store with a backup's, after
 * checking the whole file (schema version, integrity, every document); a file failing any check changes nothing.
 */
import { onePositional, parseCommand } from '../args.js';
import type { Io } from '../io.js';
import { asInputError, count, withStore } from './maps.js';

const USAGE = 'usage: banradius restore FILE [--data DIR]';

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
  io.out(
    io.lang === 'zh'
      ? `已从 ${info.file} 恢复 ${info.maps} 张地图（${info.revisions} 个版本），替换了原有的 ${info.replacedMaps} 张`
      : `restored ${count(info.maps, 'map')} (${count(info.revisions, 'revision')}) from ${info.file}, replacing ${count(info.replacedMaps, 'map')}`,
  );
  return 0;
}
