/**
 * @module The guided survey's answers into an ordinary map (DESIGN §4d): the roots first (numbers with their
 * carrier, mailboxes, WeChat, QQ, Alipay, the ID card), then each app with the login chips the person ticked,
 * then money and devices per account. Every account goes through the catalog rule of from-catalog.ts. Pure.
 */
import { getProvider } from '../catalog/index.js';
import {
  ALIPAY_LOGIN,
  APPLE_LOGIN,
  PASSWORD_EMAIL_LOGIN,
  PASSWORD_ONLY,
  QQ_LOGIN,
  SMS_LOGIN,
  WECHAT_LOGIN,
} from '../catalog/ways.js';
import type { Asset, BindingMap, Provider, WayTemplate } from '../model/index.js';
import type { Lang } from './describe.js';
import {
  addFromCatalog,
  addProvider,
  defaultChoices,
  defaultSlotAccount,
  type TemplateChoice,
} from './from-catalog.js';

/** The login choices people actually use, as chips on an app's tile. */
export const CHIPS = ['sms', 'wechat', 'qq', 'alipay', 'email', 'password', 'apple'] as const;
export type Chip = (typeof CHIPS)[number];

/** The way each chip stands for when the provider has no template of its own for it. */
const CHIP_WAYS: Record<Chip, WayTemplate> = {
  sms: SMS_LOGIN as WayTemplate,
  wechat: WECHAT_LOGIN as WayTemplate,
  qq: QQ_LOGIN as WayTemplate,
  alipay: ALIPAY_LOGIN as WayTemplate,
  email: PASSWORD_EMAIL_LOGIN as WayTemplate,
  password: PASSWORD_ONLY as WayTemplate,
  apple: APPLE_LOGIN as WayTemplate,
};

/** The root identities of the first step, in the order they are added (QQ before its mailbox). */
export const SURVEY_ROOTS = ['id_card', 'qq', 'wechat', 'alipay'] as const;
export type SurveyRoot = (typeof SURVEY_ROOTS)[number];

export interface SurveyApp {
  provider: string;
  logins: Chip[];
  /** Which number (index into `phones`) and which mailbox (index into `mailboxes`); default the first. */
  phone?: number;
  email?: number;
}

export interface SurveyAsset {
  /** An account id of the map built from the answers. */
  account: string;
  kind: 'money' | 'device';
  label: string;
  value: number;
}

export interface SurveyAnswers {
  lang: Lang;
  /** Mobile numbers by carrier provider id ("china_mobile"), with an optional label. */
  phones: { carrier: string; label?: string }[];
  /** Mailboxes by provider id ("qqmail", "mail163"). */
  mailboxes: { provider: string; label?: string }[];
  roots: SurveyRoot[];
  apps: SurveyApp[];
  assets: SurveyAsset[];
}

/** A new, empty set of answers. */
export function emptyAnswers(lang: Lang): SurveyAnswers {
  return { lang, phones: [], mailboxes: [], roots: [], apps: [], assets: [] };
}

const sig = (t: WayTemplate) =>
  t.requires
    .map((r) => `${r.slot}.${r.capability}`)
    .sort()
    .join('+');

/** The provider's own template for a chip (its typical one first), else the chip's generic way. */
export function chipTemplate(provider: Provider, chip: Chip): WayTemplate {
  const want = sig(CHIP_WAYS[chip]);
  const own = provider.ways.filter((t) => t.purpose === 'login' && sig(t) === want);
  const secretFits = (t: WayTemplate) => (chip === 'password' || chip === 'email' ? true : t.secret !== true);
  return (
    own.find((t) => t.typical === true && secretFits(t)) ?? own.find(secretFits) ?? own[0] ?? CHIP_WAYS[chip]
  );
}

/** The chips a tile starts with: those its typical login ways stand for (an SMS code for most apps). */
export function defaultChips(provider: Provider): Chip[] {
  const typical = provider.ways.filter((t) => t.purpose === 'login' && t.typical === true).map(sig);
  return CHIPS.filter((c) => typical.includes(sig(CHIP_WAYS[c])));
}

const CHIP_SIGS = new Set(CHIPS.map((c) => sig(CHIP_WAYS[c])));

/** Whether a template is what some chip stands for (so the chips, not the defaults, decide it). */
function isChipWay(t: WayTemplate): boolean {
  return t.purpose === 'login' && CHIP_SIGS.has(sig(t));
}

