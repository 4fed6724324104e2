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
  note: z.string().optional(),
});
export type Provider = z.infer<typeof ProviderSchema>;

export const CatalogSchema = z.strictObject({
  providers: z.array(ProviderSchema),
  /** Presets that apply to any account (e.g. a generic full ban). */
  presets: z.array(PresetSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;
