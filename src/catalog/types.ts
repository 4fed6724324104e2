/** @module Input shapes for writing catalog data: what the catalog files contain before `CatalogSchema` fills defaults. */
import type { z } from 'zod';
import type { PresetSchema, ProviderSchema, WayTemplateSchema } from '../model/catalog.js';

/** A provider as written in the data files (aliases, presets and ways may be omitted). */
export type ProviderInput = z.input<typeof ProviderSchema>;

/** A ban preset as written in the data files. */
export type PresetInput = z.input<typeof PresetSchema>;

/** A way template as written in the data files. */
export type WayInput = z.input<typeof WayTemplateSchema>;

/** One slot of a way template: a kind of account or a provider id, and the capability it must provide. */
export type SlotInput = WayInput['requires'][number];
