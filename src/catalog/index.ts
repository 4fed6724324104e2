/**
 * @module The provider catalog (DESIGN §5), parsed and cross-checked once at load, with lookups and a search
 * for the "add account" picker. Invalid catalog data throws at import time, so a bad edit never ships silently.
 */
import { z } from 'zod';
import { type Catalog, CatalogSchema, type Preset, type Provider } from '../model/catalog.js';
import { KINDS } from '../model/map.js';
import { GENERIC_PRESETS } from './presets.js';
import { PROVIDERS } from './providers.js';
import type { PresetInput, ProviderInput } from './types.js';

export type { PresetInput, ProviderInput, WayInput } from './types.js';

const KIND_SET: ReadonlySet<string> = new Set(KINDS);

/** Lower-cases, folds full-width forms and drops separators, so "We Chat", "ｗｅｃｈａｔ" and "wechat" meet. */
function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.·・]+/g, '');
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

interface Loaded {
  catalog: Catalog;
  providers: Map<string, Provider>;
  presets: Map<string, Preset>;
  search: { provider: Provider; keys: string[] }[];
}

/**
 * Parses catalog data and checks what the schema cannot: unique provider and preset ids, "access" everywhere,
 * preset and way-template capabilities that exist. Throws one error listing every problem. Returns the frozen
 * catalog; the module runs it once on the built-in data (exported so tests can feed it broken data).
 */
export function loadCatalog(providers: ProviderInput[], presets: PresetInput[]): Catalog {
  return index(providers, presets).catalog;
}

function index(providerData: ProviderInput[], presetData: PresetInput[]): Loaded {
  const parsed = CatalogSchema.safeParse({ providers: providerData, presets: presetData });
  if (!parsed.success) throw new Error(`invalid provider catalog:\n${z.prettifyError(parsed.error)}`);
  const catalog = parsed.data;
  const problems: string[] = [];

  const providers = new Map<string, Provider>();
  for (const p of catalog.providers) {
    if (providers.has(p.id)) problems.push(`provider ${p.id}: duplicate provider id`);
    if (KIND_SET.has(p.id)) problems.push(`provider ${p.id}: id collides with an account kind`);
    if (!p.capabilities.includes('access'))
      problems.push(`provider ${p.id}: capabilities must include "access"`);
    if (new Set(p.capabilities).size !== p.capabilities.length) {
      problems.push(`provider ${p.id}: duplicate capability`);
    }
    providers.set(p.id, p);
  }

  // Preset ids are global. The same definition may be listed by several providers (the three carriers share
  // their suspension presets); two different definitions under one id are an error.
  const presets = new Map<string, Preset>();
  const addPreset = (preset: Preset, where: string): void => {
    const seen = presets.get(preset.id);
    if (seen === undefined) presets.set(preset.id, preset);
    else if (JSON.stringify(seen) !== JSON.stringify(preset)) {
      problems.push(`${where}: preset id ${preset.id} is already defined differently`);
    }
  };
  const genericIds = new Set<string>();
  for (const preset of catalog.presets) {
    if (genericIds.has(preset.id)) problems.push(`generic presets: duplicate preset id ${preset.id}`);
    genericIds.add(preset.id);
    presets.set(preset.id, preset);
  }
  for (const p of catalog.providers) {
    const caps = new Set(p.capabilities);
    const local = new Set<string>();
    for (const preset of p.presets) {
      if (local.has(preset.id)) problems.push(`provider ${p.id}: preset ${preset.id} listed twice`);
      local.add(preset.id);
      if (genericIds.has(preset.id))
        problems.push(`provider ${p.id}: preset ${preset.id} shadows a generic preset`);
      else addPreset(preset, `provider ${p.id}`);
      const named =
        preset.lose === 'all' ? [] : Array.isArray(preset.lose) ? preset.lose : preset.lose.except;
      for (const cap of named) {
        if (!caps.has(cap))
          problems.push(`provider ${p.id}: preset ${preset.id} names unknown capability ${cap}`);
      }
    }
  }

  // Way slots: a kind (its capability must be "access" or offered by some provider of that kind) or a provider id.
  const kindCaps = new Map<string, Set<string>>();
  for (const kind of KINDS) kindCaps.set(kind, new Set(['access']));
  for (const p of catalog.providers) for (const cap of p.capabilities) kindCaps.get(p.kind)?.add(cap);
  for (const p of catalog.providers) {
    p.ways.forEach((way, i) => {
      for (const r of way.requires) {
        const target = providers.get(r.slot);
        const caps = target !== undefined ? new Set(target.capabilities) : kindCaps.get(r.slot);
        if (caps === undefined)
          problems.push(`provider ${p.id}: ways[${i}] slot ${r.slot} is neither a kind nor a provider`);
        else if (!caps.has(r.capability)) {
          problems.push(`provider ${p.id}: ways[${i}] slot ${r.slot} has no capability ${r.capability}`);
        }
      }
    });
  }
  if (problems.length > 0) throw new Error(`invalid provider catalog:\n${problems.join('\n')}`);

  deepFreeze(catalog);
  const search = catalog.providers.map((provider) => ({
    provider,
    keys: [provider.id, provider.names.zh, provider.names.en, ...provider.aliases].map(normalize),
  }));
  return { catalog, providers, presets, search };
}

const loaded = index(PROVIDERS, GENERIC_PRESETS);

/** The whole catalog, validated and frozen. */
export const catalog: Catalog = loaded.catalog;

/** The provider with this id, if any. */
export function getProvider(id: string): Provider | undefined {
  return loaded.providers.get(id);
}

/** The preset with this id, generic or provider-specific (preset ids are globally unique). */
export function getPreset(id: string): Preset | undefined {
  return loaded.presets.get(id);
}

/** Every preset once: the generic ones first, then each provider's in catalog order. */
export function allPresets(): Preset[] {
  return [...loaded.presets.values()];
}

/** The presets to offer for an account of this provider: its own, then the generic ones. */
export function presetsFor(providerId: string | undefined): Preset[] {
  const own = providerId === undefined ? [] : (loaded.providers.get(providerId)?.presets ?? []);
  return [...own, ...loaded.catalog.presets];
}

/** The capabilities of a provider (a fresh copy), or undefined for an unknown id. */
export function providerCapabilities(id: string): string[] | undefined {
  const provider = loaded.providers.get(id);
  return provider === undefined ? undefined : [...provider.capabilities];
}

/**
 * Providers matching a query over id, Chinese and English names and aliases (case- and width-insensitive,
 * separators ignored). Exact matches rank first, then prefixes, then substrings; ties keep catalog order.
 * A blank query lists the first `limit` providers.
 */
export function searchProviders(query: string, limit = 20): Provider[] {
  const max = Math.max(0, Math.floor(limit));
  const q = normalize(query);
  if (q === '') return loaded.catalog.providers.slice(0, max);
  const hits: { provider: Provider; rank: number; order: number }[] = [];
  loaded.search.forEach(({ provider, keys }, order) => {
    let rank = 3;
    for (const key of keys) {
      if (key === q) rank = 0;
      else if (key.startsWith(q)) rank = Math.min(rank, 1);
      else if (key.includes(q)) rank = Math.min(rank, 2);
      if (rank === 0) break;
    }
    if (rank < 3) hits.push({ provider, rank, order });
  });
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.slice(0, max).map((h) => h.provider);
}
