/**
 * @module Validation issues in words a person reads, in Chinese or English, by issue code and the field the
 * path ends at, naming accounts by their labels (read from the document the issue is about). The engine's own
 * messages are English and name ids; the web editor shows these instead, next to the field concerned.
 */
import type { Issue } from '../model/index.js';
import type { Lang } from './describe.js';

type Doc = unknown;

/** The value at a JSON path inside a document, or undefined. */
export function valueAt(doc: Doc, path: readonly (string | number)[]): unknown {
  let v: unknown = doc;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.hasOwn(v, p)) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The label of the account with this id in the document (else the id itself). */
function labelIn(doc: Doc, id: string): string {
  const accounts = valueAt(doc, ['accounts']);
  if (Array.isArray(accounts))
    for (const a of accounts) if (str(valueAt(a, ['id'])) === id) return str(valueAt(a, ['label'])) ?? id;
  return id;
}

/** The capabilities the engine's message lists ("… provides access, oauth"), else "". */
function provided(message: string): string {
  return /provides (.*)$/.exec(message)?.[1] ?? '';
}

/** Messages of `schema` issues by the name of the field they concern. */
const FIELD: Record<string, Record<Lang, string>> = {
  label: { zh: '名称不能为空，最多 200 个字', en: 'The name must not be empty (at most 200 characters)' },
  title: { zh: '标题最多 200 个字', en: 'The title can have at most 200 characters' },
  notes: { zh: '备注最多 10000 个字', en: 'Notes can have at most 10,000 characters' },
  value: { zh: '金额必须是不小于 0 的数字', en: 'The value must be a number, 0 or more' },
  currency: {
    zh: '币种要用三个大写字母的代码，例如 CNY、USD',
    en: 'The currency must be a three-letter code such as CNY or USD',
  },
  kind: { zh: '不认识的类型', en: 'Unknown kind' },
  purpose: { zh: '只能是“登录”或“找回”', en: 'Must be “log in” or “recover”' },
};

const NAME: Record<Lang, string> = {
  zh: '只能用 1 到 64 个英文字母、数字或 _ . : -，且不能是保留字',
  en: 'Use 1 to 64 letters, digits or _ . : - (and not a reserved word)',
};

/** The message of one issue in a language; `doc` is the document it was found in (for labels and values). */
export function issueText(issue: Issue, lang: Lang, doc?: Doc): string {
  const path = issue.path;
  const last = path.at(-1);
  const field = typeof last === 'number' ? path.at(-2) : last;
  const zh = lang === 'zh';
  switch (issue.code) {
    case 'schema': {
      const known = typeof field === 'string' ? FIELD[field] : undefined;
      if (known) return known[lang];
      if (
        field === 'id' ||
        field === 'account' ||
        field === 'capability' ||
        field === 'capabilities' ||
        field === 'needs'
      )
        return NAME[lang];
      return zh ? '格式不对' : issue.message;
    }
    case 'unknown_field':
      return zh ? `不认识的字段 ${String(last)}` : issue.message;
    case 'duplicate_id':
      return zh ? `ID ${str(valueAt(doc, path)) ?? ''} 重复了` : issue.message;
    case 'unknown_account': {
      const id = str(valueAt(doc, path)) ?? '';
      return zh ? `引用了不存在的账户 ${id}` : `refers to an account that does not exist: ${id}`;
    }
    case 'unknown_capability': {
      const caps = provided(issue.message);
      if (field === 'capability') {
        const req = valueAt(doc, path.slice(0, -1));
        const id = str(valueAt(req, ['account'])) ?? '';
        const cap = str(valueAt(req, ['capability'])) ?? '';
        const who = labelIn(doc, id);
        return zh
          ? `需要“${who}”的 ${cap}，但它只提供 ${caps}`
          : `needs ${cap} of “${who}”, which provides only ${caps}`;
      }
      const cap = field === 'needs' ? str(valueAt(doc, path)) : String(last);
      return zh
        ? `用到了 ${cap ?? ''}，但这个账户只提供 ${caps}`
        : `uses ${cap ?? ''}, but this account provides only ${caps}`;
    }
    case 'days_not_increasing':
      return zh ? '这一步的天数必须比上一步大' : 'this step must come on a later day than the step before';
    case 'unknown_preset':
      return zh ? '不认识的封禁预设' : issue.message;
    case 'unknown_provider':
      return zh ? '不认识的服务商，功能按填写的处理' : issue.message;
    case 'self_requirement':
      return zh
        ? '这条途径需要账户自己，永远走不通'
        : 'this way needs the account itself, so it can never be the way in';
    case 'unreachable':
      return zh
        ? '还没封号就进不去：没有一条途径能在不依赖自己的情况下走通'
        : 'locked out even before any ban: no way in works without depending on itself';
    default:
      return zh ? '有问题' : issue.message;
  }
}
