/**
 * Builds the map of an import from its reviewed entries, optionally into an existing map: one account per
 * entry, one per mailbox, mobile number and QQ number the usernames name (each created once, a mailbox with
 * its provider by the address's domain and that provider's ways, so `…@qq.com` brings QQ Mail hanging off
 * QQ), and nothing that is already in the map. A slot is filled only by an account the login's own username
 * names (its mailbox, its number, its QQ, the Google account of its Gmail address): never by a guess, since
 * a way the person does not have would hide a risk. Ways are filled after every account exists, mailboxes and
 * numbers first, and a slot is never filled by an account that already depends on the one being built.
 */
import { getProvider } from '../../catalog/index.js';
import type {
  Account,
  BindingMap,
  HangsOff,
  ImportEntry,
  ImportedAccount,
  Provider,
} from '../../model/index.js';
import type { Lang } from '../../text/index.js';
import { text } from '../../text/index.js';
import { capabilitiesOf } from '../compile.js';
import { freeAccountId } from '../edit.js';
import { KIND_CAPABILITIES } from '../from-catalog.js';
import { existingKeys, existingMatcher } from './existing.js';
import { mailProviderOf } from './match.js';
import { emailDomain, qqNumberOfEmail } from './owner.js';
import { genericWays, type Slot, templateWays } from './ways.js';

export interface BuildOptions {
  into?: BindingMap;
  lang?: Lang;
}

export interface Built {
  map: BindingMap;
  accounts: ImportedAccount[];
  created: number;
  matched: number;
}

/** An account waiting for its ways: built from a provider's templates for an owner, or generic. */
interface Pending {
  id: string;
  /** A mailbox or QQ account made for what a username names (its ways are filled first). */
  identity: boolean;
  provider?: Provider;
  owner?: HangsOff;
}

/** The registry key of a provider's account for an owner: the mailbox or QQ account itself when it is one. */
export function ownKey(providerId: string, owner: HangsOff | undefined, username = ''): string {
  if (owner === undefined) return `own:${providerId}:user:${username.toLowerCase()}`;
  if (providerId === 'qq') {
    const qq =
      owner.kind === 'qq' ? owner.value : owner.kind === 'email' ? qqNumberOfEmail(owner.value) : undefined;
    if (qq !== undefined) return `qq:${qq}`;
  }
  if (owner.kind === 'email' && mailProviderOf(emailDomain(owner.value))?.id === providerId)
    return `mail:${owner.value}`;
  return `own:${providerId}:${owner.kind}:${owner.value}`;
}

const identityKey = (h: HangsOff) => (h.kind === 'email' ? `mail:${h.value}` : `${h.kind}:${h.value}`);

