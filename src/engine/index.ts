/** @module The pure engine: compile a validated map, propagate bans, explain the impact, validate input. */

export { accountGraph } from './account-graph.js';
export { parseBanText, parseHoldText } from './ban-text.js';
export { applyPresetLose, banLoses, expandBans, lostSlots } from './bans.js';
export { baseline } from './baseline.js';
export { type Compiled, capabilitiesOf, compile, slotOf } from './compile.js';
export {
  addAccount,
  addRequirement,
  addWay,
  type DeleteEffects,
  deleteAccount,
  deleteEffects,
  newAccountId,
  removeRequirement,
  removeWay,
  replaceWay,
  setAssets,
  setField,
  setTitle,
  setWays,
  slug,
  updateAccount,
  type WayList,
  type WayRef,
  waysOf,
} from './edit.js';
export { becauseOf, causesOf } from './explain.js';
export {
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
  exportMap,
} from './export.js';
export {
  type AddProviderOptions,
  addFromCatalog,
  addProvider,
  defaultChoices,
  defaultSlotAccount,
  defaultSlotLabel,
  KIND_CAPABILITIES,
  type NewAccountSpec,
  type Slot,
  type SlotChoice,
  slotCandidates,
  slotKind,
  slotProvider,
  type TemplateChoice,
  templateWay,
} from './from-catalog.js';
export { type ImpactView, impact, impactView, statusOf } from './impact.js';
export {
  buildImport,
  type ImportOptions,
  type ImportOutcome,
  importErrorText,
  importExport,
  parseExport,
  planImport,
  skipText,
} from './import/index.js';
export { issueText, valueAt } from './issue-text.js';
export { issuesFromZod, makeIssue } from './issues.js';
export { compareTotalsDesc, decimals, MoneySum } from './money.js';
export { type Availability, propagate, type Seed } from './propagate.js';
export { asciiDigits, type RedactOptions, redactMap, redactText } from './redact.js';
export { type RiskOptions, risk } from './risk.js';
export { riskMarkdown } from './risk-markdown.js';
export { targetRisk } from './risk-target.js';
export { parseMapBytes } from './scan-parse.js';
export { KIND_COLORS, type MapSvg, mapSvg } from './svg.js';
export { expandHolds, takeover, takeoverSeed } from './takeover.js';
export { MAX_FIXES_VALUED, takeoverRanking } from './takeover-risk.js';
export { cleanText, markdownText, xmlText } from './text-escape.js';
export { resolveTimeline, runTimeline, type TimelineChoice } from './timeline.js';
export { maxAccounts, TooComplexError } from './too-complex.js';
export {
  type CapsLookup,
  capsLookup,
  checkBans,
  checkHolds,
  checkKnows,
  type ParseResult,
  parseMap,
  validate,
} from './validate.js';
