/** @module The result of a timeline (DESIGN §4c): per step the impact of its bans and the takeover of its holds. */
import { z } from 'zod';
import { ImpactSchema } from './impact.js';
import { IdSchema, TimelineSchema } from './map.js';
import { TakeoverSchema } from './takeover.js';

export const TimelineStepResultSchema = z.strictObject({
  day: z.number().int().nonnegative(),
  label: z.string(),
  source: z.string().optional(),
  impact: ImpactSchema.describe('The impact of the bans in force from this day on'),
  takeover: TakeoverSchema.describe('What a stranger holding the holds in force from this day on gets into'),
  newlyCut: z
    .array(IdSchema)
    .describe('Accounts cut off at this step that were not cut off at the step before'),
  newlyTaken: z
    .array(IdSchema)
    .describe('Accounts a stranger holds or takes at this step that were safe at the step before'),
  actBefore: z
    .array(IdSchema)
    .describe('Accounts that still work for the owner before this step and are cut off or taken at it'),
});
export type TimelineStepResult = z.infer<typeof TimelineStepResultSchema>;

export const TimelineResultSchema = z
  .strictObject({
    timeline: TimelineSchema.describe('The timeline that was run (a preset built for its account)'),
    steps: z.array(TimelineStepResultSchema),
  })
  .describe('What happens when (DESIGN §4c): each step against the one before (the first against no ban)');
export type TimelineResult = z.infer<typeof TimelineResultSchema>;
