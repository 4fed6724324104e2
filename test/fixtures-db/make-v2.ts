/**
 * Writes `v2.sqlite`, the committed database of schema version 2 (a SHA-256 beside every document), with the store as it was at version 2.
 * Run once, with the v2 code: `node --import tsx test/fixtures-db/make-v2.ts`. It refuses to run when the
 * code's schema version is not 2, because the fixture must keep what version 2 wrote.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE, openStore, SCHEMA_VERSION } from '../../src/store/index.js';
import { V1_FIXTURE } from './samples.js';

if (SCHEMA_VERSION !== 2) throw new Error(`the code is at schema version ${SCHEMA_VERSION}, not 2`);
const dir = mkdtempSync(join(tmpdir(), 'banradius-fixture-'));
let clock = Date.parse('2026-01-01T00:00:00.000Z');
const ids = V1_FIXTURE.maps.map((m) => m.id);
const store = openStore(dir, {
  now: () => new Date(clock),
  newId: () => ids.shift()!,
});
for (const m of V1_FIXTURE.maps) {
  const [first, ...rest] = m.revisions;
  let record = store.create(first);
  for (const doc of rest) {
    clock += 1000;
    record = store.update(record.id, doc, record.version);
  }
  clock += 1000;
}
store.close();
copyFileSync(join(dir, DB_FILE), join(import.meta.dirname, 'v2.sqlite'));
rmSync(dir, { recursive: true, force: true });
console.log("wrote v2.sqlite");
