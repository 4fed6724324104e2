/**
 * The password-manager import without DOM: reads an export's bytes into review entries (zeroing the bytes
 * once read), previews the ways each entry gets, lists the owners a row can hang off, and adds the ticked
 * entries to the open map as one undoable edit, or as a new map when the example is open.
 */
import { catalog, getProvider } from '../../src/catalog/index.js';
import { buildImport, importErrorText, parseExport, planImport } from '../../src/engine/import/index.js';
import type { BindingMap, HangsOff, ImportEntry, ImportedAccount, Provider } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { announce, commit } from '../editor/document.js';
import { leaveCurrent, openMap } from '../maps/open.js';
import type { App } from '../shell/state.js';

export interface Review {
  entries: ImportEntry[];
  logins: number;
  recognised: number;
  skipped: number;
}

/** Reads an export (its bytes are zeroed afterwards: only secret-free entries are kept). */
export function readExport(
  bytes: Uint8Array,
  lang: Lang,
): { ok: true; review: Review } | { ok: false; reason: string } {
  const parsed = parseExport(bytes);
  bytes.fill(0);
  if (!parsed.ok) return { ok: false, reason: importErrorText(parsed.error, lang) };
  const { entries } = planImport(parsed.logins);
  return {
    ok: true,
    review: {
      entries,
      logins: parsed.logins.length,
      recognised: entries.filter((e) => e.provider !== undefined).length,
      skipped: parsed.skipped.length,
    },
  };
}

/** The map the import goes into: the open map, or nothing when the example is open. */
export function importBase(app: App): BindingMap {
  const state = app.store.get();
  return state.source.kind === 'example' ? { version: 1, accounts: [] } : state.map;
}

/** What each ticked row would become, by entry key, and the labels of the accounts it names. */
export function preview(
  entries: readonly ImportEntry[],
  base: BindingMap,
  lang: Lang,
): { byKey: Map<string, ImportedAccount>; labels: Map<string, string> } {
  const built = buildImport(entries, { into: base, lang });
  return {
    byKey: new Map(built.accounts.map((a) => [a.key, a])),
    labels: new Map(built.map.accounts.map((a) => [a.id, a.label])),
  };
}

/** The owners a row may hang off: every mailbox, number and QQ any row names, in first-seen order. */
export function ownersOf(entries: readonly ImportEntry[]): HangsOff[] {
  const seen = new Map<string, HangsOff>();
  for (const e of entries) if (e.hangsOff) seen.set(`${e.hangsOff.kind}:${e.hangsOff.value}`, e.hangsOff);
  return [...seen.values()];
}

/** Every catalog provider, for the provider picker's list. */
export function catalogProviders(): readonly Provider[] {
  return catalog.providers;
}

let providerNames: Map<string, string> | undefined;

/** A provider by a name a person typed (Chinese or English name, or id); undefined for none or unknown. */
export function providerByName(name: string): string | undefined {
  const q = name.trim().toLowerCase();
  if (q === '') return undefined;
  if (getProvider(q)) return q;
  if (providerNames === undefined) {
    providerNames = new Map();
    for (const p of catalog.providers)
      for (const n of [p.names.zh, p.names.en]) providerNames.set(n.toLowerCase(), p.id);
  }
  return providerNames.get(q);
}

/** Adds the ticked entries to the open map (one undoable edit), or opens them as a new map over the example. */
export async function addImported(app: App, entries: readonly ImportEntry[]): Promise<boolean> {
  const state = app.store.get();
  const t = text(state.lang).imports.page;
  const ticked = entries.filter((e) => e.include);
  if (state.source.kind === 'example') {
    const built = buildImport(ticked, { lang: state.lang });
    if (!(await leaveCurrent(app))) return false;
    const map = { ...built.map, title: t.newTitle };
    openMap(app, map, { kind: 'empty' }, { mode: 'edit' });
    app.autosave.schedule(map);
    void app.autosave.flush();
    announce(t.added(built.created));
    return true;
  }
  const built = buildImport(ticked, { into: state.map, lang: state.lang });
  return commit(app, built.map, { announce: t.added(built.created) }) === null;
}