/** The account ids the answers' roots become, for the later steps (phones and mailboxes by index). */
interface Roots {
  phones: string[];
  mailboxes: string[];
}

function addRoots(answers: SurveyAnswers, base: BindingMap): { map: BindingMap; roots: Roots } {
  const { lang } = answers;
  let map = base;
  const roots: Roots = { phones: [], mailboxes: [] };
  const add = (provider: string, label?: string, fill?: Record<string, string>) => {
    const r = addProvider(map, provider, { lang, ...(label ? { label } : {}), ...(fill ? { fill } : {}) });
    map = r.map;
    return r.id;
  };
  // The ID card first: a number is replaced at the carrier's shop with it. Face recognition is checked
  // against the card, so the person who holds the card has it too.
  if (answers.roots.includes('id_card')) {
    add('id_card');
    add('face');
  }
  for (const p of answers.phones) roots.phones.push(add(p.carrier, p.label));
  const phone = roots.phones[0];
  const fill = phone === undefined ? undefined : { phone };
  for (const root of SURVEY_ROOTS)
    if (root !== 'id_card' && answers.roots.includes(root)) add(root, undefined, fill);
  for (const m of answers.mailboxes) roots.mailboxes.push(add(m.provider, m.label, fill));
  return { map, roots };
}

/**
 * The template choices of one app: each ticked chip's template with its slots filled (a chip nothing fills is
 * dropped), then the provider's default ways that no chip stands for (ETC through WeChat Pay, a bank's counter).
 */
function appChoices(map: BindingMap, provider: Provider, app: SurveyApp, roots: Roots): TemplateChoice[] {
  const phone = roots.phones[app.phone ?? 0] ?? roots.phones[0];
  const email = roots.mailboxes[app.email ?? 0] ?? roots.mailboxes[0];
  const fill: Record<string, string> = {};
  if (phone !== undefined) fill.phone = phone;
  if (email !== undefined) fill.email = email;
  const choices: TemplateChoice[] = [];
  const seen = new Set<WayTemplate>();
  for (const chip of CHIPS) {
    if (!app.logins.includes(chip)) continue;
    const template = chipTemplate(provider, chip);
    if (seen.has(template)) continue;
    const slots = template.requires.map((slot) => fill[slot.slot] ?? defaultSlotAccount(map, slot)?.id);
    if (slots.some((s) => s === undefined)) continue;
    seen.add(template);
    choices.push({ template, slots: slots.map((account) => ({ account: account! })) });
  }
  for (const c of defaultChoices(map, provider, fill)) if (!isChipWay(c.template)) choices.push(c);
  return choices;
}

/**
 * The map the answers describe, added to `base` (default: an empty map): roots, then apps in order (an app
 * can log in with an earlier one, e.g. Apple), then assets on the accounts they name. Unknown provider ids and
 * assets on unknown accounts are skipped (the survey offers only catalog providers and the map's accounts).
 */
export function surveyMap(
  answers: SurveyAnswers,
  base: BindingMap = { version: 1, accounts: [] },
): BindingMap {
  const built = addRoots(answers, base);
  let map = built.map;
  for (const app of answers.apps) {
    const provider = getProvider(app.provider);
    if (provider === undefined) continue;
    const templates = appChoices(map, provider, app, built.roots);
    map = addFromCatalog(map, {
      provider,
      kind: provider.kind,
      label: provider.names[answers.lang],
      templates,
      lang: answers.lang,
    }).map;
  }
  return addAssets(map, answers.assets);
}

function addAssets(map: BindingMap, assets: readonly SurveyAsset[]): BindingMap {
  if (assets.length === 0) return map;
  const accounts = map.accounts.map((account) => {
    const own = assets.filter((a) => a.account === account.id && Number.isFinite(a.value) && a.value > 0);
    if (own.length === 0) return account;
    const caps = account.capabilities ?? getProvider(account.provider ?? '')?.capabilities ?? [];
    const added: Asset[] = own.map((a) => {
      const asset: Asset = { label: a.label, kind: a.kind, value: a.value, currency: 'CNY' };
      // Money that can be withdrawn survives a restriction that keeps withdraw (CASES §3).
      if (a.kind === 'money' && caps.includes('withdraw')) asset.needs = 'withdraw';
      return asset;
    });
    return { ...account, assets: [...(account.assets ?? []), ...added] };
  });
  return { ...map, accounts };
}
