/** The catalog picker's state and props, shared by the search, the provider form and the custom form. */
import type { EditContext } from './context.js';

/** What the picker shows: the search (with its query), a provider's form, or the custom account form. */
export interface PickerState {
  query: string;
  provider: string | null;
}

export interface PickerProps {
  ctx: EditContext;
  state: PickerState;
  onState(state: PickerState): void;
  /** After an account was added, with its id. */
  onAdded(id: string): void;
}

/** A slot choice meaning "make a new account for it". */
export const NEW = '__new__';
/** The picker's provider when the person makes a custom account. */
export const CUSTOM = '__custom__';
