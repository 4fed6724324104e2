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
import { type Imported, importedAccounts } from './imported-rows.js';
import { identityKey, ownKey } from './keys.js';
import { mailProviderOf } from './match.js';
import { emailDomain } from './owner.js';
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

/** Builds the map for the included entries; see the module comment. */
export function buildImport(entries: readonly ImportEntry[], options: BuildOptions = {}): Built {
  const base = options.into ?? { version: 1 as const, accounts: [] };
  const b = new ImportBuilder(base, options.lang ?? 'zh');
  for (const entry of entries) if (entry.include) b.importEntry(entry);
  b.finishAll();
  return {
    map: { ...base, accounts: b.accounts },
    accounts: importedAccounts(b.imported, b.accounts, b.existing, b.registry),
    created: b.created,
    matched: b.matched,
  };
}

/** The state of one import: the accounts so far, the registry of what each key names, the ways still to fill. */
class ImportBuilder {
  private readonly t: ReturnType<typeof text>['imports'];
  readonly accounts: Account[];
  private readonly byId: Map<string, Account>;
  readonly existing: ReadonlySet<string>;
  private readonly taken: Set<string>;
  private readonly labels: Set<string>;
  readonly registry: Map<string, string>;
  private readonly usedExisting: Set<string>;
  private readonly matchExisting: ReturnType<typeof existingMatcher>;
  private readonly identities: Pending[] = [];
  private readonly services: Pending[] = [];
  private draining = false;
  readonly imported: Imported[] = [];
  created = 0;
  matched = 0;

  constructor(
    base: BindingMap,
    private readonly lang: Lang,
  ) {
    this.t = text(lang).imports;
    this.accounts = base.accounts.map((a) => ({ ...a }));
    this.byId = new Map(this.accounts.map((a) => [a.id, a]));
    this.existing = new Set(this.byId.keys());
    this.taken = new Set(this.byId.keys());
    this.labels = new Set(this.accounts.map((a) => a.label));
    this.registry = existingKeys(this.accounts);
    this.usedExisting = new Set(this.registry.values());
    this.matchExisting = existingMatcher(
      base.accounts,
      new Map([...this.registry].map(([key, id]) => [id, key])),
    );
  }

  private add(account: Account, key: string, pending: Pending | undefined, identity: boolean): string {
    this.taken.add(account.id);
    this.labels.add(account.label);
    this.accounts.push(account);
    this.byId.set(account.id, account);
    this.registry.set(key, account.id);
    if (pending) (identity ? this.identities : this.services).push(pending);
    this.created++;
    return account.id;
  }

  private freeLabel(name: string, owner: string): string {
    return this.labels.has(name) && owner !== '' ? this.t.withOwner(name, owner) : name;
  }

  private ofProvider(p: Provider, label: string): Account {
    return {
      id: freeAccountId(this.taken, p.id, p.kind),
      kind: p.kind,
      label: label.slice(0, 200),
      provider: p.id,
      capabilities: [...p.capabilities],
    };
  }

  /** The mailbox, number or QQ account of an owner, created the first time. */
  private identity(h: HangsOff): string {
    const key = identityKey(h);
    const known = this.registry.get(key);
    if (known !== undefined) return known;
    if (h.kind === 'phone') {
      const phone: Account = {
        id: freeAccountId(this.taken, 'phone'),
        kind: 'phone',
        label: h.value,
        capabilities: [...KIND_CAPABILITIES.phone],
      };
      return this.add(phone, key, undefined, true);
    }
    const provider = h.kind === 'qq' ? getProvider('qq') : mailProviderOf(emailDomain(h.value));
    const label = h.kind === 'qq' ? this.t.qqLabel(h.value) : h.value;
    if (provider === undefined) {
      const mailbox: Account = {
        id: freeAccountId(this.taken, 'email'),
        kind: 'email',
        label,
        capabilities: ['access', 'mail'],
      };
      return this.add(mailbox, key, undefined, true);
    }
    const account = this.ofProvider(provider, label);
    return this.add(account, key, { id: account.id, identity: true, provider, owner: h }, true);
  }

