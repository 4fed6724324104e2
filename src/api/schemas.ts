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
  HoldSchema,
  IdSchema,
  ImpactSchema,
  ImportReportSchema,
  ImportRequestSchema,
  ImportResultSchema,
  IssueSchema,
  MapSchema,
  RiskOrderSchema,
  RiskSchema,
  TakeoverSchema,
  TargetRiskSchema,
  TimelineResultSchema,
  TimelineSchema,
  ValidationSchema,
} from '../model/index.js';
import { type Cap, LINEAR_CAP, RISK_CAPS } from './caps.js';
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
export const TakeoverRequestSchema = z.strictObject({
  map: MapSchema,
  /** What the stranger holds: whole accounts, or some of their capabilities. */
  holds: z.array(HoldSchema).max(1000),
  /** Accounts whose password the stranger knows. */
  knows: z.array(IdSchema).max(1000).optional(),
});

export const LangSchema = z.enum(['zh', 'en']);

export const TimelineRequestSchema = z.strictObject({
  map: MapSchema,
  /** The id of one of the map's timelines; give either this or `preset` with `account`. */
  timeline: IdSchema.optional(),
  /** A catalog timeline preset (e.g. `phone_realname_2016`), built for `account`. */
  preset: IdSchema.optional(),
  account: IdSchema.optional(),
  /** The language of a preset's labels (default zh). */
  lang: LangSchema.optional(),
});

export const ValidateRequestSchema = z.strictObject({ map: MapSchema });

export const ExportFormatSchema = z.enum(EXPORT_FORMATS);

/** The language of a `markdown` export (the risk report). */
export const ExportLangSchema = z.enum(['zh', 'en']).describe("The risk report's language (default en)");

export const ExportRequestSchema = z.strictObject({
  map: MapSchema,
  format: ExportFormatSchema,
  /** Render the redacted map: ids renamed a1, a2, …, personal numbers, emails, QQ and WeChat ids masked. */
  redact: z.boolean().optional(),
  lang: ExportLangSchema.optional(),
});

/** The 200 answer of both export routes, one media type per format, for the OpenAPI document. */
export const EXPORT_RESPONSE = {
  description: 'The exported file, with a Content-Disposition file name',
  content: {
    'application/json': { schema: MapSchema },
    'text/vnd.graphviz': { schema: z.string() },
    'application/graphml+xml': { schema: z.string() },
    'text/plain': { schema: z.string().describe('A Mermaid flowchart') },
    'image/svg+xml': { schema: z.string().describe('The graph as an SVG picture') },
    'text/markdown': { schema: z.string().describe('The risk report (order 2) as Markdown') },
  },
};

/** What an export may cost: the risk report's order-2 cap for `markdown`, the linear cap otherwise. */
export const exportCap = (format: unknown): Cap => (format === 'markdown' ? RISK_CAPS[2] : LINEAR_CAP);

/**
 * The schemas routes validate their bodies with: the request schemas with `map` left unchecked, because the
 * handler checks and compiles the map once (and caches it, see map-input.ts) rather than parsing it twice.
 * The OpenAPI document shows the full request schemas (see {@link documentedSchema}).
 */
export const ImpactBodySchema = ImpactRequestSchema.extend({ map: z.unknown() });
export const ImportBodySchema = ImportRequestSchema.extend({ into: z.unknown().optional() });
export const RiskBodySchema = RiskRequestSchema.extend({ map: z.unknown() });
export const ValidateBodySchema = ValidateRequestSchema.extend({ map: z.unknown() });
export const TakeoverBodySchema = TakeoverRequestSchema.extend({ map: z.unknown() });
export const TimelineBodySchema = TimelineRequestSchema.extend({ map: z.unknown() });
export const ExportBodySchema = ExportRequestSchema.extend({ map: z.unknown() });

const documented = new WeakMap<z.ZodType, z.ZodType>([
  [ImpactBodySchema, ImpactRequestSchema],
  [RiskBodySchema, RiskRequestSchema],
  [ValidateBodySchema, ValidateRequestSchema],
  [ExportBodySchema, ExportRequestSchema],
  [ImportBodySchema, ImportRequestSchema],
  [TakeoverBodySchema, TakeoverRequestSchema],
  [TimelineBodySchema, TimelineRequestSchema],
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
  TakeoverSchema,
  TimelineResultSchema,
]);

/** Schemas named in the OpenAPI document's components (a private registry: the model's schemas stay unnamed). */
export const apiRegistry = z.registry<{ id: string }>();
for (const [schema, id] of [
  [MapSchema, 'Map'],
  [BanSchema, 'Ban'],
  [ImpactSchema, 'Impact'],
  [RiskSchema, 'Risk'],
  [TargetRiskSchema, 'TargetRisk'],
  [HoldSchema, 'Hold'],
  [TakeoverSchema, 'Takeover'],
  [TimelineSchema, 'Timeline'],
  [TimelineResultSchema, 'TimelineResult'],
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
