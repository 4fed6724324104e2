/**
 * @module Request and response schemas of the API, built from the model's zod schemas (the single source of
 * truth) and named for the OpenAPI document. Request bodies are strict objects: unknown fields are rejected,
 * nothing is coerced.
 */
import { z } from 'zod';
import { EXPORT_FORMATS } from '../engine/index.js';
import {
  BanSchema,
  CatalogSchema,
  IdSchema,
  ImpactSchema,
  ImportReportSchema,
  ImportRequestSchema,
  ImportResultSchema,
  IssueSchema,
  MapSchema,
  RiskOrderSchema,
  RiskSchema,
  TargetRiskSchema,
  ValidationSchema,
} from '../model/index.js';
import { ErrorBodySchema, InternalErrorBodySchema } from './errors.js';

export const ImpactRequestSchema = z.strictObject({
  map: MapSchema,
  /** Bans to simulate; give either these or `scenario`. Neither: the baseline, nothing banned. */
  bans: z.array(BanSchema).max(1000).optional(),
  /** The id of one of the map's scenarios. */
  scenario: IdSchema.optional(),
});

export const RiskRequestSchema = z.strictObject({
  map: MapSchema,
  /** The largest cut-set order to compute: 1 (single points of failure), 2 (default) or 3. */
  order: RiskOrderSchema.optional(),
  /** One account: answer only "how can I lose it?" (its cut sets and their importance), not the whole report. */
  target: IdSchema.optional(),
});

/** The answer of a risk request: the whole report, or with `target` the cut sets of that account only. */
export const RiskAnswerSchema = z.union([RiskSchema, TargetRiskSchema]);

export const ValidateRequestSchema = z.strictObject({ map: MapSchema });

export const ExportFormatSchema = z.enum(EXPORT_FORMATS);

export const ExportRequestSchema = z.strictObject({
  map: MapSchema,
  format: ExportFormatSchema,
  /** Mask phone numbers, emails, QQ numbers and WeChat ids in labels, notes and personal-looking ids. */
  redact: z.boolean().optional(),
});

/**
 * The schemas routes validate their bodies with: the request schemas with `map` left unchecked, because the
 * handler checks and compiles the map once (and caches it, see map-input.ts) rather than parsing it twice.
 * The OpenAPI document shows the full request schemas (see {@link documentedSchema}).
 */
export const ImpactBodySchema = ImpactRequestSchema.extend({ map: z.unknown() });
export const ImportBodySchema = ImportRequestSchema.extend({ into: z.unknown().optional() });
export const RiskBodySchema = RiskRequestSchema.extend({ map: z.unknown() });
export const ValidateBodySchema = ValidateRequestSchema.extend({ map: z.unknown() });
export const ExportBodySchema = ExportRequestSchema.extend({ map: z.unknown() });

const documented = new WeakMap<z.ZodType, z.ZodType>([
  [ImpactBodySchema, ImpactRequestSchema],
  [RiskBodySchema, RiskRequestSchema],
  [ValidateBodySchema, ValidateRequestSchema],
  [ExportBodySchema, ExportRequestSchema],
  [ImportBodySchema, ImportRequestSchema],
]);

/** The schema to document for a route schema: the full request schema for bodies whose map is checked later. */
export function documentedSchema(schema: unknown): unknown {
  return (schema !== null && typeof schema === 'object' && documented.get(schema as z.ZodType)) || schema;
}

export const HealthSchema = z.strictObject({ status: z.literal('ok'), api: z.literal('v1') });

/** Results the pure engine builds (serialized without a second check, see app.ts). */
export const ENGINE_RESULTS: ReadonlySet<z.ZodType> = new Set<z.ZodType>([
  ImpactSchema,
  RiskSchema,
  RiskAnswerSchema,
  ValidationSchema,
  CatalogSchema,
]);

/** Schemas named in the OpenAPI document's components (a private registry: the model's schemas stay unnamed). */
export const apiRegistry = z.registry<{ id: string }>();
for (const [schema, id] of [
  [MapSchema, 'Map'],
  [BanSchema, 'Ban'],
  [ImpactSchema, 'Impact'],
  [RiskSchema, 'Risk'],
  [TargetRiskSchema, 'TargetRisk'],
  [ValidationSchema, 'Validation'],
  [ImportRequestSchema, 'ImportRequest'],
  [ImportResultSchema, 'ImportResult'],
  [ImportReportSchema, 'ImportReport'],
  [IssueSchema, 'Issue'],
  [CatalogSchema, 'Catalog'],
  [ErrorBodySchema, 'Error'],
  [InternalErrorBodySchema, 'InternalError'],
] as const)
  apiRegistry.add(schema, { id });
