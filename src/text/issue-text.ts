/**
 * @module An issue in words a person reads, in Chinese or English, made from its code and structured parameters
 * (never by reading its English message), naming accounts by their labels in the document the issue is about.
 */
import { ISSUE_PARAMS, type Issue, type IssueCode } from '../model/index.js';
import type { Catalogue } from './catalogue.js';
import { en } from './en/index.js';
import type { IssueAt } from './issue-types.js';
import type { Lang } from './lang.js';
import { zh } from './zh/index.js';
import type { RowProblem } from './zh/store.js';

const BY_LANG: Record<Lang, Catalogue> = { zh, en };

/** The value at a JSON path inside a document, or undefined. */
export function valueAt(doc: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = doc;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.hasOwn(v, p)) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

const labelCache = new WeakMap<object, { accounts: unknown; count: number; labels: Map<string, string> }>();

/**
 * Account labels by id, read from a map document (anything else gives none). Remembered per document, so
 * wording every issue of a big map (150,000 unreachable accounts) reads its accounts once, not per issue.
 */
function labelsIn(doc: unknown): Map<string, string> {
  const accounts = valueAt(doc, ['accounts']);
  if (typeof doc !== 'object' || doc === null) return readLabels(accounts);
  const count = Array.isArray(accounts) ? accounts.length : -1;
  const hit = labelCache.get(doc);
  if (hit && hit.accounts === accounts && hit.count === count) return hit.labels;
  const labels = readLabels(accounts);
  labelCache.set(doc, { accounts, count, labels });
  return labels;
}

function readLabels(accounts: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(accounts))
    for (const a of accounts) {
      const id = valueAt(a, ['id']);
      const label = valueAt(a, ['label']);
      if (typeof id === 'string' && typeof label === 'string' && !out.has(id)) out.set(id, label);
    }
  return out;
}

const isCode = (code: string): code is IssueCode => Object.hasOwn(ISSUE_PARAMS, code);

/** A damaged stored row (the store's `corrupt_row` issues, `params.problem`) in words, or undefined. */
function rowIssueText(issue: Issue, lang: Lang): string | undefined {
  const problem = issue.params?.problem;
  if (issue.code !== 'corrupt_row' || typeof problem !== 'string') return undefined;
  const detail = issue.params?.detail;
  // An unknown problem finds no entry: undefined, and the issue is worded as any other.
  const words: string | undefined = BY_LANG[lang].store.rowIssue(
    problem as RowProblem,
    typeof detail === 'string' ? detail : undefined,
  );
  return words;
}

/** The message of one issue in a language; `doc` is the document it was found in (for account labels). */
export function issueText(issue: Issue, lang: Lang, doc?: unknown): string {
  const t = BY_LANG[lang].issues;
  const row = rowIssueText(issue, lang);
  if (row !== undefined) return row;
  if (!isCode(issue.code)) return t.other(issue.code, issue.message);
  const parsed = ISSUE_PARAMS[issue.code].safeParse(issue.params ?? {});
  // NOTE: a schema issue without parameters (from an older client) is still worded by the field it concerns.
  const params = parsed.success ? parsed.data : issue.code === 'schema' ? { zod: 'custom' } : undefined;
  if (params === undefined) return t.other(issue.code, issue.message);
  const labels = doc === undefined ? new Map<string, string>() : labelsIn(doc);
  const last = issue.path.findLast((p) => typeof p === 'string');
  const at: IssueAt = {
    who: (id) => `“${labels.get(id) ?? id}”`,
    field: typeof last === 'string' ? last : undefined,
  };
  const text = t[issue.code] as (p: unknown, at: IssueAt) => string;
  return text(params, at);
}
