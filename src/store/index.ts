/** @module SQLite persistence for maps (DESIGN §10): the store, its errors, records and schema migrations. */
export { type BackupContents, readBackup } from './backup-file.js';
export { ensureDataDir } from './data-dir.js';
export { isStoreError, STORE_ERROR_CODES, StoreError, type StoreErrorCode } from './errors.js';
export { docHash, MIGRATIONS, type Migration, migrate, SCHEMA_VERSION, userVersion } from './migrations.js';
export { openDatabase, readHeader } from './open-db.js';
export * from './records.js';
export { DB_FILE, openStore, type Store, type StoreOptions } from './store.js';
