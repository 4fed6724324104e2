/**
 * @module Password-manager import (DESIGN §4d), pure so the web page runs it on the file itself: parse an
 * export into secret-free logins, plan one entry per distinct account, build the map (optionally into an
 * existing one), and report what happened. Refusals are codes with parameters; `importErrorText` words them.
 */
import type {
  BindingMap,
  ImportError,
  ImportFormatOption,
  ImportReport,
  ImportSkip,
} from '../../model/index.js';
import { type Lang, text } from '../../text/index.js';
import { buildImport } from './build.js';
import { parseExport } from './parse-export.js';
import { planImport } from './plan.js';

export { type BuildOptions, type Built, buildImport } from './build.js';
export { readCsv } from './csv.js';
export { decodeExport, detectFormat, type ParsedExport, parseExport } from './parse-export.js';
export { entryKey, type Plan, planImport } from './plan.js';
export { registrableDomain, siteOf } from './site.js';

export interface ImportOptions {
  format?: ImportFormatOption;
  into?: BindingMap;
  lang?: Lang;
}

export type ImportOutcome =
  | { ok: true; map: BindingMap; report: ImportReport }
  | { ok: false; error: ImportError };

/** Imports an export's text (or bytes) into a map: every step of the module in one call. */
export function importExport(input: string | Uint8Array, options: ImportOptions = {}): ImportOutcome {
  const parsed = parseExport(input, options.format ?? 'auto');
  if (!parsed.ok) return parsed;
  const plan = planImport(parsed.logins);
  const built = buildImport(plan.entries, options);
  const counts = new Map<string, number>();
  for (const e of plan.entries) if (e.provider) counts.set(e.provider, (counts.get(e.provider) ?? 0) + 1);
  const report: ImportReport = {
    format: parsed.format,
    logins: parsed.logins.length,
    recognised: [...counts].map(([provider, count]) => ({ provider, count })),
    accountsCreated: built.created,
    accountsMatched: built.matched,
    duplicatesMerged: plan.duplicatesMerged,
    skipped: parsed.skipped,
    accounts: built.accounts,
  };
  return { ok: true, map: built.map, report };
}

/** A refusal in words. */
export function importErrorText(error: ImportError, lang: Lang): string {
  return text(lang).imports.errors[error.code](error.params);
}

/** Why a record was skipped, in words. */
export function skipText(skip: ImportSkip, lang: Lang): string {
  return text(lang).imports.skips[skip.code];
}
