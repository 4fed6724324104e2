/** The rows of an import's report: what each entry became, what it hangs off, its ways; then the other new accounts. */
import type { Account, ImportEntry, ImportedAccount } from '../../model/index.js';
import { identityKey } from './keys.js';

/** An included entry and the account it became (`created`: made by this import, not matched). */
export type Imported = { entry: ImportEntry; id: string; created: boolean };

/** The report's accounts: one per entry (its account, what it hangs off, its ways), then every other new one. */
export function importedAccounts(
  imported: readonly Imported[],
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
