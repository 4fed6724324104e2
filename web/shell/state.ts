/**
 * The page's state (one object in the store) and the app context that actions receive: the store, the API
 * client and the autosaver, and the graph currently drawn. Derived fields (compiled map, baseline, graph data)
 * are computed by `present` in editor/document.ts whenever the map changes, never by a panel.
 */
import type { Compiled } from '../../src/engine/compile.js';
import type {
  Ban,
  BindingMap,
  Impact,
  Issue,
  Risk,
  Takeover,
  TimelineResult,
} from '../../src/model/index.js';
import type { Lang } from '../../src/text/index.js';
import type { PickerState } from '../editor/catalog-picker.js';
import type { History } from '../editor/history.js';
import type { GraphHandle } from '../graph/graph.js';
import type { GraphData, LinkRef } from '../graph/graph-data.js';
import type { Autosave, SaveState } from '../maps/autosave.js';
import type { Source } from '../maps/map-banner.js';
import type { SurveyState } from '../survey/survey-state.js';
import type { ApiClient, MapSummary } from './api-client.js';
import type { Store } from './store.js';

export type View = 'graph' | 'table' | 'risk' | 'survey';
export type Mode = 'edit' | 'simulate';
/** Whether the page reaches the local store: no token in the URL, a token the server refused, or connected. */
export type Access = 'no-token' | 'bad-token' | 'unreachable' | 'ok';

export interface AppState {
  lang: Lang;
  /** The present of `history`. */
  map: BindingMap;
  history: History;
  /** The stored version undo goes back to once the history is empty (after a reload), or null. */
  olderRevision: number | null;
  /** Bumped each time another map is opened (the graph is drawn afresh and fitted, not updated). */
  opened: number;
  source: Source;
  /** The open map is the person's copy of the example (the banner says so). */
  fromExample: boolean;
  compiled: Compiled;
  /** Impact of no ban: baseline capabilities and unreachable accounts. */
  baseline: Impact;
  warnings: Issue[];
  graph: GraphData;
  bans: Ban[];
  scenarioId: string | null;
  result: Impact | null;
  selected: string | null;
  selectedLink: LinkRef | null;
  view: View;
  mode: Mode;
  linkMode: boolean;
  picker: PickerState;
  risk: Risk | 'computing' | 'unavailable' | null;
  access: Access;
  /** The stored maps, or null without a store. */
  stored: MapSummary[] | null;
  save: SaveState;
  /** The phone or mailbox a stranger is simulated to hold whole (web/takeover), or null. */
  holder: string | null;
  /** What that stranger gets into, or null with no holder. */
  takeover: Takeover | null;
  /** The map's timeline shown step by step (web/takeover), or null. */
  timeline: { id: string; step: number; result: TimelineResult } | null;
  /** The guided survey's step and answers (web/survey). */
  survey: SurveyState;
}

/** What every action and panel gets: the store and the page's services. */
export interface App {
  store: Store<AppState>;
  api: ApiClient | null;
  autosave: Autosave;
  /** The graph drawn now (set by graph/graph-view.ts), for focus and zoom. */
  graph: GraphHandle | null;
}