  /** True when `from` reaches `target` along requirements (so `target` must not require `from`). */
  private dependsOn(from: string, target: string): boolean {
    const stack = [from];
    const seen = new Set(stack);
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === target) return true;
      const a = this.byId.get(id);
      const ways = [...(a?.ways ?? []), ...Object.values(a?.capabilityWays ?? {}).flat()];
      for (const w of ways)
        for (const r of w.requires)
          if (!seen.has(r.account)) {
            seen.add(r.account);
            stack.push(r.account);
          }
    }
    return false;
  }

  /** The account filling a slot of `self` (owned by `owner`), or undefined to leave that way out. */
  private fill(self: Pending, slot: Slot): string | undefined {
    const owner = self.owner;
    const slotProvider = getProvider(slot.slot);
    let candidate: string | undefined;
    if (slotProvider !== undefined) {
      if (owner !== undefined) candidate = this.providerSlot(self, slotProvider, owner);
    } else if (
      owner !== undefined &&
      slot.slot === owner.kind &&
      (owner.kind === 'email' || owner.kind === 'phone')
    )
      candidate = this.identity(owner);
    if (candidate === undefined || candidate === self.id) return undefined;
    if (!capabilitiesOf(this.byId.get(candidate)!).includes(slot.capability)) return undefined;
    this.drainIdentities();
    return this.dependsOn(candidate, self.id) ? undefined : candidate;
  }

  /** The owner's account of a slot's provider: known, the QQ of a QQ number, or made for a mailbox's own. */
  private providerSlot(self: Pending, slotProvider: Provider, owner: HangsOff): string | undefined {
    const key = ownKey(slotProvider.id, owner);
    const known = this.registry.get(key);
    if (known !== undefined) return known;
    if (key.startsWith('qq:')) return this.identity({ kind: 'qq', value: key.slice(3) });
    if (!self.identity || self.provider?.kind !== 'email') return undefined;
    const account = this.ofProvider(
      slotProvider,
      this.t.withOwner(slotProvider.names[this.lang], owner.value),
    );
    return this.add(account, key, { id: account.id, identity: false, provider: slotProvider, owner }, false);
  }

  private finish(p: Pending): void {
    const account = this.byId.get(p.id)!;
    const ways = p.provider ? templateWays(p.provider, (slot) => this.fill(p, slot), this.lang) : [];
    account.ways =
      ways.length > 0
        ? ways
        : genericWays(
            p.owner,
            p.owner && p.provider?.id !== 'qq' ? this.identityOrUndefined(p) : undefined,
            this.lang,
          );
  }

  private identityOrUndefined(p: Pending): string | undefined {
    if (p.owner === undefined) return undefined;
    const id = this.identity(p.owner);
    const capability = p.owner.kind === 'email' ? 'mail' : p.owner.kind === 'phone' ? 'sms' : 'oauth';
    if (!capabilitiesOf(this.byId.get(id)!).includes(capability)) return undefined;
    return id === p.id || this.dependsOn(id, p.id) ? undefined : id;
  }

  private drainIdentities(): void {
    if (this.draining) return;
    this.draining = true;
    while (this.identities.length > 0) this.finish(this.identities.shift()!);
    this.draining = false;
  }

  /** One included entry: matched to an account already there (or made by this import), else a new account. */
  importEntry(entry: ImportEntry): void {
    const provider = entry.provider !== undefined ? getProvider(entry.provider) : undefined;
    const owner = entry.hangsOff;
    if (owner) this.identity(owner);
    const key = provider
      ? ownKey(provider.id, owner, entry.username)
      : `site:${entry.site.toLowerCase()}|${owner ? identityKey(owner) : (entry.username ?? '').toLowerCase()}`;
    let id = this.registry.get(key);
    if (id === undefined) {
      id = this.matchExisting(entry, provider, this.usedExisting);
      if (id !== undefined) {
        this.registry.set(key, id);
        this.usedExisting.add(id);
      }
    }
    if (id !== undefined) {
      const found = this.byId.get(id)!;
      if (this.existing.has(id)) this.matched++;
      else if (found.notes === undefined)
        found.notes = this.t.note(entry.site, entry.hasTotp, entry.hasPasskey);
      this.imported.push({ entry, id, created: false });
      return;
    }
    const name = provider ? provider.names[this.lang] : entry.name;
    const label = this.freeLabel(name, owner?.value ?? entry.username ?? '');
    const account: Account = provider
      ? this.ofProvider(provider, label)
      : {
          id: freeAccountId(this.taken, entry.site, 'service'),
          kind: 'service',
          label: label.slice(0, 200),
          capabilities: ['access'],
        };
    account.notes = this.t.note(entry.site, entry.hasTotp, entry.hasPasskey);
    const pending: Pending = { id: account.id, identity: false };
    if (provider) pending.provider = provider;
    if (owner) pending.owner = owner;
    this.add(account, key, pending, false);
    this.imported.push({ entry, id: account.id, created: true });
  }

  /** Fills the ways of every new account: mailboxes and numbers first, each service after them. */
  finishAll(): void {
    this.drainIdentities();
    while (this.services.length > 0) {
      this.finish(this.services.shift()!);
      this.drainIdentities();
    }
  }
}
