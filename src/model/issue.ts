/**
 * @module Validation problems and explanations share one shape, modelled on zod's issues: a JSON path, a stable
 * code, structured parameters, and a default English message. Text in any language is made from the code and
 * the parameters (src/text), never by reading the message.
 */
import { z } from 'zod';

export const PathSchema = z.array(z.union([z.string(), z.number()]));
export type JsonPath = z.infer<typeof PathSchema>;

/** A parameter of an issue: an id, a number, a flag or a list of ids. */
export const IssueParamSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const IssueSchema = z.strictObject({
  code: z.string(),
  path: PathSchema,
  message: z.string(),
  params: z.record(z.string(), IssueParamSchema).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const ValidationSchema = z.strictObject({
  ok: z.boolean(),
  errors: z.array(IssueSchema),
  warnings: z.array(IssueSchema),
});
export type Validation = z.infer<typeof ValidationSchema>;

/** Where an unknown capability was named. */
export const CapabilityUseSchema = z.enum(['requirement', 'ban', 'capabilityWays', 'asset', 'hold']);

/**
 * The parameters of each validation code the engine raises. `schema` carries zod's own code and fields
 * (`expected`, `maximum`, `values` …); the others name the ids concerned.
 */
export const ISSUE_PARAMS = {
  schema: z.strictObject({
    zod: z.string(),
    expected: z.string().optional(),
    origin: z.string().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    format: z.string().optional(),
    values: z.array(z.string()).optional(),
  }),
  unknown_field: z.strictObject({ field: z.string() }),
  duplicate_id: z.strictObject({ id: z.string(), of: z.enum(['account', 'scenario', 'timeline']) }),
  unknown_account: z.strictObject({
    account: z.string(),
    in: z.enum(['requirement', 'ban', 'hold', 'knows', 'timeline']),
  }),
  unknown_capability: z.strictObject({
    account: z.string(),
    capability: z.string(),
    provides: z.array(z.string()),
    in: CapabilityUseSchema,
  }),
  unknown_preset: z.strictObject({ preset: z.string(), presets: z.array(z.string()) }),
  unknown_provider: z.strictObject({ provider: z.string(), listed: z.boolean() }),
  self_requirement: z.strictObject({ account: z.string() }),
  unreachable: z.strictObject({ account: z.string() }),
  days_not_increasing: z.strictObject({ day: z.number(), before: z.number() }),
  ban_without_capability: z.strictObject({ text: z.string() }),
  unknown_timeline: z.strictObject({ timeline: z.string(), timelines: z.array(z.string()) }),
  unknown_timeline_preset: z.strictObject({ preset: z.string(), presets: z.array(z.string()) }),
  wrong_kind: z.strictObject({
    preset: z.string(),
    account: z.string(),
    kind: z.string(),
    kinds: z.array(z.string()),
  }),
  timeline_choice: z.strictObject({ problem: z.enum(['both', 'neither', 'no_account']) }),
  /** A risk report past the engine's work budget: which limit (`max` accounts for `accounts`), at which order. */
  too_complex: z.strictObject({
    order: z.number(),
    reason: z.enum(['work', 'sets', 'accounts', 'recommendations']),
    max: z.number(),
  }),
};
export type IssueCode = keyof typeof ISSUE_PARAMS;
export type IssueParams<C extends IssueCode> = z.infer<(typeof ISSUE_PARAMS)[C]>;
/** Why a risk report is too complex: too many steps, cut sets, accounts, or steps valuing the recommendations. */
export type TooComplexReason = IssueParams<'too_complex'>['reason'];

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
