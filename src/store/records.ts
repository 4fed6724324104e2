/** @module What the store's backup and restore report; the stored-map shapes themselves live in src/model/stored.ts. */
export {
  type MapRecord,
  MapRecordSchema,
  type MapSummary,
  MapSummarySchema,
  MapVersionSchema,
  type RevisionRecord,
  RevisionRecordSchema,
  type RevisionSummary,
  RevisionSummarySchema,
  StoredIdSchema,
  TimestampSchema,
} from '../model/stored.js';

/** What `backup` wrote. */
export interface BackupInfo {
  file: string;
  maps: number;
  revisions: number;
  bytes: number;
}

/** What `restoreFrom` replaced: the counts before and after. */
export interface RestoreInfo {
  file: string;
  /** The backup's schema version before it was brought forward in memory. */
  schemaVersion: number;
  maps: number;
  revisions: number;
  replacedMaps: number;
  replacedRevisions: number;
}
