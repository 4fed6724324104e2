/**
 * A child process for the crash and concurrency tests: opens the store and saves map MAP_ID in a loop,
 * each save conditional on the version it just read (retrying when another writer got in first), and
 * prints one line per acknowledged (committed) save: `ack TAG N VERSION`. Without COUNT it starts at once
 * and runs until killed. With COUNT it waits for a `go` line on stdin (so several writers start together),
 * stops after that many saves and prints `done SAVES CONFLICTS`.
 *
 * usage: node --import tsx test/support/crash-writer.ts DATA_DIR MAP_ID TAG [COUNT]
 */
import { writeSync } from 'node:fs';
import { isStoreError, openStore } from '../../src/store/index.js';
import { crashDoc } from '../fixtures-db/samples.js';

const [dir, id, tag, count] = process.argv.slice(2);
if (!dir || !id || !tag) {
  process.stderr.write('usage: crash-writer.ts DATA_DIR MAP_ID TAG [COUNT]\n');
  process.exit(2);
}
const limit = count === undefined ? Number.POSITIVE_INFINITY : Number(count);
// Written straight to the file descriptor: once the line is out, the parent sees it even after SIGKILL.
const say = (line: string) => writeSync(1, `${line}\n`);

const store = openStore(dir);
say('ready');
if (count !== undefined) await new Promise((resolve) => process.stdin.once('data', resolve));
let conflicts = 0;
for (let n = 0; n < limit; n++) {
  const doc = crashDoc(tag, n);
  for (;;) {
    const current = store.get(id);
    if (!current) throw new Error(`no map ${id}`);
    try {
      const saved = store.update(id, doc, current.version);
      say(`ack ${tag} ${n} ${saved.version}`);
      break;
    } catch (e) {
      if (!isStoreError(e, 'stale_version')) throw e;
      conflicts++;
    }
  }
}
say(`done ${limit} ${conflicts}`);
store.close();
process.stdin.destroy();
