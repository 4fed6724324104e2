/** @module Helpers for writing catalog data compactly: a service provider from its names, domains and ways. */
import type { Kind } from '../model/map.js';
import type { ProviderInput, WayInput } from './types.js';

export interface ServiceInput {
  aliases?: string[];
  domains?: string[];
  ways: WayInput[];
  kind?: Kind;
  /** Default `["access"]`. */
  capabilities?: string[];
  note?: string;
}

/** A provider of kind `service` (unless `kind` says otherwise) with only `access` unless told. */
export function service(id: string, zh: string, en: string, input: ServiceInput): ProviderInput {
  const provider: ProviderInput = {
    id,
    names: { zh, en },
    aliases: input.aliases ?? [],
    kind: input.kind ?? 'service',
    capabilities: input.capabilities ?? ['access'],
    ways: input.ways,
    domains: input.domains ?? [],
  };
  if (input.note !== undefined) provider.note = input.note;
  return provider;
}
