/**
 * @module Why an account is affected, as a person would say it: capabilities by their names, ways by their
 * labels ("唯一的登录方式（邮箱验证码）要用「QQ邮箱」收邮件，而「QQ」已被封"), never an `x.y` id or "way 1".
 * Pure; shared by the terminal, the web panel, the table and the exports.
 */
import {
  type Account,
  type AccountImpact,
  accountById,
  type Because,
  type BindingMap,
} from '../model/index.js';
import { capabilityName, NAMED_CAPABILITIES } from './capabilities.js';
import { en } from './en/index.js';
import { listOf } from './format.js';
import type { Lang } from './lang.js';
import { zh } from './zh/index.js';

const WORDS = { zh: zh.impact, en: en.impact };

const NAMED: ReadonlySet<string> = new Set(NAMED_CAPABILITIES);
/** Capabilities whose name is a noun ("mobile data"): "needs “Phone” for mobile data", "要用「手机」的上网流量"; made-up ones count as nouns. */
const NOUN_CAPS = new Set(['data', 'contacts', 'mini_programs', 'icloud', 'find_my']);

/** Capabilities in words, as a list: "收短信和登录使用" / "receive SMS and get in and use it". */
export function capabilityList(caps: readonly string[], lang: Lang): string {
  return caps.length
    ? listOf(
        caps.map((c) => capabilityName(c, lang)),
        lang,
      )
    : WORDS[lang].nothing;
}

/** The broken way of a `because`, named: "唯一的登录方式（邮箱验证码）", "one way to get “pay”". */
export function wayPhrase(account: Account | undefined, b: Because, lang: Lang): string {
  const t = WORDS[lang];
  const list = b.capability !== undefined ? account?.capabilityWays?.[b.capability] : account?.ways;
  const way = list?.[b.way];
  const only = (list?.length ?? 1) <= 1;
  const recovery = way?.purpose === 'recovery';
  let which: string;
  if (b.capability !== undefined) {
    const cap = capabilityName(b.capability, lang);
    which = only ? t.onlyCapWay(cap) : t.oneCapWay(cap);
  } else which = only ? t.onlyWay(recovery) : t.oneWay(recovery);
  return way?.label ? t.labelled(which, way.label) : which;
}

/** One sentence per reason an account is affected. */
export function explainAccount(map: BindingMap, id: string, r: AccountImpact, lang: Lang): string[] {
  const t = WORDS[lang];
  const label = (x: string) => accountById(map, x)?.label ?? x;
  const account = accountById(map, id);
  const out: string[] = [];
  if (r.status === 'banned')
    out.push(
      t.bannedItself(capabilityList(r.lost, lang), r.kept.length ? capabilityList(r.kept, lang) : null),
    );
  for (const b of r.because) {
    const which = wayPhrase(account, b, lang);
    const { account: need, capability } = b.missing;
    const needs =
      capability === 'access'
        ? t.needsAccount(which, label(need))
        : t.needsCap(
            which,
            label(need),
            capabilityName(capability, lang),
            NOUN_CAPS.has(capability) || !NAMED.has(capability),
          );
    let why = '';
    if (r.causes.length === 1 && r.causes[0] === need) why = t.whichIsBanned;
    else if (r.causes.length > 0)
      why = t.becauseBanned(
        listOf(
          r.causes.map((c) => t.quote(label(c))),
          lang,
        ),
        r.causes.length,
      );
    out.push(`${needs}${why}`);
  }
  if (r.status === 'degraded') out.push(t.degraded);
  return out;
}
