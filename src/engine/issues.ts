/**
 * @module Making banradius issues: from a code and its structured parameters (the default English message comes
 * from src/text), and the one converter from zod's issues, which gives an unknown field an issue of its own
 * whose path ends at the field (`accounts[0].colour`).
 */
import type { z } from 'zod';
import type { Issue, IssueCode, IssueParams, JsonPath } from '../model/index.js';
import { issueMessage } from '../text/index.js';

/** An issue with its parameters and default English message. */
export function makeIssue<C extends IssueCode>(code: C, path: JsonPath, params: IssueParams<C>): Issue {
  return { code, path, message: issueMessage(code, params), params: params as Issue['params'] };
}

type ZodIssue = z.core.$ZodIssue;

/** zod's structured fields of an issue, as the parameters of a `schema` issue. */
function schemaParams(i: ZodIssue): IssueParams<'schema'> {
  const p: IssueParams<'schema'> = { zod: i.code };
  if (i.code === 'invalid_type') p.expected = String(i.expected);
  if (i.code === 'too_big' || i.code === 'too_small') p.origin = String(i.origin);
  if (i.code === 'too_big') p.maximum = Number(i.maximum);
  if (i.code === 'too_small') p.minimum = Number(i.minimum);
  if (i.code === 'invalid_format') p.format = String(i.format);
  if (i.code === 'invalid_value')
    p.values = i.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return p;
}

/** zod's issues as banradius issues under `prefix`: `unknown_field` per unknown key, else `schema` with zod's message. */
export function issuesFromZod(error: z.ZodError, prefix: JsonPath = []): Issue[] {
  const out: Issue[] = [];
  for (const i of error.issues) {
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (i.code === 'unrecognized_keys')
      for (const key of i.keys) out.push(makeIssue('unknown_field', [...path, key], { field: key }));
    else out.push({ code: 'schema', path, message: i.message, params: schemaParams(i) as Issue['params'] });
  }
  return out;
}
