/**
 * @module Expands bans into the concrete capabilities each account loses: presets and "all" replaced by the
 * account's own capabilities, repeated bans of one account merged (banning twice is banning once).
 */
import { getPreset } from '../catalog/index.js';
import type { Ban, ExpandedBan, PresetLose } from '../model/index.js';
import type { Compiled } from './compile.js';

/** The capabilities of `caps` that a preset's rule removes. */
export function applyPresetLose(lose: PresetLose, caps: readonly string[]): string[] {
  if (lose === 'all') return [...caps];
  if (Array.isArray(lose)) return caps.filter((c) => lose.includes(c));
  return caps.filter((c) => !lose.except.includes(c));
}

/** The capabilities one ban removes from its account (sorted). Trusts a validated ban. */
export function banLoses(c: Compiled, ban: Ban): string[] {
  const caps = c.caps[c.index.get(ban.account)!]!;
  const out = new Set<string>();
  if (ban.preset !== undefined) {
    const preset = getPreset(ban.preset);
    if (preset) for (const cap of applyPresetLose(preset.lose, caps)) out.add(cap);
  }
  if (ban.lose === 'all' || (ban.lose === undefined && ban.preset === undefined))
    for (const cap of caps) out.add(cap);
  else if (Array.isArray(ban.lose)) for (const cap of ban.lose) if (caps.includes(cap)) out.add(cap);
  return [...out].sort();
}

/** Merges and expands a list of bans: one entry per banned account, sorted by account id. */
export function expandBans(c: Compiled, bans: readonly Ban[]): ExpandedBan[] {
  const byAccount = new Map<string, Set<string>>();
  for (const ban of bans) {
    const set = byAccount.get(ban.account) ?? new Set<string>();
    for (const cap of banLoses(c, ban)) set.add(cap);
    byAccount.set(ban.account, set);
  }
  return [...byAccount.keys()]
    .sort()
    .map((account) => ({ account, lose: [...byAccount.get(account)!].sort() }));
}

/** Per slot, 1 when an expanded ban removes it. */
export function lostSlots(c: Compiled, bans: readonly ExpandedBan[]): Uint8Array {
  const lost = new Uint8Array(c.slotCap.length);
  for (const ban of bans) {
    const a = c.index.get(ban.account)!;
    const caps = c.caps[a]!;
    for (const cap of ban.lose) {
      const k = caps.indexOf(cap);
      if (k >= 0) lost[c.slotBase[a]! + k] = 1;
    }
  }
  return lost;
}
