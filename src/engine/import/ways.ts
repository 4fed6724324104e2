/**
 * The ways an imported account gets. A catalog provider's way templates become ways with every slot filled
 * by one of the person's accounts (a template with a slot nobody fills is left out); a site the catalog does
 * not know gets "password" (secret) plus a reset through the mailbox or number its username names.
 */
import type { HangsOff, Provider, Way } from '../../model/index.js';
import type { Lang } from '../../text/index.js';
import { text } from '../../text/index.js';
import { type Slot, templateWay } from '../from-catalog.js';

export type { Slot };

/** Ways from a provider's templates; `fill` answers the account id for a slot, or undefined to leave it out. */
export function templateWays(
  provider: Provider,
  fill: (slot: Slot) => string | undefined,
  lang: Lang,
): Way[] {
  const ways: Way[] = [];
  const seen = new Set<string>();
  for (const template of provider.ways) {
    const accounts: string[] = [];
    for (const slot of template.requires) {
      const account = fill(slot);
      if (account === undefined) break;
      accounts.push(account);
    }
    if (accounts.length < template.requires.length) continue;
    const way = templateWay(template, accounts, lang);
    const requires = way.requires;
    const key = JSON.stringify([way.purpose, way.secret === true, requires]);
    if (seen.has(key)) continue;
    seen.add(key);
    ways.push(way);
  }
  return ways;
}

/**
 * The ways of an account the catalog cannot fill: a password (only the owner knows it), and a route through
 * what the username names: a reset by email or SMS, or QQ login.
 */
export function genericWays(
  owner: HangsOff | undefined,
  ownerAccount: string | undefined,
  lang: Lang,
): Way[] {
  const t = text(lang).imports;
  const ways: Way[] = [{ label: t.passwordWay, purpose: 'login', requires: [], secret: true }];
  if (owner === undefined || ownerAccount === undefined) return ways;
  if (owner.kind === 'email')
    ways.push({
      label: t.resetByEmail,
      purpose: 'recovery',
      requires: [{ account: ownerAccount, capability: 'mail' }],
    });
  else if (owner.kind === 'phone')
    ways.push({
      label: t.resetBySms,
      purpose: 'recovery',
      requires: [{ account: ownerAccount, capability: 'sms' }],
    });
  else
    ways.push({
      label: t.qqLoginWay,
      purpose: 'login',
      requires: [{ account: ownerAccount, capability: 'oauth' }],
    });
  return ways;
}
