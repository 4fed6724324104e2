/**
 * @module Which revisions a map keeps (issue 14): every revision of the last 30 days, then the newest of each
 * (UTC) day, and at most {@link RETENTION}`.cap` in all, the oldest going first; the current version is always
 * kept. A pure choice over `(version, savedAt)` pairs and the caller's clock; the store applies it in the same
 * transaction as each save, and `banradius maps prune` applies it to every map.
 */

/** The documented retention rule. */
export const RETENTION = {
  /** Every revision saved in this many days before now is kept. */
  fullDays: 30,
  /** Revisions kept per map at most, the current one included. */
  cap: 10_000,
} as const;

const DAY_MS = 86_400_000;

/** The versions to delete from a map's revisions, given the current version and the time now. */
export function prunable(
  revisions: readonly { version: number; savedAt: string }[],
  current: number,
  now: Date,
  rule: { fullDays: number; cap: number } = RETENTION,
): number[] {
  const since = now.getTime() - rule.fullDays * DAY_MS;
  const newestFirst = [...revisions].sort((a, b) => b.version - a.version);
  const keep = new Set<number>([current]);
  const days = new Set<string>();
  for (const r of newestFirst) {
    const day = r.savedAt.slice(0, 10);
    // Recent ones all stay; an older one stays if it is the newest of its day (a day with a recent one has it).
    if (!(Date.parse(r.savedAt) < since) || !days.has(day)) keep.add(r.version);
    days.add(day);
  }
  // Over the cap: the newest kept stay, the current one always.
  const kept = newestFirst.filter((r) => keep.has(r.version));
  let room = rule.cap - (keep.has(current) ? 1 : 0);
  const final = new Set<number>([current]);
  for (const r of kept) {
    if (r.version === current) continue;
    if (room <= 0) break;
    final.add(r.version);
    room--;
  }
  return newestFirst.filter((r) => !final.has(r.version)).map((r) => r.version);
}
