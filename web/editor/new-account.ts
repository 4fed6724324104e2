/**
 * Building new accounts for the editor: the rule lives in the engine (src/engine/from-catalog.ts) so the editor,
 * the survey and the importer share it; this file re-exports it for the editor's forms.
 */
export {
  addFromCatalog,
  defaultChoices,
  defaultSlotAccount,
  KIND_CAPABILITIES,
  type NewAccountSpec,
  type Slot,
  type SlotChoice,
  slotCandidates,
  slotKind,
  slotProvider,
  type TemplateChoice,
  templateWay,
} from '../../src/engine/from-catalog.js';
