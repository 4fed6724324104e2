/**
 * Recognising what an existing map (`--into`) already holds, so an import never adds it twice: mailboxes by
 * the address in their label, mobile numbers and QQ accounts by the number in theirs, and service accounts
 * by provider (or, for sites the catalog does not know, by name) and the login name an import puts in a label.
 */
import type { Account, ImportEntry, Provider } from '../../model/index.js';
import { text } from '../../text/index.js';
import { identityKey } from './keys.js';
import { hangsOffOf } from './owner.js';

const EMAIL_IN = /[^\s@<>()（）]+@[a-z0-9-]+(\.[a-z0-9-]+)+/i;
const MOBILE_IN = /(?:\+86|0086)?1[3-9]\d(?:[\s-]?\d){8}/;
const QQ_IN = /[1-9]\d{4,10}/;

/** Registry keys of the mailboxes, numbers and QQ accounts of a map, by what their labels name. */
export function existingKeys(accounts: readonly Account[]): Map<string, string> {
  const keys = new Map<string, string>();
  const put = (key: string, id: string) => {
    if (!keys.has(key)) keys.set(key, id);
  };
  for (const a of accounts) {
    if (a.kind === 'email') {
      const h = hangsOffOf(EMAIL_IN.exec(a.label)?.[0] ?? '');
      if (h?.kind === 'email') put(identityKey(h), a.id);
    } else if (a.kind === 'phone') {
      const h = hangsOffOf(MOBILE_IN.exec(a.label)?.[0] ?? '');
      if (h?.kind === 'phone') put(identityKey(h), a.id);
    } else if (a.provider === 'qq') {
      const n = QQ_IN.exec(a.label)?.[0];
      if (n !== undefined) put(`qq:${n}`, a.id);
    }
  }
  return keys;
}

/** Finds the existing service account an entry is: see {@link existingMatcher}. */
export type Matcher = (
  entry: ImportEntry,
  provider: Provider | undefined,
  used: ReadonlySet<string>,
) => string | undefined;

/**
 * A matcher over the accounts of an existing map: an entry is the account of the same provider (or, without a
 * provider, a service with the entry's name) labelled with the name plus this login name first, else with the
 * bare name unless it belongs to another mailbox, number or QQ of the same kind as the entry's (its ways hang
 * off one, or one hangs off it). Accounts in `used` (already matched) are skipped. `keyOf` names the map's
 * identities by account id. The map is indexed once, so matching is cheap per entry.
 */
export function existingMatcher(accounts: readonly Account[], keyOf: ReadonlyMap<string, string>): Matcher {
  const byProvider = new Map<string, Account[]>();
  const byName = new Map<string, Account[]>();
  const push = (m: Map<string, Account[]>, k: string, a: Account) => {
    const list = m.get(k);
    if (list) list.push(a);
    else m.set(k, [a]);
  };
  const owners = new Map<string, (string | undefined)[]>();
  for (const a of accounts) {
    if (a.provider !== undefined) push(byProvider, a.provider, a);
    else if (a.kind === 'service') push(byName, a.label, a);
    const hung = (a.ways ?? []).flatMap((w) => w.requires.map((r) => keyOf.get(r.account)));
    owners.set(a.id, [...(owners.get(a.id) ?? []), ...hung]);
    // A mailbox hanging off an account names that account's owner (a Google account is its Gmail address's).
    const own = keyOf.get(a.id);
    if (own !== undefined)
      for (const w of a.ways ?? [])
        for (const r of w.requires) owners.set(r.account, [...(owners.get(r.account) ?? []), own]);
  }
  return (entry, provider, used) => {
    const names = provider ? [provider.names.zh, provider.names.en] : [entry.name];
    const owner = entry.hangsOff?.value ?? entry.username ?? '';
    const labels = new Set(
      owner === ''
        ? []
        : names.flatMap((n) => [
            text('zh').imports.withOwner(n, owner),
            text('en').imports.withOwner(n, owner),
          ]),
    );
    const pool = provider
      ? (byProvider.get(provider.id) ?? [])
      : [...labels, ...names].flatMap((l) => byName.get(l) ?? []);
    const candidates = pool.filter((a) => !used.has(a.id));
    const h = entry.hangsOff;
    const ownerKey = h ? identityKey(h) : undefined;
    const someoneElses = (a: Account): boolean => {
      if (ownerKey === undefined) return false;
      const prefix = ownerKey.slice(0, ownerKey.indexOf(':') + 1);
      const hung = owners.get(a.id) ?? [];
      return !hung.includes(ownerKey) && hung.some((k) => k?.startsWith(prefix));
    };
    const bare = new Set(names);
    return (
      candidates.find((a) => labels.has(a.label)) ??
      candidates.find((a) => bare.has(a.label) && !someoneElses(a))
    )?.id;
  };
}
