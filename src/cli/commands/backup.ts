/** `banradius backup FILE [--data DIR]`: every map and revision into a new file, with SQLite's online backup API. */
import { onePositional, parseCommand } from '../args.js';
import type { Io } from '../io.js';
import { count, withStore } from './maps.js';

const USAGE = 'usage: banradius backup FILE [--data DIR]';

export async function backupCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand(args, { data: { type: 'string' } }, USAGE);
  const file = onePositional(parsed.positionals, USAGE);
  const info = await withStore(parsed.values.data, (store) => store.backup(file));
  io.out(
    io.lang === 'zh'
      ? `已备份 ${info.maps} 张地图（${info.revisions} 个版本）到 ${info.file}`
      : `backed up ${count(info.maps, 'map')} (${count(info.revisions, 'revision')}) to ${info.file}`,
  );
  return 0;
}