/** Builds the map for the included entries; see the module comment. */
export function buildImport(entries: readonly ImportEntry[], options: BuildOptions = {}): Built {
  const lang = options.lang ?? 'zh';
  const t = text(lang).imports;
  const base = options.into ?? { version: 1 as const, accounts: [] };
  const accounts: Account[] = base.accounts.map((a) => ({ ...a }));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const existing = new Set(byId.keys());
  const taken = new Set(byId.keys());
  const labels = new Set(accounts.map((a) => a.label));
  const registry = existingKeys(accounts);
  const usedExisting = new Set(registry.values());
  const matchExisting = existingMatcher(base.accounts, new Map([...registry].map(([key, id]) => [id, key])));
  const identities: Pending[] = [];
  const services: Pending[] = [];
  let created = 0;

  const add = (account: Account, key: string, pending: Pending | undefined, identity: boolean): string => {
    taken.add(account.id);
    labels.add(account.label);
    accounts.push(account);
    byId.set(account.id, account);
    registry.set(key, account.id);
    if (pending) (identity ? identities : services).push(pending);
    created++;
    return account.id;
  };
  const freeLabel = (name: string, owner: string) =>
    labels.has(name) && owner !== '' ? t.withOwner(name, owner) : name;
  const ofProvider = (p: Provider, label: string): Account => ({
    id: freeAccountId(taken, p.id, p.kind),
    kind: p.kind,
    label: label.slice(0, 200),
    provider: p.id,
    capabilities: [...p.capabilities],
  });

  /** The mailbox, number or QQ account of an owner, created the first time. */
  const identity = (h: HangsOff): string => {
    const key = identityKey(h);
    const known = registry.get(key);
    if (known !== undefined) return known;
    if (h.kind === 'phone')
      return add(
        {
          id: freeAccountId(taken, 'phone'),
          kind: 'phone',
          label: h.value,
          capabilities: [...KIND_CAPABILITIES.phone],
        },
        key,
        undefined,
        true,
      );
    const provider = h.kind === 'qq' ? getProvider('qq') : mailProviderOf(emailDomain(h.value));
    const label = h.kind === 'qq' ? t.qqLabel(h.value) : h.value;
    if (provider === undefined)
      return add(
        { id: freeAccountId(taken, 'email'), kind: 'email', label, capabilities: ['access', 'mail'] },
        key,
        undefined,
        true,
      );
    const account = ofProvider(provider, label);
    return add(account, key, { id: account.id, identity: true, provider, owner: h }, true);
  };

  /** True when `from` reaches `target` along requirements (so `target` must not require `from`). */
  const dependsOn = (from: string, target: string): boolean => {
    const stack = [from];
    const seen = new Set(stack);
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === target) return true;
      const a = byId.get(id);
      const ways = [...(a?.ways ?? []), ...Object.values(a?.capabilityWays ?? {}).flat()];
      for (const w of ways)
        for (const r of w.requires)
          if (!seen.has(r.account)) {
            seen.add(r.account);
            stack.push(r.account);
          }
    }
    return false;
  };

  /** The account filling a slot of `self` (owned by `owner`), or undefined to leave that way out. */
  const fill = (self: Pending, slot: Slot): string | undefined => {
    const owner = self.owner;
    const slotProvider = getProvider(slot.slot);
    let candidate: string | undefined;
    if (slotProvider !== undefined) {
      if (owner !== undefined) {
        const key = ownKey(slotProvider.id, owner);
        candidate = registry.get(key);
        if (candidate === undefined && key.startsWith('qq:'))
          candidate = identity({ kind: 'qq', value: key.slice(3) });
        else if (candidate === undefined && self.identity && self.provider?.kind === 'email') {
          const account = ofProvider(slotProvider, t.withOwner(slotProvider.names[lang], owner.value));
          candidate = add(
            account,
            key,
            { id: account.id, identity: false, provider: slotProvider, owner },
            false,
          );
        }
      }
    } else if (
      owner !== undefined &&
      slot.slot === owner.kind &&
      (owner.kind === 'email' || owner.kind === 'phone')
    )
      candidate = identity(owner);
    if (candidate === undefined || candidate === self.id) return undefined;
    if (!capabilitiesOf(byId.get(candidate)!).includes(slot.capability)) return undefined;
    drainIdentities();
    return dependsOn(candidate, self.id) ? undefined : candidate;
  };

  const finish = (p: Pending) => {
    const account = byId.get(p.id)!;
    const ways = p.provider ? templateWays(p.provider, (slot) => fill(p, slot), lang) : [];
    const out =
      ways.length > 0
        ? ways
        : genericWays(p.owner, p.owner && p.provider?.id !== 'qq' ? identityOrUndefined(p) : undefined, lang);
    account.ways = out;
  };
  const identityOrUndefined = (p: Pending): string | undefined => {
    if (p.owner === undefined) return undefined;
    const id = identity(p.owner);
    const capability = p.owner.kind === 'email' ? 'mail' : p.owner.kind === 'phone' ? 'sms' : 'oauth';
    if (!capabilitiesOf(byId.get(id)!).includes(capability)) return undefined;
    return id === p.id || dependsOn(id, p.id) ? undefined : id;
  };
  let draining = false;
  const drainIdentities = () => {
    if (draining) return;
    draining = true;
    while (identities.length > 0) finish(identities.shift()!);
    draining = false;
  };

  const imported: { entry: ImportEntry; id: string; created: boolean }[] = [];
  let matched = 0;
  for (const entry of entries) {
    if (!entry.include) continue;
    const provider = entry.provider !== undefined ? getProvider(entry.provider) : undefined;
    const owner = entry.hangsOff;
    if (owner) identity(owner);
    const key = provider
      ? ownKey(provider.id, owner, entry.username)
      : `site:${entry.site.toLowerCase()}|${owner ? identityKey(owner) : (entry.username ?? '').toLowerCase()}`;
    let id = registry.get(key);
    if (id === undefined) {
      id = matchExisting(entry, provider, usedExisting);
      if (id !== undefined) {
        registry.set(key, id);
        usedExisting.add(id);
      }
    }
    if (id !== undefined) {
      if (existing.has(id)) matched++;
      else if (byId.get(id)!.notes === undefined)
        byId.get(id)!.notes = t.note(entry.site, entry.hasTotp, entry.hasPasskey);
      imported.push({ entry, id, created: false });
      continue;
    }
    const name = provider ? provider.names[lang] : entry.name;
    const label = freeLabel(name, owner?.value ?? entry.username ?? '');
    const account: Account = provider
      ? ofProvider(provider, label)
      : {
          id: freeAccountId(taken, entry.site, 'service'),
          kind: 'service',
          label: label.slice(0, 200),
          capabilities: ['access'],
        };
    account.notes = t.note(entry.site, entry.hasTotp, entry.hasPasskey);
    const pending: Pending = { id: account.id, identity: false };
    if (provider) pending.provider = provider;
    if (owner) pending.owner = owner;
    add(account, key, pending, false);
    imported.push({ entry, id: account.id, created: true });
  }
  drainIdentities();
  while (services.length > 0) {
    finish(services.shift()!);
    drainIdentities();
  }
  return {
    map: { ...base, accounts },
    accounts: importedAccounts(imported, accounts, existing, registry),
    created,
    matched,
  };
}

/** The report's accounts: one per entry (its account, what it hangs off, its ways), then every other new one. */
function importedAccounts(
  imported: readonly { entry: ImportEntry; id: string; created: boolean }[],
  accounts: readonly Account[],
  existing: ReadonlySet<string>,
  registry: ReadonlyMap<string, string>,
): ImportedAccount[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const out: ImportedAccount[] = [];
  const listed = new Set<string>();
  const row = (id: string, key: string): ImportedAccount => {
    const a = byId.get(id)!;
    const r: ImportedAccount = {
      account: id,
      key,
      created: !existing.has(id),
      ways: (a.ways ?? []).map((w) => w.label ?? ''),
    };
    if (a.provider) r.provider = a.provider;
    return r;
  };
  for (const { entry, id } of imported) {
    const r = row(id, entry.key);
    r.site = entry.site;
    if (entry.provider) r.provider = entry.provider;
    const hangs = entry.hangsOff ? registry.get(identityKey(entry.hangsOff)) : undefined;
    if (hangs !== undefined && hangs !== id) r.hangsOff = hangs;
    out.push(r);
    listed.add(id);
  }
  for (const [key, id] of registry)
    if (!listed.has(id) && !existing.has(id)) {
      out.push(row(id, `hangs-off:${key}`));
      listed.add(id);
    }
  return out;
}
