/**
 * @module The map document (format version 1, DESIGN §2) as zod schemas: the single source of truth for
 * the API, the command line, the store and the web UI. Objects are strict: unknown fields are rejected.
 */
import { z } from 'zod';

/** Names that would poison plain-object lookups if used as keys. */
export const FORBIDDEN_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** The characters and length of an id (used by IdSchema; exported for the engine's fast parser). */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/** An account, scenario or capability identifier: 1..64 chars of [A-Za-z0-9_.:-], never a prototype name. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'must be 1 to 64 characters of A-Z a-z 0-9 _ . : -' })
  .refine((s) => !FORBIDDEN_IDS.includes(s), { message: 'this name is reserved' });
export type Id = z.infer<typeof IdSchema>;

/** A capability name such as `access`, `mail`, `sms`, `withdraw`. */
export const CapabilitySchema = IdSchema;

export const KINDS = ['phone', 'email', 'messenger', 'payment', 'identity', 'device', 'service'] as const;
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

export const ASSET_KINDS = [
  'money',
  'points',
  'subscription',
  'device',
  'data',
  'contacts',
  'credential',
  'other',
] as const;
export const AssetKindSchema = z.enum(ASSET_KINDS);

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as CNY' });

/** `{account, capability}`: "needs the `mail` capability of account `qq`" (capability defaults to access). */
export const RequirementSchema = z.strictObject({
  account: IdSchema,
  capability: CapabilitySchema.optional(),
});
export type Requirement = z.infer<typeof RequirementSchema>;

/** One route into an account: every requirement is needed (AND); an account is reachable when any way works (OR). */
export const WaySchema = z.strictObject({
  label: z.string().max(200).optional(),
  purpose: z.enum(['login', 'recovery']).optional(),
  requires: z.array(RequirementSchema).max(64),
  /** Also needs something only the owner knows (password, PIN, security answers). Changes nothing for a ban;
   * closes the way to a stranger in a takeover (DESIGN §4b). An empty way is always secret. */
  secret: z.boolean().optional(),
});
export type Way = z.infer<typeof WaySchema>;

export const AssetSchema = z.strictObject({
  label: z.string().min(1).max(200),
  kind: AssetKindSchema,
  value: z.number().finite().nonnegative().optional(),
  currency: CurrencySchema.optional(),
  needs: CapabilitySchema.optional(),
});
export type Asset = z.infer<typeof AssetSchema>;

export const AccountSchema = z.strictObject({
  id: IdSchema,
  kind: KindSchema,
  label: z.string().min(1).max(200),
  provider: IdSchema.optional(),
  capabilities: z.array(CapabilitySchema).max(64).optional(),
  ways: z.array(WaySchema).max(64).optional(),
  capabilityWays: z.record(CapabilitySchema, z.array(WaySchema).max(64)).optional(),
  assets: z.array(AssetSchema).max(256).optional(),
  notes: z.string().max(10_000).optional(),
});
export type Account = z.infer<typeof AccountSchema>;

/** The loss of some or all capabilities of one account. Without `lose` or `preset` it loses everything. */
export const BanSchema = z.strictObject({
  account: IdSchema,
  lose: z.union([z.array(CapabilitySchema).max(64), z.literal('all')]).optional(),
  preset: IdSchema.optional(),
});
export type Ban = z.infer<typeof BanSchema>;

export const ScenarioSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1).max(200),
  bans: z.array(BanSchema).max(1000),
  notes: z.string().max(10_000).optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** What a stranger holds in a takeover (DESIGN §4b): the whole account, or only the listed capabilities. */
export const HoldSchema = z.strictObject({
  account: IdSchema,
  capabilities: z.array(CapabilitySchema).max(64).optional(),
});
export type Hold = z.infer<typeof HoldSchema>;

/** One step of a timeline: the bans and holds in force from `day` on (not cumulative, DESIGN §4c). */
export const TimelineStepSchema = z.strictObject({
  day: z.number().int().nonnegative().max(36_500),
  label: z.string().min(1).max(200),
  bans: z.array(BanSchema).max(1000).optional(),
  holds: z.array(HoldSchema).max(1000).optional(),
  /** One line: where the timing of this step comes from. */
  source: z.string().max(500).optional(),
});
export type TimelineStep = z.infer<typeof TimelineStepSchema>;

/** How a ban unfolds over days: steps with strictly increasing days (checked by validation). */
export const TimelineSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1).max(200),
  steps: z.array(TimelineStepSchema).min(1).max(100),
  notes: z.string().max(10_000).optional(),
});
export type Timeline = z.infer<typeof TimelineSchema>;

export const MapSchema = z.strictObject({
  version: z.literal(1),
  title: z.string().max(200).optional(),
  accounts: z.array(AccountSchema),
  scenarios: z.array(ScenarioSchema).optional(),
  timelines: z.array(TimelineSchema).optional(),
});
/** A map document. Named BindingMap so it never shadows the built-in Map. */
export type BindingMap = z.infer<typeof MapSchema>;
