/**
 * @module Timelines (DESIGN §4c): a timeline of the map or a catalog preset built for one account, and its result
 * step by step: the impact of the bans and the takeover of the holds in force from each day on, what is newly
 * cut off or taken, and what to move before each step. Every step is computed on its own (steps are not
 * cumulative), so a step can lift a ban.
 */
import { allTimelinePresets, getTimelinePreset } from '../catalog/timelines.js';
import type {
  Ban,
  BindingMap,
  Hold,
  Impact,
  Issue,
  Takeover,
  Timeline,
  TimelineResult,
  TimelineStepResult,
} from '../model/index.js';
import type { Lang } from '../text/index.js';
import { type Compiled, capabilitiesOf } from './compile.js';
import { impact } from './impact.js';
import { makeIssue } from './issues.js';
import { takeover } from './takeover.js';

/** Which timeline to run: one of the map's (`timeline`), or a catalog preset built for `account`. */
export interface TimelineChoice {
  timeline?: string | undefined;
  preset?: string | undefined;
  account?: string | undefined;
}

/** Builds a catalog timeline preset for one account of the map (the preset and account are checked). */
function buildPreset(map: BindingMap, presetId: string, accountId: string, lang: Lang): Timeline | Issue {
  const preset = getTimelinePreset(presetId);
  if (!preset) {
    const presets = allTimelinePresets().map((t) => t.id);
    return makeIssue('unknown_timeline_preset', ['preset'], { preset: presetId, presets });
  }
  const account = map.accounts.find((a) => a.id === accountId);
  if (!account) return makeIssue('unknown_account', ['account'], { account: accountId, in: 'timeline' });
  if (!preset.kinds.includes(account.kind))
    return makeIssue('wrong_kind', ['account'], {
      preset: presetId,
      account: accountId,
      kind: account.kind,
      kinds: [...preset.kinds],
    });
  const caps = capabilitiesOf(account);
  return {
    id: preset.id,
    label: `${preset.names[lang]}: ${account.label}`,
    steps: preset.steps.map((step) => {
      const bans: Ban[] = step.bans.flatMap((b) =>
        b.provider === undefined
          ? [{ account: account.id, preset: b.preset }]
          : map.accounts
              .filter((a) => a.provider === b.provider)
              .map((a) => ({ account: a.id, preset: b.preset })),
      );
      const holds: Hold[] = step.holds.flatMap((h) => {
        if (h.capabilities === undefined) return [{ account: account.id }];
        const have = h.capabilities.filter((cap) => caps.includes(cap));
        return have.length > 0 ? [{ account: account.id, capabilities: have }] : [];
      });
      return {
        day: step.day,
        label: step.names[lang],
        source: step.source,
        ...(bans.length > 0 ? { bans } : {}),
        ...(holds.length > 0 ? { holds } : {}),
      };
    }),
  };
}

/**
 * The timeline a choice names, for a validated map: its own timeline by id, or a preset built for an account
 * (labels in `lang`). Bad choices give issues whose paths name the field of the choice.
 */
export function resolveTimeline(
  map: BindingMap,
  choice: TimelineChoice,
  lang: Lang = 'zh',
): { ok: true; timeline: Timeline } | { ok: false; errors: Issue[] } {
  const { timeline, preset, account } = choice;
  if ((timeline === undefined) === (preset === undefined)) {
    const problem = timeline === undefined ? 'neither' : 'both';
    return { ok: false, errors: [makeIssue('timeline_choice', ['timeline'], { problem })] };
  }
  if (timeline !== undefined) {
    const found = (map.timelines ?? []).find((t) => t.id === timeline);
    if (found) return { ok: true, timeline: found };
    const timelines = (map.timelines ?? []).map((t) => t.id);
    return { ok: false, errors: [makeIssue('unknown_timeline', ['timeline'], { timeline, timelines })] };
  }
  if (account === undefined)
    return { ok: false, errors: [makeIssue('timeline_choice', ['account'], { problem: 'no_account' })] };
  const built = buildPreset(map, preset!, account, lang);
  return 'steps' in built ? { ok: true, timeline: built } : { ok: false, errors: [built] };
}

const WORKS = new Set(['ok', 'partial', 'degraded']);

/** Compares one step with the step before (null: before the first step, when nothing is banned or held). */
function compareSteps(
  c: Compiled,
  before: { impact: Impact; takeover: Takeover } | null,
  now: { impact: Impact; takeover: Takeover },
): Pick<TimelineStepResult, 'newlyCut' | 'newlyTaken' | 'actBefore'> {
  const newlyCut: string[] = [];
  const newlyTaken: string[] = [];
  const actBefore: string[] = [];
  for (const a of c.order) {
    const id = c.ids[a]!;
    const impactNow = now.impact.accounts[id]!.status;
    const takenNow = now.takeover.accounts[id]!.status;
    const wasCut = before !== null && before.impact.accounts[id]!.status === 'cut';
    const hadIt = before !== null && before.takeover.accounts[id]!.status !== 'safe';
    const worked =
      before === null ? impactNow !== 'unreachable' : WORKS.has(before.impact.accounts[id]!.status);
    if (impactNow === 'cut' && !wasCut) newlyCut.push(id);
    if (takenNow !== 'safe' && !hadIt) newlyTaken.push(id);
    if (worked && !hadIt && (impactNow === 'cut' || takenNow === 'taken')) actBefore.push(id);
  }
  return { newlyCut, newlyTaken, actBefore };
}

/** Runs a validated timeline on a compiled map: every step's impact and takeover, and what changed. */
export function runTimeline(c: Compiled, timeline: Timeline): TimelineResult {
  let before: { impact: Impact; takeover: Takeover } | null = null;
  const steps: TimelineStepResult[] = [];
  for (const step of timeline.steps) {
    const now = { impact: impact(c, step.bans ?? []), takeover: takeover(c, step.holds ?? []) };
    steps.push({
      day: step.day,
      label: step.label,
      ...(step.source !== undefined ? { source: step.source } : {}),
      ...now,
      ...compareSteps(c, before, now),
    });
    before = now;
  }
  return { timeline, steps };
}
