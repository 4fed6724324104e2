/** @module The risk report (DESIGN §4): blast radius, cut sets, ranked recommendations, exposure. */
import { z } from 'zod';
import { TotalsSchema } from './impact.js';
import { IdSchema } from './map.js';

export const BlastRadiusSchema = z.strictObject({
  account: IdSchema,
  cut: z.number().int(),
  partial: z.number().int(),
  degraded: z.number().int(),
  lost: TotalsSchema,
});
export type BlastRadius = z.infer<typeof BlastRadiusSchema>;

export const CutSetsSchema = z.strictObject({
  spof: z.array(IdSchema),
  pairs: z.array(z.tuple([IdSchema, IdSchema])),
  triples: z.array(z.tuple([IdSchema, IdSchema, IdSchema])).optional(),
});
export type CutSets = z.infer<typeof CutSetsSchema>;

export const RecommendationSchema = z.strictObject({
  account: IdSchema,
  avoid: IdSchema,
  protects: TotalsSchema,
  saves: z.array(IdSchema),
  text: z.string(),
  textZh: z.string().optional(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const RiskSchema = z.strictObject({
  blastRadius: z.array(BlastRadiusSchema),
  accounts: z.record(IdSchema, CutSetsSchema),
  recommendations: z.array(RecommendationSchema),
  exposure: z.strictObject({ accounts: z.number(), value: TotalsSchema }),
});
export type Risk = z.infer<typeof RiskSchema>;

export const RiskOrderSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type RiskOrder = z.infer<typeof RiskOrderSchema>;
