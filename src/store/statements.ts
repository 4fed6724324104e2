/** @module The store's SQL statements, prepared once per connection. Documents are written with their SHA-256. */
import type Database from 'better-sqlite3';

/** Prepares every statement the store runs. */
export function prepare(db: Database.Database) {
  const cols = 'id, title, created_at, updated_at, version';
  return {
    list: db.prepare(`SELECT ${cols} FROM maps ORDER BY updated_at DESC, id`),
    meta: db.prepare(`SELECT ${cols} FROM maps WHERE id = ?`),
    get: db.prepare(`SELECT ${cols}, doc, doc_sha256 FROM maps WHERE id = ?`),
    insert: db.prepare(`INSERT INTO maps (${cols}, doc, doc_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    update: db.prepare(
      'UPDATE maps SET title = ?, updated_at = ?, version = ?, doc = ?, doc_sha256 = ? WHERE id = ?',
    ),
    delete: db.prepare('DELETE FROM maps WHERE id = ?'),
    deleteRevisions: db.prepare('DELETE FROM revisions WHERE map_id = ?'),
    deleteAll: db.prepare('DELETE FROM maps'),
    deleteAllRevisions: db.prepare('DELETE FROM revisions'),
    addRevision: db.prepare(
      'INSERT INTO revisions (map_id, version, saved_at, doc, doc_sha256) VALUES (?, ?, ?, ?, ?)',
    ),
    revisions: db.prepare('SELECT version, saved_at FROM revisions WHERE map_id = ? ORDER BY version DESC'),
    deleteRevision: db.prepare('DELETE FROM revisions WHERE map_id = ? AND version = ?'),
    allVersions: db.prepare('SELECT id, version FROM maps'),
    revision: db.prepare(
      'SELECT version, saved_at, doc, doc_sha256 FROM revisions WHERE map_id = ? AND version = ?',
    ),
    count: db.prepare(
      'SELECT (SELECT count(*) FROM maps) AS maps, (SELECT count(*) FROM revisions) AS revisions',
    ),
  };
}
