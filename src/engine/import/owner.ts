/**
 * What a login's username says it hangs off: an email address (lower-cased), a mainland mobile number (11
 * digits from 1[3-9], with +86, 0086, spaces and dashes removed, full-width digits folded) or a QQ number
 * (5 to 11 digits, not starting with 0). Anything else is a plain login name and hangs off nothing.
 */
import type { HangsOff } from '../../model/index.js';

const EMAIL = /^[^\s@]+@([a-z0-9-]+\.)+[a-z]{2,}$/;
const MOBILE = /^1[3-9]\d{9}$/;
const QQ = /^[1-9]\d{4,10}$/;

/** The username read as an email address, a mainland mobile number or a QQ number; undefined otherwise. */
export function hangsOffOf(username: string): HangsOff | undefined {
  const u = username.normalize('NFKC').trim();
  if (u === '') return undefined;
  const lower = u.toLowerCase();
  if (EMAIL.test(lower)) return { kind: 'email', value: lower };
  const digits = u.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  if (MOBILE.test(digits)) return { kind: 'phone', value: digits };
  if (QQ.test(u)) return { kind: 'qq', value: u };
  return undefined;
}

/** The domain of an email address. */
export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

/** The QQ number a qq.com/foxmail address names, when its local part is one (`12345678@qq.com`). */
export function qqNumberOfEmail(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  return emailDomain(address) === 'qq.com' && QQ.test(local) ? local : undefined;
}
