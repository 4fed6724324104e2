/**
 * Recognising what an existing map (`--into`) already holds, so an import never adds it twice: mailboxes by
 * the address in their label, mobile numbers and QQ accounts by the number in theirs, and service accounts
 * by provider (or, for sites the catalog does not know, by name) and the login name an import puts in a label.
 */
import type { Account, ImportEntry, Provider } from '../../model/index.js';
import { text } from '../../text/index.js';
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
      if (h?.kind === 'email') put(`mail:${h.value}`, a.id);
    } else if (a.kind === 'phone') {
      const h = hangsOffOf(MOBILE_IN.exec(a.label)?.[0] ?? '');
      if (h?.kind === 'phone') put(`phone:${h.value}`, a.id);
    } else if (a.provider === 'qq') {
      const n = QQ_IN.exec(a.label)?.[0];
      if (n !== undefined) put(`qq:${n}`, a.id);
    }
  }
  return keys;
}

/**
 * The existing service account an entry is, if any: same provider (or no provider and the entry's name),
 * labelled with the name plus this login name first, else with the bare name unless its ways hang off
 * another mailbox, number or QQ of the same kind as the entry's (or such a one hangs off it) (then it is someone else's account).
 * Accounts already matched or created by this import are skipped. `keyOf` names the map's identities.
 */
export function matchExisting(
  accounts: readonly Account[],
  existing: ReadonlySet<string>,
  used: ReadonlySet<string>,
  entry: ImportEntry,
  provider: Provider | undefined,
  keyOf: ReadonlyMap<string, string>,
): string | undefined {
  const names = provider ? [provider.names.zh, provider.names.en] : [entry.name];
  const owner = entry.hangsOff?.value ?? entry.username ?? '';
  const withOwner = new Set(
    owner === ''
      ? []
      : names.flatMap((n) => [
          text('zh').imports.withOwner(n, owner),
          text('en').imports.withOwner(n, owner),
        ]),
  );
  const bare = new Set(names);
  const candidates = accounts.filter(
    (a) =>
      existing.has(a.id) &&
      !used.has(a.id) &&
      (provider ? a.provider === provider.id : a.provider === undefined && a.kind === 'service'),
  );
  const h = entry.hangsOff;
  const ownerKey = h ? (h.kind === 'email' ? `mail:${h.value}` : `${h.kind}:${h.value}`) : undefined;
  const someoneElses = (a: Account): boolean => {
    if (ownerKey === undefined) return false;
    const prefix = ownerKey.slice(0, ownerKey.indexOf(':') + 1);
    // What it hangs off, and the mailboxes hanging off it (a Google account is its Gmail address's).
    const hung = (a.ways ?? []).flatMap((w) => w.requires.map((r) => keyOf.get(r.account)));
    for (const b of accounts)
      if (keyOf.has(b.id) && (b.ways ?? []).some((w) => w.requires.some((r) => r.account === a.id)))
        hung.push(keyOf.get(b.id));
    return !hung.includes(ownerKey) && hung.some((k) => k?.startsWith(prefix));
  };
  return (
    candidates.find((a) => withOwner.has(a.label)) ??
    candidates.find((a) => bare.has(a.label) && !someoneElses(a))
  )?.id;
}
