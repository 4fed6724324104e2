/** What the editor's forms get from main.ts: the map, the language, and the ways to change the page state. */
import type { Lang } from '../../src/engine/describe.js';
import type { BindingMap, Issue } from '../../src/model/index.js';

export interface EditContext {
  /**
   * The map as it is now (the present of the undo history). A live value: handlers read it when they run,
   * so an edit made since the form was drawn (a text field commits without redrawing) is never undone.
   */
  readonly map: BindingMap;
  lang: Lang;
  /** Warnings of the present map (unreachable accounts, ways that need their own account). */
  warnings: readonly Issue[];
  /** Validates a candidate map: its errors (none when it is valid). */
  check(candidate: BindingMap): Issue[];
  /**
   * Records a candidate as the new present (undoable, autosaved) when it validates, and returns null; else
   * records nothing and returns its errors, for the form to show beside its fields. `announce` is read out;
   * `quiet` (a text field's change) leaves the panel as it is, so focus and the next click stay where they are.
   */
  commit(candidate: BindingMap, opts?: { announce?: string; quiet?: boolean }): Issue[] | null;
  /** Opens an account in the editor (null: back to the list and the catalog). */
  select(id: string | null): void;
  /** Switches to the ban simulation of an account. */
  simulate(id: string): void;
  /** Asks to delete an account (a confirmation says what goes with it). */
  requestDelete(id: string): void;
}
