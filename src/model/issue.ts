/** @module Validation problems and explanations share one shape: a JSON path, a stable code and a message. */
import { z } from 'zod';

export const PathSchema = z.array(z.union([z.string(), z.number()]));
export type JsonPath = z.infer<typeof PathSchema>;

export const IssueSchema = z.strictObject({
  code: z.string(),
  path: PathSchema,
  message: z.string(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const ValidationSchema = z.strictObject({
  ok: z.boolean(),
  errors: z.array(IssueSchema),
  warnings: z.array(IssueSchema),
});
export type Validation = z.infer<typeof ValidationSchema>;

/** Formats a JSON path the way people read it: `accounts[4].ways[0].requires[0]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(root)' : out;
}
