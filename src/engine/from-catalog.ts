/**
 * @module Catalog accounts into a map, the one rule for the editor, the survey and the importer: a provider plus
 * the person's accounts for its template slots becomes an account whose ways are the provider's templates with
 * every slot filled, `secret` carried over, and the typical ways pre-selected (DESIGN §4d). Pure: no DOM, no I/O.
 */
import { getProvider } from '../catalog/index.js';
import type { Account, BindingMap, Kind, Provider, Way, WayTemplate } from '../model/index.js';
import { type Lang, text } from '../text/index.js';
import { capabilitiesOf } from './compile.js';
import { addAccount, newAccountId } from './edit.js';

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
  /** One choice per slot of the template, in order (a missing one creates an account). */
  slots: SlotChoice[];
}

export interface NewAccountSpec {
  provider?: Provider;
  kind: Kind;
  label: string;
  templates: TemplateChoice[];
  lang: Lang;
  /** The label of an account created for a slot; default: the slot provider's name, else the kind's. */
  slotLabel?(slot: Slot): string;
}

/** The provider a slot names, when it names one rather than a kind. */
export function slotProvider(slot: Slot): Provider | undefined {
  return getProvider(slot.slot);
}

/** The kind of account a slot wants. */
export function slotKind(slot: Slot): Kind {
  return slotProvider(slot)?.kind ?? (slot.slot as Kind);
}

/** The label of an account made for a slot: its provider's name, else its kind's. */
export function defaultSlotLabel(slot: Slot, lang: Lang): string {
  return slotProvider(slot)?.names[lang] ?? text(lang).newAccount.label[slotKind(slot)];
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

/**
 * The account that fills a slot without asking, if any: for a provider slot only an account of that very
 * provider (QQ Mail never hangs off a WeChat by default), for a kind slot the best candidate. `self` (the
 * account being edited) never fills its own slot.
 */
export function defaultSlotAccount(map: BindingMap, slot: Slot, self?: string): Account | undefined {
  const best = slotCandidates(map, slot).find((a) => a.id !== self);
  if (best === undefined) return undefined;
  const provider = slotProvider(slot);
  return provider === undefined || best.provider === provider.id ? best : undefined;
}

/**
 * The templates pre-selected for a new account of `provider`, each slot filled: its typical ways whose every
 * slot has an account by default (or in `fill`, keyed by slot name: `{email: "qqmail"}`). A typical way that
 * would need an account the person has not entered is left out, so one click never invents accounts; when
 * that leaves nothing, the account is added without ways (a root) and the UI asks "you hold it directly?".
 */
export function defaultChoices(
  map: BindingMap,
  provider: Provider,
  fill: Readonly<Record<string, string>> = {},
): TemplateChoice[] {
  const known = new Set(map.accounts.map((a) => a.id));
  const choices: TemplateChoice[] = [];
  for (const template of provider.ways) {
    if (template.typical !== true) continue;
    const slots: SlotChoice[] = [];
    for (const slot of template.requires) {
      const given = Object.hasOwn(fill, slot.slot) ? fill[slot.slot] : undefined;
      const id = given !== undefined && known.has(given) ? given : defaultSlotAccount(map, slot)?.id;
      if (id === undefined) break;
      slots.push({ account: id });
    }
    if (slots.length === template.requires.length) choices.push({ template, slots });
  }
  return choices;
}

/** One way from a template whose slots are filled by these account ids (in slot order): the only place a
 * template becomes a way, so its label, purpose and `secret` always travel together. */
export function templateWay(template: WayTemplate, accounts: readonly string[], lang: Lang): Way {
  const way: Way = {
    label: template.names[lang],
    purpose: template.purpose,
    requires: template.requires.map((slot, i) => ({
      account: accounts[i] ?? '',
      capability: slot.capability,
    })),
  };
  if (template.secret === true) way.secret = true;
  return way;
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
 * map and the new account's id. Accounts created for slots are shared by slot name within one call.
 */
export function addFromCatalog(map: BindingMap, spec: NewAccountSpec): { map: BindingMap; id: string } {
  let out = map;
  const created = new Map<string, string>();
  const labelOf = spec.slotLabel ?? ((slot: Slot) => defaultSlotLabel(slot, spec.lang));
  const fill = (slot: Slot, choice: SlotChoice): string => {
    if ('account' in choice) return choice.account;
    const known = created.get(slot.slot);
    if (known) return known;
    const account = accountOf(out, slotProvider(slot), slotKind(slot), labelOf(slot));
    // A custom account made for a slot must provide what the slot needs.
    if (!capabilitiesOf(account).includes(slot.capability))
      account.capabilities = [...(account.capabilities ?? []), slot.capability];
    out = addAccount(out, account);
    created.set(slot.slot, account.id);
    return account.id;
  };
  const ways = spec.templates.map((t) =>
    templateWay(
      t.template,
      t.template.requires.map((slot, i) => fill(slot, t.slots[i] ?? { create: true })),
      spec.lang,
    ),
  );
  const account = accountOf(out, spec.provider, spec.kind, spec.label.trim());
  if (ways.length) account.ways = ways;
  return { map: addAccount(out, account), id: account.id };
}

export interface AddProviderOptions {
  lang: Lang;
  /** The account's label; default: the provider's name. */
  label?: string;
  /** Accounts for slots, by slot name (`{email: "qqmail", phone: "p138"}`), overriding the defaults. */
  fill?: Readonly<Record<string, string>>;
}

/**
 * One click: adds an account of the provider with its default ways ({@link defaultChoices}). Throws on an
 * unknown provider id (a caller's bug: ids come from the catalog).
 */
export function addProvider(
  map: BindingMap,
  provider: Provider | string,
  options: AddProviderOptions,
): { map: BindingMap; id: string } {
  const p = typeof provider === 'string' ? getProvider(provider) : provider;
  if (p === undefined) throw new Error(`unknown provider ${String(provider)}`);
  return addFromCatalog(map, {
    provider: p,
    kind: p.kind,
    label: options.label ?? p.names[options.lang],
    templates: defaultChoices(map, p, options.fill),
    lang: options.lang,
  });
}
