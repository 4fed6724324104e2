/**
 * @module The map store's errors in English (src/store): each StoreError's code and parameters as a sentence.
 * This is also the StoreError's `message`, for logs and the API. Ids are quoted as JSON.
 */
import type { BackupProblem, StoredRow, StoreText } from '../zh/store.js';

const q = (s: string) => JSON.stringify(s);

const row = (r: StoredRow) =>
  `map ${q(r.id)}${r.version === undefined ? '' : ` ${r.revision ? 'revision' : 'version'} ${r.version}`}`;

const BACKUP: Record<BackupProblem, (p: { detail?: string; known?: number; count?: number }) => string> = {
  not_sqlite: () => 'not an SQLite database',
  no_schema: () => 'not a banradius database (no schema version)',
  cannot_open: (p) => `cannot be opened: ${p.detail ?? ''}`,
  integrity: (p) => `integrity_check reports: ${p.detail ?? ''}`,
  migrate: (p) => `cannot be brought to schema version ${p.known ?? '?'}: ${p.detail ?? ''}`,
  orphans: () => 'has revisions of maps that do not exist',
  not_banradius: (p) => `not a banradius database: ${p.detail ?? ''}`,
  rows: (p) => `${p.count ?? 0} problem(s) found`,
};

export const store: StoreText = {
  error: (p) => {
    switch (p.code) {
      case 'not_found':
        if ('file' in p) return `${p.file}: cannot read: ${p.reason ?? p.detail}`;
        return p.version === undefined ? `no map ${q(p.id)}` : `map ${q(p.id)} has no version ${p.version}`;
      case 'stale_version':
        return `map ${q(p.id)} is at version ${p.current}, not ${p.given}; nothing was written`;
      case 'invalid_map':
        return 'the map is not valid; nothing was written';
      case 'corrupt_row':
        if (p.damage === 'row')
          return p.row.revision && p.row.version === undefined
            ? `${row(p.row)} has a damaged revision row`
            : `${row(p.row)} has a damaged row and was not served`;
        if (p.damage === 'sha256')
          return `${row(p.row)} is damaged and was not served: its SHA-256 does not match the one saved with it (the stored bytes changed); restore the store from a backup`;
        return `${row(p.row)} is damaged and was not served: ${p.detail ?? ''}`;
      case 'future_schema':
        return (
          `${p.file ?? 'the database'} has schema version ${p.found}, but this banradius knows versions up to ${p.known}: ` +
          'it was written by a newer banradius. Upgrade banradius to open it; the file was not changed.'
        );
      case 'damaged_store':
        return (
          `${p.file} is damaged (SQLite's quick_check: ${p.found.slice(0, 3).join('; ')}); it was not opened. ` +
          'Move it aside and restore your last backup: banradius restore BACKUP_FILE --data DIR'
        );
      case 'storage_full':
        return 'the disk holding the map store is full, so nothing was written: free some space (deleting a map frees it) and save again; reading your maps still works';
      case 'not_a_database':
        return p.detail === undefined
          ? `${p.file} is not an SQLite database`
          : `${p.file} is not a usable SQLite database: ${p.detail}`;
      case 'invalid_backup':
        return `${p.file}: ${BACKUP[p.problem](p)}; nothing was restored`;
      case 'file_exists':
        return `${p.file} already exists; choose another name or remove it first`;
    }
  },
  rowIssue: (problem, detail) =>
    ({
      shape: 'the row does not have the stored shape',
      not_text: 'the stored document is not text',
      not_json: `the stored document is not JSON${detail === undefined ? '' : `: ${detail}`}`,
      newer_revision: 'a revision newer than its map',
      no_current_revision: 'its current version has no revision',
      sha256: 'SHA-256 mismatch',
    })[problem],
};
