/**
 * @module A full disk, handled: SQLite's SQLITE_FULL (and an I/O error from ENOSPC) becomes the store error
 * `storage_full` (nothing was written; reads go on working), and a small reserve file kept beside the
 * database is given back to the file system when a delete needs room to run, so deleting a map can free space
 * even on a disk that is completely full.
 */
import { closeSync, existsSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './errors.js';

/** The reserve's size: room for the write-ahead log of a delete. */
export const RESERVE_BYTES = 256 * 1024;

/** True for SQLite's answer to a full disk. */
export function isDiskFull(e: unknown): boolean {
  if (!(e instanceof Database.SqliteError)) return false;
  return e.code === 'SQLITE_FULL' || (e.code.startsWith('SQLITE_IOERR') && /full|space/i.test(e.message));
}

/** The expected error for a write that found the disk full. */
export function storageFull(cause: unknown): StoreError {
  return new StoreError({ code: 'storage_full' }, { cause });
}

/** Runs a write; a full disk becomes `storage_full`. */
export function writing<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isDiskFull(e)) throw storageFull(e);
    throw e;
  }
}

/** The reserve file of a data directory. */
export class Reserve {
  private readonly path: string;
  constructor(dataDir: string) {
    this.path = join(dataDir, 'banradius.reserve');
  }

  /** Creates the reserve if it is missing and there is room; a full disk leaves it missing. */
  ensure(): void {
    if (existsSync(this.path)) return;
    let fd: number | undefined;
    try {
      fd = openSync(this.path, 'wx', 0o600);
      writeSync(fd, Buffer.alloc(RESERVE_BYTES));
    } catch {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      try {
        unlinkSync(this.path);
      } catch {
        // nothing was created
      }
      return;
    }
    closeSync(fd);
  }

  /** Gives the reserve's space back; false when there was none to give. */
  release(): boolean {
    try {
      unlinkSync(this.path);
      return true;
    } catch {
      return false;
    }
  }
}
