/** @module The provider catalog's shape (DESIGN §5): providers, their capabilities, ban presets and way templates. */
import { z } from 'zod';
import { CapabilitySchema, IdSchema, KindSchema } from './map.js';

export const NamesSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type Names = z.infer<typeof NamesSchema>;

/** What a preset removes: every capability, a list, or every capability except a list. */
export const PresetLoseSchema = z.union([
  z.literal('all'),
  z.array(CapabilitySchema),
  z.strictObject({ except: z.array(CapabilitySchema) }),
]);
export type PresetLose = z.infer<typeof PresetLoseSchema>;

export const PresetSchema = z.strictObject({
  id: IdSchema,
  names: NamesSchema,
  lose: PresetLoseSchema,
  /** One line: where this behaviour comes from. */
  source: z.string().min(1),
});
export type Preset = z.infer<typeof PresetSchema>;

/** A typical way, with slots for the person's own accounts: `{slot: 'email', capability: 'mail'}`. */
export const WayTemplateSchema = z.strictObject({
  names: NamesSchema,
  purpose: z.enum(['login', 'recovery']),
  requires: z.array(
    z.strictObject({
      /** The kind of account the person picks for this slot, or a provider id (e.g. "qq"). */
      slot: z.string().min(1),
      capability: CapabilitySchema,
    }),
  ),
  /** Also needs something only the owner knows (password, PIN): copied to `Way.secret` (DESIGN §2, §4b). */
  secret: z.boolean().optional(),
  /** The way this provider is almost always reached by: pre-selected when the account is added (DESIGN §4d). */
  typical: z.boolean().optional(),
  /** One line: where this way comes from, or a note on it. */
  source: z.string().optional(),
});
export type WayTemplate = z.infer<typeof WayTemplateSchema>;

export const ProviderSchema = z.strictObject({
  id: IdSchema,
  names: NamesSchema,
  /** Extra search keys: pinyin initials, abbreviations ("wx", "qq邮箱"). */
  aliases: z.array(z.string()).default([]),
  kind: KindSchema,
  capabilities: z.array(CapabilitySchema).min(1),
  presets: z.array(PresetSchema).default([]),
  ways: z.array(WayTemplateSchema).default([]),
  /** Registrable domains and app names used to recognise this provider in an import (DESIGN §4d). */
  domains: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});
export type Provider = z.infer<typeof ProviderSchema>;

export const CatalogSchema = z.strictObject({
  providers: z.array(ProviderSchema),
  /** Presets that apply to any account (e.g. a generic full ban). */
  presets: z.array(PresetSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;

/** A ban in a timeline preset: a ban preset on the chosen account, or on every account of a provider. */
export const TimelineBanTemplateSchema = z.strictObject({
  /** Absent: the account the timeline is built for; else every account of the map with this provider. */
  provider: IdSchema.optional(),
  preset: IdSchema,
});

/** A hold in a timeline preset: the chosen account, whole or some of its capabilities, held by a stranger. */
export const TimelineHoldTemplateSchema = z.strictObject({
  capabilities: z.array(CapabilitySchema).optional(),
});

export const TimelinePresetStepSchema = z.strictObject({
  day: z.number().int().nonnegative(),
  names: NamesSchema,
  /** One line: where this step and its timing come from. */
  source: z.string().min(1),
  bans: z.array(TimelineBanTemplateSchema).default([]),
  holds: z.array(TimelineHoldTemplateSchema).default([]),
});

/** How a ban typically unfolds for one account (DESIGN §4c), built into a Timeline for a chosen account. */
export const TimelinePresetSchema = z.strictObject({
  id: IdSchema,
  names: NamesSchema,
  /** The kinds of account it can be built for. */
  kinds: z.array(KindSchema).min(1),
  steps: z.array(TimelinePresetStepSchema).min(1),
});
export type TimelinePreset = z.infer<typeof TimelinePresetSchema>;
export type TimelinePresetInput = z.input<typeof TimelinePresetSchema>;

/** One 2fa.directory entry as bundled (DESIGN §5): the second factors a site offers and its notes. */
export const TwoFactorEntrySchema = z.strictObject({
  name: z.string().min(1),
  /** "sms", "call", "email", "totp", "u2f", "custom-software", "custom-hardware"; empty: no 2FA offered. */
  tfa: z.array(z.string().min(1)),
  notes: z.string().optional(),
  /** The notes say SMS (or a phone number) is required: never advise dropping SMS there. */
  smsRequired: z.literal(true).optional(),
});
export type TwoFactorEntry = z.infer<typeof TwoFactorEntrySchema>;

/** The bundled, dated 2fa.directory snapshot. */
export const TwoFactorSnapshotSchema = z.strictObject({
  source: z.string().min(1),
  license: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  /** The snapshot's commit date (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fetched: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string(),
  entries: z.record(z.string().min(1), TwoFactorEntrySchema),
});
