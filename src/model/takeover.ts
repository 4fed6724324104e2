/** @module The result of a takeover (DESIGN §4b): what a stranger holding some accounts also gets into. */
import { z } from 'zod';
import { AssetRefSchema, TotalsSchema } from './impact.js';
import { CapabilitySchema, HoldSchema, IdSchema } from './map.js';

export const TAKEOVER_STATUSES = ['held', 'taken', 'safe'] as const;
export const TakeoverStatusSchema = z
  .enum(TAKEOVER_STATUSES)
  .describe('held: the stranger holds (part of) it; taken: gets in through an open way; safe: neither');
export type TakeoverStatus = z.infer<typeof TakeoverStatusSchema>;

/** A hold after merging: one per account, its capabilities listed (every capability for a whole hold). */
export const ExpandedHoldSchema = z.strictObject({
  account: IdSchema,
  capabilities: z.array(CapabilitySchema),
});
export type ExpandedHold = z.infer<typeof ExpandedHoldSchema>;

/** The first way open to the stranger, in sorted order: own ways by index, then capability ways. */
export const ViaSchema = z.strictObject({
  way: z.number().int().nonnegative(),
  /** Present when the way is a capability way of this capability; absent for the account's own ways. */
  capabilityWay: CapabilitySchema.optional(),
});
export type Via = z.infer<typeof ViaSchema>;

export const AccountTakeoverSchema = z.strictObject({
  status: TakeoverStatusSchema,
  /** The capabilities the stranger has of this account (held or taken), sorted. */
  takes: z.array(CapabilitySchema),
  via: ViaSchema.optional(),
});
export type AccountTakeover = z.infer<typeof AccountTakeoverSchema>;

export const TakeoverCountsSchema = z.strictObject({
  held: z.number().int(),
  taken: z.number().int(),
  safe: z.number().int(),
});
export type TakeoverCounts = z.infer<typeof TakeoverCountsSchema>;

export const TakeoverSchema = z
  .strictObject({
    holds: z.array(ExpandedHoldSchema).describe('What the stranger holds, merged per account, by account id'),
    knows: z.array(IdSchema).describe('Accounts whose password the stranger knows, sorted'),
    accounts: z.record(IdSchema, AccountTakeoverSchema),
    assets: z.strictObject({
      exposed: z.array(AssetRefSchema).describe('Assets of held or taken accounts whose `needs` is taken'),
    }),
    totals: z.strictObject({ exposed: TotalsSchema }),
    counts: TakeoverCountsSchema,
  })
  .describe('What a stranger holding some accounts gets into (DESIGN §4b)');
export type Takeover = z.infer<typeof TakeoverSchema>;

export { HoldSchema };
