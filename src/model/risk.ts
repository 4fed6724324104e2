/** @module The risk report (DESIGN §4): blast radius, cut sets, ranked recommendations, exposure. */
import { z } from 'zod';
import { TotalsSchema } from './impact.js';
import { IdSchema } from './map.js';
import { ViaSchema } from './takeover.js';

/** What the full ban of one account does: the counts and money lost of `impact` with that single ban. */
export const BlastRadiusSchema = z
  .strictObject({
    account: IdSchema,
    cut: z.number().int(),
    partial: z.number().int(),
    degraded: z.number().int(),
    lost: TotalsSchema,
  })
  .describe('The full ban of `account`: accounts cut off, partial, degraded, and money lost per currency');
export type BlastRadius = z.infer<typeof BlastRadiusSchema>;

/** Minimal cut sets of one account: sorted ids, sorted lists. */
export const CutSetsSchema = z
  .strictObject({
    spof: z.array(IdSchema).describe('Accounts whose single full ban cuts this one off'),
    pairs: z
      .array(z.tuple([IdSchema, IdSchema]))
      .describe('Pairs whose joint full ban cuts this one off when neither alone does (empty with order 1)'),
    triples: z
      .array(z.tuple([IdSchema, IdSchema, IdSchema]))
      .optional()
      .describe('Triples that cut this one off when no smaller subset does (order 3 only)'),
  })
  .describe('Minimal cut sets of an account reachable at baseline');
export type CutSets = z.infer<typeof CutSetsSchema>;

/** Importance in words (DESIGN §4): how many of an account's minimal cut sets hold each other account. */
export const ImportanceSchema = z
  .strictObject({
    sets: z
      .number()
      .int()
      .describe("How many minimal cut sets (of at most the report's order) the account has"),
    members: z
      .array(
        z.strictObject({
          account: IdSchema,
          sets: z.number().int().describe('How many of those cut sets hold this account'),
        }),
      )
      .describe('Every account in some of those cut sets: in the most sets first, then by id'),
  })
  .describe('"QQ Mail is in 7 of the 9 ways you can lose Apple ID": `members[i].sets` of `sets`');
export type Importance = z.infer<typeof ImportanceSchema>;

/** The accounts that appear in the most cut sets of other accounts, over the whole map. */
export const OverallImportanceSchema = z
  .strictObject({
    account: IdSchema,
    sets: z.number().int().describe('Minimal cut sets of other accounts that hold it, summed over accounts'),
    accounts: z.number().int().describe('Accounts with at least one minimal cut set that holds it'),
  })
  .describe('One account and how much of the map its ban can help cut off');
export type OverallImportance = z.infer<typeof OverallImportanceSchema>;

/** An action: add a way into `account` that does not depend on `avoid`. */
export const RecommendationSchema = z
  .strictObject({
    account: IdSchema.describe('The account to add a way into'),
    avoid: IdSchema.describe('The single point of failure the new way must not depend on'),
    protects: TotalsSchema.describe('Money that the ban of `avoid` would no longer lose, per currency'),
    saves: z.array(IdSchema).describe('Accounts the ban of `avoid` would no longer cut off'),
    text: z.string().describe('The action as an English sentence'),
    textZh: z.string().optional().describe('The action as a Chinese sentence'),
  })
  .describe('A new way into an account that avoids a single point of failure, valued by what it saves');
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** An action that closes a takeover path: stop `account` from letting a stranger in by `way` alone. */
export const TakeoverFixSchema = z
  .strictObject({
    account: IdSchema.describe('The account whose way lets the stranger in'),
    way: ViaSchema.describe('The way to turn off or to give a password'),
    protects: TotalsSchema.describe('Money the stranger would no longer reach, per currency'),
    saves: z.array(IdSchema).describe('Accounts the stranger would no longer take, sorted'),
    text: z.string().describe('The action as an English sentence'),
    textZh: z.string().describe('The action as a Chinese sentence'),
  })
  .describe('Close a way that opens to whoever holds the number or mailbox (turn it off, or add a password)');
export type TakeoverFix = z.infer<typeof TakeoverFixSchema>;

/** What a stranger holding one phone or email account whole takes (DESIGN §4b). */
export const RiskTakeoverSchema = z
  .strictObject({
    account: IdSchema.describe('The phone or email account the stranger holds whole'),
    taken: z.array(IdSchema).describe('Accounts the stranger gets into, sorted'),
    exposed: TotalsSchema.describe('Money in the held and taken accounts that the stranger reaches'),
    fixes: z
      .array(TakeoverFixSchema)
      .describe('By money protected desc, then accounts saved desc, then account id'),
  })
  .describe('A recycled number or a leaked mailbox: what its new holder takes');
export type RiskTakeover = z.infer<typeof RiskTakeoverSchema>;

export const RiskSchema = z
  .strictObject({
    blastRadius: z
      .array(BlastRadiusSchema)
      .describe('Every account reachable at baseline, by money lost desc, then accounts cut desc, then id'),
    accounts: z.record(IdSchema, CutSetsSchema).describe('Cut sets of every account reachable at baseline'),
    recommendations: z
      .array(RecommendationSchema)
      .describe('By money protected desc, then accounts saved desc, then assets saved desc, then ids'),
    importance: z
      .strictObject({
        accounts: z
          .record(IdSchema, ImportanceSchema)
          .describe('For every account reachable at baseline, which accounts its cut sets hold most'),
        overall: z
          .array(OverallImportanceSchema)
          .describe('Accounts in some cut set of another, by `sets` desc, then `accounts` desc, then id'),
      })
      .describe('Importance of each account in the cut sets (DESIGN §4)'),
    exposure: z
      .strictObject({
        accounts: z
          .number()
          .describe('Share (0..1) of reachable accounts that the ban of some other account cuts off'),
        value: TotalsSchema.describe(
          'Per currency, share (0..1) of the value of assets available at baseline that the ban of some account other than their own loses',
        ),
      })
      .describe('How much of the map some single full ban can take away'),
    takeover: z
      .array(RiskTakeoverSchema)
      .optional()
      .describe('Every phone and email account, by money exposed desc, then accounts taken desc, then id'),
  })
  .describe('The risk report of a map before any ban (DESIGN §4); every ban is a full ban');
export type Risk = z.infer<typeof RiskSchema>;

export const RiskOrderSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type RiskOrder = z.infer<typeof RiskOrderSchema>;

/** "How can I lose X?": the cut sets of one account only, computed from what that account needs. */
export const TargetRiskSchema = z
  .strictObject({
    target: IdSchema,
    order: RiskOrderSchema.describe('The largest cut-set order computed'),
    reachable: z
      .boolean()
      .describe('Whether the account has a capability with no ban; when false it has no cut sets'),
    cutSets: CutSetsSchema,
    importance: ImportanceSchema,
  })
  .describe(
    "The minimal cut sets of one account and the accounts they hold most (the fault tree's question)",
  );
export type TargetRisk = z.infer<typeof TargetRiskSchema>;
