/**
 * @module Which second factors a provider's site offers, from the bundled, dated 2fa.directory snapshot
 * (twofa-directory.json, MIT, licence beside it). "No data" is an answer of its own, never a guess; where the
 * directory notes SMS is required, SMS must not be advised away.
 */
import { type TwoFactorEntry, TwoFactorSnapshotSchema } from '../model/catalog.js';
import { getProvider } from './index.js';
import snapshot from './twofa-directory.json' with { type: 'json' };

const data = TwoFactorSnapshotSchema.parse(snapshot);

/** The snapshot's provenance: where, which commit, its date. */
export const TWO_FACTOR_SNAPSHOT = { source: data.source, commit: data.commit, date: data.date } as const;

export type TwoFactorInfo =
  | { status: 'none' }
  | { status: 'data'; domain: string; entry: TwoFactorEntry; smsRequired: boolean; date: string };

/**
 * The directory's entry for a provider: the first of its domains with an entry (a subdomain entry such as
 * Steam's store.steampowered.com counts for steampowered.com). `{status: "none"}` for unknown providers and
 * providers the directory does not list (most mainland apps).
 */
export function twoFactorFor(providerId: string): TwoFactorInfo {
  const provider = getProvider(providerId);
  if (provider === undefined) return { status: 'none' };
  const hosts = Object.keys(data.entries);
  // Exact domains first (Microsoft's office.com before a subdomain of live.com), then subdomain entries.
  const found =
    provider.domains.find((d) => data.entries[d] !== undefined) ??
    provider.domains.map((d) => hosts.find((h) => h.endsWith(`.${d}`))).find((h) => h !== undefined);
  const entry = found === undefined ? undefined : data.entries[found];
  if (found !== undefined && entry !== undefined)
    return { status: 'data', domain: found, entry, smsRequired: entry.smsRequired === true, date: data.date };
  return { status: 'none' };
}

/** Whether advice may suggest turning SMS off for this provider: only with data that does not require SMS. */
export function mayAdviseDroppingSms(providerId: string): boolean {
  const info = twoFactorFor(providerId);
  return (
    info.status === 'data' && !info.smsRequired && info.entry.tfa.some((f) => f !== 'sms' && f !== 'call')
  );
}
