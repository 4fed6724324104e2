/**
 * Finds the catalog provider of a site, an app, a mailbox domain or an item's title, from every provider's
 * `domains` (registrable domains, hosts and Android package names) and names. A more specific host wins
 * (`mail.qq.com` → QQ Mail over `qq.com` → QQ); among equals, the catalog's order.
 */
import { catalog } from '../../catalog/index.js';
import type { Provider } from '../../model/index.js';
import type { Site } from './site.js';

interface Index {
  byDomain: Map<string, Provider[]>;
  byName: Map<string, Provider>;
}

let index: Index | undefined;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

function build(): Index {
  const byDomain = new Map<string, Provider[]>();
  const byName = new Map<string, Provider>();
  for (const p of catalog.providers) {
    for (const d of p.domains) {
      const key = d.toLowerCase();
      const list = byDomain.get(key);
      if (list) list.push(p);
      else byDomain.set(key, [p]);
    }
    for (const name of [p.names.zh, p.names.en, p.id]) {
      const key = fold(name);
      if (!byName.has(key)) byName.set(key, p);
    }
  }
  return { byDomain, byName };
}

const get = (): Index => {
  index ??= build();
  return index;
};

/** The provider of a site: its app package, else its host and each parent domain down to the registrable one. */
export function providerOfSite(site: Site): Provider | undefined {
  const { byDomain } = get();
  if (site.app !== undefined) return byDomain.get(site.app)?.[0];
  if (site.host === undefined || site.domain === undefined) return undefined;
  let host = site.host;
  for (;;) {
    const hit = byDomain.get(host);
    if (hit) return hit.find((p) => p.kind !== 'email' || host !== site.domain) ?? hit[0];
    if (host === site.domain) return undefined;
    const dot = host.indexOf('.');
    if (dot < 0) return undefined;
    host = host.slice(dot + 1);
  }
}

/** The mailbox provider of an email domain (`qq.com` → QQ Mail, `gmail.com` → Gmail): email providers only. */
export function mailProviderOf(domain: string): Provider | undefined {
  return get()
    .byDomain.get(domain)
    ?.find((p) => p.kind === 'email');
}

/** The provider whose Chinese or English name (or id) is exactly this title, ignoring case, width and spaces. */
export function providerOfTitle(title: string): Provider | undefined {
  const key = fold(title);
  return key === '' ? undefined : get().byName.get(key);
}
