/**
 * Building new accounts for the editor, without DOM: an account from a catalog provider or a custom one (a
 * name and a kind), its ways from the provider's templates with each slot filled by one of the person's
 * accounts (or by a new account made for it), and the candidates for a slot, best first.
 */
import { getProvider } from '../../src/catalog/index.js';
import { capabilitiesOf } from '../../src/engine/compile.js';
import type { Lang } from '../../src/engine/describe.js';
import { addAccount, newAccountId } from '../../src/engine/edit.js';
import type { Account, BindingMap, Kind, Provider, Way, WayTemplate } from '../../src/model/index.js';

/** Capabilities a custom account of a kind starts with (the person can change them). */
export const KIND_CAPABILITIES: Record<Kind, readonly string[]> = {
  phone: ['access', 'sms', 'call_in', 'call_out', 'data'],
  email: ['access', 'mail'],
  messenger: ['access', 'oauth', 'chat', 'contacts'],
  payment: ['access', 'pay', 'withdraw'],
  identity: ['access'],
  device: ['access'],
  service: ['access'],
};

export type Slot = WayTemplate['requires'][number];

/** A slot's choice: one of the person's accounts by id, or a new account made for it. */
export type SlotChoice = { account: string } | { create: true };

export interface TemplateChoice {
  template: WayTemplate;
  /** One choice per slot of the template, in order. */
  slots: SlotChoice[];
}

export interface NewAccountSpec {
  provider?: Provider;
  kind: Kind;
  label: string;
  templates: TemplateChoice[];
  lang: Lang;
  /** The label of an account created for a slot (the kind's or the provider's name). */
  slotLabel(slot: Slot): string;
}

/** The provider a slot names, when it names one rather than a kind. */
export function slotProvider(slot: Slot): Provider | undefined {
  return getProvider(slot.slot);
}

/** The kind of account a slot wants. */
export function slotKind(slot: Slot): Kind {
  return slotProvider(slot)?.kind ?? (slot.slot as Kind);
}

/**
 * The person's accounts that can fill a slot, best first: they must provide the slot's capability. A provider
 * slot ("log in with QQ") takes accounts of that provider, then others of its kind; a kind slot ("a code to
 * an email") takes accounts of that kind first, then any other account providing the capability (a Google
 * account with Gmail), except for `access`, which every account provides.
 */
export function slotCandidates(map: BindingMap, slot: Slot): Account[] {
  const provider = slotProvider(slot);
  const kind = slotKind(slot);
  const rank = (a: Account) => (provider && a.provider === provider.id ? 0 : a.kind === kind ? 1 : 2);
  return map.accounts
    .filter((a) => capabilitiesOf(a).includes(slot.capability))
    .filter((a) => (provider === undefined && slot.capability !== 'access') || rank(a) < 2)
    .map((a, i) => ({ a, r: rank(a), i }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.a);
}

function accountOf(map: BindingMap, provider: Provider | undefined, kind: Kind, label: string): Account {
  if (provider)
    return {
      id: newAccountId(map, provider.id, provider.kind),
      kind: provider.kind,
      label,
      provider: provider.id,
      capabilities: [...provider.capabilities],
    };
  return { id: newAccountId(map, label, kind), kind, label, capabilities: [...KIND_CAPABILITIES[kind]] };
}

/**
 * Adds the new account (and any account created for a slot, before it) with the chosen ways. Returns the new
 * map and the new account's id.
 */
export function addFromCatalog(map: BindingMap, spec: NewAccountSpec): { map: BindingMap; id: string } {
  let out = map;
  const created = new Map<string, string>();
  const fill = (slot: Slot, choice: SlotChoice): string => {
    if ('account' in choice) return choice.account;
    const key = `${slot.slot}`;
    const known = created.get(key);
    if (known) return known;
    const provider = slotProvider(slot);
    const account = accountOf(out, provider, slotKind(slot), spec.slotLabel(slot));
    // A custom account made for a slot must provide what the slot needs.
    if (!capabilitiesOf(account).includes(slot.capability))
      account.capabilities = [...(account.capabilities ?? []), slot.capability];
    out = addAccount(out, account);
    created.set(key, account.id);
    return account.id;
  };
  const ways: Way[] = spec.templates.map((t) => ({
    label: t.template.names[spec.lang],
    purpose: t.template.purpose,
    requires: t.template.requires.map((slot, i) => ({
      account: fill(slot, t.slots[i] ?? { create: true }),
      capability: slot.capability,
    })),
  }));
  const account = accountOf(out, spec.provider, spec.kind, spec.label.trim());
  if (ways.length) account.ways = ways;
  return { map: addAccount(out, account), id: account.id };
}
