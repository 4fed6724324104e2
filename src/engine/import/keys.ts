/**
 * The registry keys an import names accounts by, one rule for the builder and for recognising an existing
 * map: `mail:ADDRESS`, `phone:NUMBER` and `qq:NUMBER` for the identities a username names, and
 * `own:PROVIDER:KIND:VALUE` for a provider's account of an owner.
 */
import type { HangsOff } from '../../model/index.js';
import { mailProviderOf } from './match.js';
import { emailDomain, qqNumberOfEmail } from './owner.js';

/** The key of the mailbox, number or QQ account a username names. */
export const identityKey = (h: HangsOff): string =>
  h.kind === 'email' ? `mail:${h.value}` : `${h.kind}:${h.value}`;

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
