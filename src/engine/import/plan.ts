/**
 * From logins to the review table's entries: each login's site (registrable domain, host or Android app),
 * its catalog provider, and what its username hangs off; logins with the same provider (or site) and the same
 * owner are merged into one entry, which keeps whether any of them had an authenticator or a passkey.
 */
import type { ImportEntry, Login } from '../../model/index.js';
import { providerOfSite, providerOfTitle } from './match.js';
import { hangsOffOf } from './owner.js';
import { siteOf } from './site.js';

export interface Plan {
  entries: ImportEntry[];
  /** Logins merged into an earlier entry. */
  duplicatesMerged: number;
}

/** The key of an entry: who (provider or site) and whose (mailbox, number, QQ or login name). */
export function entryKey(entry: Pick<ImportEntry, 'provider' | 'site' | 'hangsOff' | 'username'>): string {
  const who =
    entry.provider !== undefined ? `provider:${entry.provider}` : `site:${entry.site.toLowerCase()}`;
  const whose = entry.hangsOff
    ? `${entry.hangsOff.kind}:${entry.hangsOff.value}`
    : `user:${(entry.username ?? '').toLowerCase()}`;
  return `${who}|${whose}`;
}

/** One entry for a login, before merging. */
function entryOf(login: Login): ImportEntry {
  const site = siteOf(login.uri);
  const provider = site !== undefined ? providerOfSite(site) : providerOfTitle(login.title);
  const where = site?.app ?? site?.domain ?? (login.title || login.uri);
  const hangsOff = hangsOffOf(login.username);
  const entry: ImportEntry = {
    key: '',
    include: true,
    site: where.slice(0, 200),
    name: (site ? where : login.title || where).slice(0, 200),
    hasTotp: login.hasTotp,
    hasPasskey: login.hasPasskey,
    rows: [login.row],
  };
  if (provider) entry.provider = provider.id;
  if (hangsOff) entry.hangsOff = hangsOff;
  else if (login.username !== '') entry.username = login.username;
  entry.key = entryKey(entry);
  return entry;
}

/** Plans the accounts of an import: one entry per distinct (provider or site, owner), in file order. */
export function planImport(logins: readonly Login[]): Plan {
  const byKey = new Map<string, ImportEntry>();
  let duplicatesMerged = 0;
  for (const login of logins) {
    const entry = entryOf(login);
    const seen = byKey.get(entry.key);
    if (seen === undefined) {
      byKey.set(entry.key, entry);
      continue;
    }
    duplicatesMerged++;
    seen.rows.push(login.row);
    seen.hasTotp ||= entry.hasTotp;
    seen.hasPasskey ||= entry.hasPasskey;
  }
  return { entries: [...byKey.values()], duplicatesMerged };
}
