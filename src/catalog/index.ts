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
  /** Domain or app name → provider: mailboxes (address domains) and the others (sites, apps) apart. */
  mailDomains: Map<string, Provider>;
  siteDomains: Map<string, Provider>;
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
  // Domains: a mailbox's are address domains and may repeat a site's (qq.com is QQ's site and QQ Mail's
  // addresses); within mailboxes, and within the others, each domain names one provider.
  const mailDomains = new Map<string, Provider>();
  const siteDomains = new Map<string, Provider>();
  for (const p of catalog.providers) {
    const table = p.kind === 'email' ? mailDomains : siteDomains;
    for (const d of p.domains) {
      const key = d.toLowerCase();
      if (key !== d) problems.push(`provider ${p.id}: domain ${d} must be lower case`);
      const seen = table.get(key);
      if (seen !== undefined) problems.push(`provider ${p.id}: domain ${d} is already ${seen.id}'s`);
      table.set(key, p);
    }
  }
  if (problems.length > 0) throw new Error(`invalid provider catalog:\n${problems.join('\n')}`);

  deepFreeze(catalog);
  const search = catalog.providers.map((provider) => ({
    provider,
    keys: [provider.id, provider.names.zh, provider.names.en, ...provider.aliases].map(normalize),
  }));
  return { catalog, providers, presets, search, mailDomains, siteDomains };
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

/** A host or app name, lower-cased, without a scheme, port, path, `www.` or trailing dot. */
function hostOf(site: string): string {
  let host = site.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '');
  host = host
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** The longest listed suffix of `host` in one table, by whole labels ("mail.qq.com" before "qq.com"). */
function longestSuffix(
  table: Map<string, Provider>,
  host: string,
): { provider: Provider; length: number } | undefined {
  for (let rest = host; rest !== ''; ) {
    const hit = table.get(rest);
    if (hit !== undefined) return { provider: hit, length: rest.length };
    const dot = rest.indexOf('.');
    rest = dot < 0 ? '' : rest.slice(dot + 1);
  }
  return undefined;
}

/**
 * The provider of a login's site: a URL, a host or an Android app name ("https://mail.qq.com/…" → QQ Mail,
 * "passport.jd.com" → JD, "androidapp://com.tencent.mm" → WeChat). The longest matching domain wins; on a tie
 * a site beats a mailbox (a login at qq.com is the QQ account). Undefined when nothing matches.
 */
export function providerForSite(site: string): Provider | undefined {
  const host = hostOf(site);
  if (host === '') return undefined;
  const s = longestSuffix(loaded.siteDomains, host);
  const m = longestSuffix(loaded.mailDomains, host);
  if (m !== undefined && (s === undefined || m.length > s.length)) return m.provider;
  return s?.provider;
}

/** The mailbox provider of an email address or its domain ("7921@qq.com" → QQ Mail); undefined when unknown. */
export function mailboxForAddress(address: string): Provider | undefined {
  const at = address.lastIndexOf('@');
  const domain = (at < 0 ? address : address.slice(at + 1)).trim().toLowerCase();
  return domain === '' ? undefined : loaded.mailDomains.get(domain);
}
