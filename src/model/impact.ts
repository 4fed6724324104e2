/** @module The result of one ban scenario (DESIGN §3): statuses, explanations, assets and totals. */
import { z } from 'zod';
import { AssetKindSchema, CapabilitySchema, IdSchema, RequirementSchema } from './map.js';

export const STATUSES = ['unreachable', 'banned', 'cut', 'partial', 'degraded', 'ok'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

/** A ban after expansion: presets and "all" replaced by the account's concrete capabilities. */
export const ExpandedBanSchema = z.strictObject({ account: IdSchema, lose: z.array(CapabilitySchema) });
export type ExpandedBan = z.infer<typeof ExpandedBanSchema>;

/** A way that worked at baseline and fails now, with its first missing requirement (in sorted order). */
export const BecauseSchema = z.strictObject({
  way: z.number().int().nonnegative(),
  /** Present when the way is a capability way of this capability; absent for the account's own ways. */
  capability: CapabilitySchema.optional(),
  missing: z.strictObject({ account: IdSchema, capability: CapabilitySchema }),
});
export type Because = z.infer<typeof BecauseSchema>;

export const AccountImpactSchema = z.strictObject({
  status: StatusSchema,
  lost: z.array(CapabilitySchema),
  kept: z.array(CapabilitySchema),
  causes: z.array(IdSchema),
  because: z.array(BecauseSchema),
});
export type AccountImpact = z.infer<typeof AccountImpactSchema>;

export const AssetRefSchema = z.strictObject({
  account: IdSchema,
  index: z.number().int().nonnegative(),
  label: z.string(),
  kind: AssetKindSchema,
  value: z.number().optional(),
  currency: z.string(),
});
export type AssetRef = z.infer<typeof AssetRefSchema>;

/** Money per currency in major units, e.g. `{CNY: 12000.5}`. */
export const TotalsSchema = z.record(z.string(), z.number());
export type Totals = z.infer<typeof TotalsSchema>;

export const CountsSchema = z.strictObject({
  banned: z.number().int(),
  cut: z.number().int(),
  partial: z.number().int(),
  degraded: z.number().int(),
  ok: z.number().int(),
  unreachable: z.number().int(),
});
export type Counts = z.infer<typeof CountsSchema>;

export const ImpactSchema = z.strictObject({
  bans: z.array(ExpandedBanSchema),
  accounts: z.record(IdSchema, AccountImpactSchema),
  assets: z.strictObject({ lost: z.array(AssetRefSchema), atRisk: z.array(AssetRefSchema) }),
  totals: z.strictObject({ lost: TotalsSchema, atRisk: TotalsSchema }),
  counts: CountsSchema,
});
export type Impact = z.infer<typeof ImpactSchema>;

export { RequirementSchema };
