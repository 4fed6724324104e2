/** `banradius backup FILE [--data DIR]`: every map and revision into a new file, with SQLite's online backup API. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { count, withStore } from './maps.js';

const USAGE = 'usage: banradius backup FILE [--data DIR]';

export async function backupCommand(args: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) throw new UsageError(USAGE);
  const info = await withStore(parsed.values.data, (store) => store.backup(file));
  io.out(
    io.lang === 'zh'
      ? `已备份 ${info.maps} 张地图（${info.revisions} 个版本）到 ${info.file}`
      : `backed up ${count(info.maps, 'map')} (${count(info.revisions, 'revision')}) to ${info.file}`,
  );
  return 0;
}

function parse(args: string[]) {
  return parseArgs({ args, allowPositionals: true, options: { data: { type: 'string' } } });
}
