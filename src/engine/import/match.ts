/**
 * Finds the catalog provider of a site, an app or a mailbox domain (through the catalog's own lookups over
 * every provider's `domains`), or of an item that has no address by its title (an exact name).
 */
import { catalog, mailboxForAddress, providerForSite } from '../../catalog/index.js';
import type { Provider } from '../../model/index.js';
import type { Site } from './site.js';

let byName: Map<string, Provider> | undefined;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Providers by their folded Chinese and English names and ids (the first provider wins a shared name). */
function names(): Map<string, Provider> {
  if (byName !== undefined) return byName;
  byName = new Map();
  for (const p of catalog.providers)
    for (const name of [p.names.zh, p.names.en, p.id]) {
      const key = fold(name);
      if (!byName.has(key)) byName.set(key, p);
    }
  return byName;
}

/** The provider of a site: its Android package, else its host (the most specific listed domain wins). */
export function providerOfSite(site: Site): Provider | undefined {
  const where = site.app ?? site.host;
  return where === undefined ? undefined : providerForSite(where);
}

/** The mailbox provider of an email domain (`qq.com` → QQ Mail, `gmail.com` → Gmail). */
export function mailProviderOf(domain: string): Provider | undefined {
  return mailboxForAddress(domain);
}

/** The provider whose Chinese or English name (or id) is exactly this title, ignoring case, width and spaces. */
export function providerOfTitle(title: string): Provider | undefined {
  const key = fold(title);
  return key === '' ? undefined : names().get(key);
}
