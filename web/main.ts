/**
 * Start-up of the web UI: read the launch token, reach the local store, build the store with the example map,
 * mount every panel (each subscribes to the state it shows), wire the keyboard, and open the last stored map.
 * Panels live in feature folders (see web/README.md); actions change the state only through the store.
 */
import './shell/styles.js';
import { emptyAnswers } from '../src/engine/survey.js';
import { parseMap } from '../src/engine/validate.js';
import { deleteSelection, present, redoEdit, undoEdit } from './editor/document.js';
import { mountEditBar } from './editor/edit-bar.js';
import { startHistory } from './editor/history.js';
import { mountAccountSearch } from './graph/account-search.js';
import { mountGraphView } from './graph/graph-view.js';
import { mountAccessBanner } from './maps/access-banner.js';
import { createAutosave } from './maps/autosave.js';
import { mountMapControls } from './maps/header.js';
import { exampleMap } from './maps/map-source.js';
import { lastMap, openStored } from './maps/open.js';
import { mountSaveStatus, onSaved, renderSave } from './maps/saving.js';
import { mountRiskView } from './risk/risk-view.js';
import { ApiError, createApiClient, type MapSummary, takeToken } from './shell/api-client.js';
import { initialLang } from './shell/i18n.js';
import { mountSheet } from './shell/sheet.js';
import { wireShortcuts } from './shell/shortcuts.js';
import { mountSidePanel, renderPanel } from './shell/side-panel.js';
import type { Access, App, AppState } from './shell/state.js';
import { createStore } from './shell/store.js';
import { mountViews } from './shell/views.js';
import { clearSimulation } from './simulate/actions.js';
import { mountTable } from './simulate/table-panel.js';
import { mountSurvey } from './survey/survey-panel.js';

/** The state of a page that shows the example, before anything else is known. */
function initialState(access: Access, stored: MapSummary[] | null): AppState {
  const map = exampleMap();
  if (!parseMap(map).ok) throw new Error('the example does not validate');
  const blank = {
    lang: initialLang(),
    history: startHistory(map),
    opened: 0,
    olderRevision: null,
    source: { kind: 'example' },
    fromExample: false,
    bans: [],
    scenarioId: null,
    selected: null,
    view: 'graph',
    mode: 'simulate',
    linkMode: false,
    picker: { query: '', provider: null },
    access,
    stored,
    save: { kind: 'off' },
    holder: null,
    takeover: null,
    timeline: null,
    survey: { step: 0, answers: emptyAnswers(initialLang()) },
  } as const;
  return { ...blank, ...present(blank as unknown as AppState, map) } as AppState;
}

/** Reads the stored maps with the launch token: the list, or why the store cannot be reached. */
async function reachStore(token: string | null): Promise<{ access: Access; stored: MapSummary[] | null }> {
  if (!token) return { access: 'no-token', stored: null };
  try {
    return { access: 'ok', stored: await createApiClient(token).listMaps() };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return { access: e.status === 401 || e.status === 403 ? 'bad-token' : 'unreachable', stored: null };
  }
}

function wireKeys(app: App): void {
  wireShortcuts({
    undo: () => undoEdit(app),
    redo: () => redoEdit(app),
    deleteSelection: () => deleteSelection(app),
    escape: () => {
      const state = app.store.get();
      if (state.selectedLink) {
        app.store.set({ selectedLink: null });
        return true;
      }
      if (state.bans.length > 0 || state.selected) {
        clearSimulation(app);
        return true;
      }
      return false;
    },
  });
  window.addEventListener('beforeunload', (event) => {
    // Edits not yet in the store: let the browser ask before they are lost.
    if (app.autosave.dirty()) event.preventDefault();
  });
}

async function boot(): Promise<void> {
  const token = takeToken();
  const { access, stored } = await reachStore(token);
  const api = token && access === 'ok' ? createApiClient(token) : null;
  const store = createStore(initialState(access, stored));
  const app: App = {
    store,
    api: token ? createApiClient(token) : null,
    graph: null,
    // The store is there when the list of maps can be read; without it, edits stay in the page.
    autosave: createAutosave({
      api,
      onState: (save) => store.set({ save }),
      onSaved: (rec) => onSaved(app, rec),
    }),
  };
  store.set({ save: app.autosave.state() });
  mountViews(app);
  mountAccessBanner(app);
  mountMapControls(app);
  mountEditBar(app);
  mountSaveStatus(app);
  mountGraphView(app);
  mountAccountSearch(app);
  mountSidePanel(app);
  mountSheet(app);
  mountTable(app);
  mountRiskView(app);
  mountSurvey(app);
  renderSave(app);
  renderPanel(app);
  wireKeys(app);
  const last = lastMap();
  if (last && stored?.some((m) => m.id === last)) await openStored(app, last);
  performance.mark('br-graph-drawn');
}

void boot();
