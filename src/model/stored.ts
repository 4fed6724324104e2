/**
 * @module The shapes of stored maps (a map record, a summary, a revision), as zod schemas with their inferred
 * types: the store hands them out, the API's response schemas are built from them and the web client parses
 * responses with them, so the three never drift apart.
 */
import { z } from 'zod';
import { MapSchema } from './map.js';

/** A stored map's id: a random UUID for maps created here; 1..64 URL-safe characters in general. */
export const StoredIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, {
  message: 'must be 1 to 64 characters of A-Z a-z 0-9 _ -',
});

/** A save counter: 1 for a new map, one more for every save or restore. */
export const MapVersionSchema = z.number().int().min(1);

/** An ISO 8601 UTC timestamp such as `2026-01-31T08:00:00.000Z`. */
export const TimestampSchema = z.iso.datetime();

/** One line of `list()`: everything but the document. */
export const MapSummarySchema = z.strictObject({
  id: StoredIdSchema,
  /** The map's own `title`, or `""` when it has none. */
  title: z.string(),
  version: MapVersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type MapSummary = z.infer<typeof MapSummarySchema>;

/** A stored map at its current version, validated on read. */
export const MapRecordSchema = z.strictObject({
  ...MapSummarySchema.shape,
  map: MapSchema,
});
export type MapRecord = z.infer<typeof MapRecordSchema>;

/** One saved version of a map, without its document. */
export const RevisionSummarySchema = z.strictObject({
  version: MapVersionSchema,
  savedAt: TimestampSchema,
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** One saved version of a map with its document, validated on read. */
export const RevisionRecordSchema = z.strictObject({
  id: StoredIdSchema,
  version: MapVersionSchema,
  savedAt: TimestampSchema,
  map: MapSchema,
});
export type RevisionRecord = z.infer<typeof RevisionRecordSchema>;

/** A stored map as the API's POST, GET, PUT and restore answer it (with `ETag: "<version>"`). */
export const StoredMapSchema = MapRecordSchema.pick({
  id: true,
  version: true,
  title: true,
  updatedAt: true,
  map: true,
});
export type StoredMap = z.infer<typeof StoredMapSchema>;

/** `GET /api/v1/maps`. */
export const MapListSchema = z.strictObject({ maps: z.array(MapSummarySchema) });

/** `GET /api/v1/maps/:id/revisions`. */
export const RevisionListSchema = z.strictObject({ revisions: z.array(RevisionSummarySchema) });
