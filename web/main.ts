/**
 * Entry of the web UI. Owns the page state (the open map and its undo history, where it is stored, the
 * simulated bans and their impact, the selected account or link, the view, the panel's mode, the language)
 * and re-renders the parts that depend on what changed. The engine runs here, in the browser, so a ban
 * re-colours the graph at once and every edit is validated before it is recorded; api-client.ts does the HTTP
 * and autosave.ts the saving.
 */
import './shell/styles.js';
// Engine modules are imported one by one (not through its index) so the risk analysis can load on first use.
import type { Compiled } from '../src/engine/compile.js';
import { deleteAccount, setTitle } from '../src/engine/edit.js';
import { impact } from '../src/engine/impact.js';
import { issueText } from '../src/engine/issue-text.js';
import { parseMap } from '../src/engine/validate.js';
import type { Ban, BindingMap, Impact, Issue, Risk } from '../src/model/index.js';
import { formatPath } from '../src/model/index.js';
import { accountForm } from './editor/account-form.js';
import { CUSTOM, type PickerState } from './editor/catalog-picker.js';
import type { EditContext } from './editor/context.js';
import { confirmDelete } from './editor/delete-confirm.js';
import { editPanel } from './editor/edit-panel.js';
import { type History, record, redo, startHistory, undo } from './editor/history.js';
import { type GraphHandle, renderGraph } from './graph/graph.js';
import { type GraphData, graphData, type LinkRef, type StatusView } from './graph/graph-data.js';
import { openLinkChooser, removeLink } from './graph/graph-edit.js';
import { legend } from './graph/legend.js';
import { type Autosave, createAutosave, type SaveState } from './maps/autosave.js';
import { mapBanner, type Source } from './maps/map-banner.js';
import { emptyMap, exampleMap, loadMapText } from './maps/map-source.js';
import { renderSaveStatus } from './maps/save-status.js';
import {
  type ApiClient,
  ApiError,
  createApiClient,
  type MapSummary,
  type StoredMap,
  takeToken,
} from './shell/api-client.js';
import { confirmDialog } from './shell/dialog.js';
import { byId, dataText, h, replace } from './shell/dom.js';
import { download } from './shell/download.js';
import { initialLang, type Lang, rememberLang, strings } from './shell/i18n.js';
import { applyStaticText, showAlert } from './shell/page-text.js';
import { wireShortcuts } from './shell/shortcuts.js';
import { simulatePanel } from './simulate/simulate-panel.js';
import { tableView } from './simulate/table-view.js';

type View = 'graph' | 'table' | 'risk';
type Mode = 'edit' | 'simulate';

interface State {
  lang: Lang;
  /** The present of `history`. */
  map: BindingMap;
  history: History;
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
  api: ApiClient | null;
  /** The stored maps, or null without a store. */
  stored: MapSummary[] | null;
  save: SaveState;
}

let state: State;
let autosave: Autosave;
/** Matches when the panel sits below the graph instead of beside it (see styles.css). */
const NARROW = window.matchMedia('(max-width: 900px)');
let graph: GraphHandle | null = null;
const LAST_MAP = 'banradius.lastMap';

const t = () => strings(state.lang);

// ---- the document -------------------------------------------------------------------------------

/** Makes `map` the present: compiles it, recomputes the baseline and any running simulation, redraws. */
function setPresent(map: BindingMap): void {
  const parsed = parseMap(map);
  if (!parsed.ok) throw new Error('setPresent: the map does not validate');
  const baseline = impact(parsed.compiled, []);
  const ids = new Set(map.accounts.map((a) => a.id));
  const caps = new Map(parsed.compiled.ids.map((id, i) => [id, parsed.compiled.caps[i]!] as const));
  const bans = state.bans.filter(
    (b) =>
      ids.has(b.account) && (!Array.isArray(b.lose) || b.lose.every((c) => caps.get(b.account)?.includes(c))),
  );
  state.map = map;
  state.compiled = parsed.compiled;
  state.baseline = baseline;
  state.warnings = parsed.validation.warnings;
  state.graph = graphData(map, baseline);
  state.bans = bans;
  if (state.scenarioId && !map.scenarios?.some((s) => s.id === state.scenarioId)) state.scenarioId = null;
  state.result = bans.length > 0 ? impact(parsed.compiled, bans) : null;
  if (state.selected && !ids.has(state.selected)) state.selected = null;
  state.selectedLink = null;
  state.risk = null;
  graph?.destroy();
  graph = null;
}

/** Opens a map with a fresh history; `target` is where the store has it (null: not stored yet). */
function openMap(
  map: BindingMap,
  source: Source,
  opts: { target?: StoredMap | null; mode?: Mode } = {},
): void {
  const start = performance.now();
  state.history = startHistory(map);
  state.source = source;
  state.fromExample = false;
  state.bans = [];
  state.scenarioId = null;
  state.selected = null;
  state.picker = { query: '', provider: null };
  if (opts.mode) state.mode = opts.mode;
  setPresent(map);
  const target = opts.target ?? null;
  autosave.attach(target ? { id: target.id, etag: target.etag, version: target.version, map } : null);
  if (target) rememberMap(target.id);
  renderAll();
  performance.measure('br-open-map', { start, end: performance.now() });
}

/** Validates a candidate map: its errors, none when it is valid. */
function check(candidate: BindingMap): Issue[] {
  return parseMap(candidate).validation.errors;
}

/**
 * Records an edit when the candidate validates (undoable, autosaved); returns its errors otherwise. A quiet
 * edit (typing in a text field) leaves the panel as it is, so the field keeps its focus and the next click lands.
 */
function commit(candidate: BindingMap, opts: { announce?: string; quiet?: boolean } = {}): Issue[] | null {
  if (candidate === state.map) return null;
  const errors = check(candidate);
  if (errors.length) return errors;
  let next = candidate;
  if (state.source.kind === 'example') {
    // The first edit of the example makes it the person's own copy, saved as a new map.
    const title = `${t().copyPrefix}${state.map.title ?? t().untitled}`;
    state.history = startHistory(setTitle(state.map, title));
    next = setTitle(candidate, title);
    state.source = { kind: 'empty' };
    state.fromExample = true;
  }
  state.history = record(state.history, next);
  setPresent(next);
  autosave.schedule(next);
  renderAfterEdit(opts.quiet === true);
  if (opts.announce) announce(opts.announce);
  return null;
}

function undoEdit(): void {
  const h = undo(state.history);
  if (!h) return;
  state.history = h;
  setPresent(h.present);
  autosave.schedule(h.present);
  renderAfterEdit(false);
}

function redoEdit(): void {
  const h = redo(state.history);
  if (!h) return;
  state.history = h;
  setPresent(h.present);
  autosave.schedule(h.present);
  renderAfterEdit(false);
}

function renderAfterEdit(quiet: boolean): void {
  renderBanner();
  renderEditBar();
  renderGraphView();
  if (!quiet) renderPanel();
  if (state.view === 'table') renderTable();
  if (state.view === 'risk') renderRisk();
}

function announce(text: string): void {
  const note = byId('edit-note');
  note.textContent = '';
  // A fresh text node in the next frame, so the same sentence twice is read twice.
  requestAnimationFrame(() => {
    note.textContent = text;
  });
}

function rememberMap(id: string | null): void {
  try {
    if (id) localStorage.setItem(LAST_MAP, id);
    else localStorage.removeItem(LAST_MAP);
  } catch {
    // Not remembering only means the example opens next time.
  }
}

async function requestDelete(id: string): Promise<void> {
  const account = state.map.accounts.find((a) => a.id === id);
  if (!account || !(await confirmDelete(state.map, id, state.lang))) return;
  if (state.selected === id) state.selected = null;
  commit(deleteAccount(state.map, id), { announce: t().deleted(account.label) });
}

/** Deletes the selected link or the focused (or open) account; false when there is nothing to delete. */
function deleteSelection(): boolean {
  if (state.selectedLink) {
    const candidate = removeLink(state.map, state.selectedLink);
    state.selectedLink = null;
    commit(candidate, { announce: t().linkRemoved });
    return true;
  }
  const active = document.activeElement;
  const node = active instanceof Element ? active.closest('.node') : null;
  const id = node?.getAttribute('data-id') ?? (state.mode === 'edit' ? state.selected : null);
  if (!id || (!node && active !== document.body && !byId('graph').contains(active))) return false;
  void requestDelete(id);
  return true;
}

function editContext(): EditContext {
  return {
    get map() {
      return state.map;
    },
    lang: state.lang,
    warnings: state.warnings,
    check,
    commit,
    select: (id) => {
      state.selected = id;
      graph?.update({ selected: id });
      renderPanel();
      if (id) document.getElementById('account-edit-title')?.focus();
      else document.getElementById('catalog-search')?.focus();
    },
    simulate: (id) => {
      setMode('simulate');
      selectAccount(id);
    },
    requestDelete: (id) => void requestDelete(id),
  };
}

// ---- saving -------------------------------------------------------------------------------------

async function reloadTheirs(): Promise<void> {
  const id = autosave.id();
  if (!state.api || !id) return;
  try {
    const rec = await state.api.getMap(id);
    state.history = record(state.history, rec.map);
    setPresent(rec.map);
    autosave.attach({ id: rec.id, etag: rec.etag, version: rec.version, map: rec.map });
    renderAfterEdit(false);
  } catch {
    showAlert(state.lang, t().apiError, [], 'error');
  }
}

function downloadMine(): void {
  download('banradius-map.json', 'application/json', `${JSON.stringify(state.map, null, 2)}\n`);
}

function onSaved(rec: StoredMap): void {
  const isNew = state.source.kind !== 'stored' || state.source.id !== rec.id;
  state.source = { kind: 'stored', id: rec.id };
  rememberMap(rec.id);
  const listed = state.stored?.find((m) => m.id === rec.id);
  if (isNew || !listed || listed.title !== rec.title) void refreshStored();
  if (isNew) renderBanner();
}

function renderSave(): void {
  renderSaveStatus(byId('save-status'), byId('save-alert'), {
    save: state.save,
    lang: state.lang,
    idle: state.source.kind === 'example' ? 'example' : 'new',
    map: state.map,
    onRetry: () => autosave.retry(),
    onOverwrite: () => void autosave.overwrite(),
    onReload: () => void reloadTheirs(),
    onDownload: downloadMine,
    onSaveAsNew: () => {
      autosave.attach(null);
      autosave.schedule(state.map);
      void autosave.flush();
    },
  });
}

/** Before leaving the open map: saves what waits; asks when that fails. True to go on. */
async function leaveCurrent(): Promise<boolean> {
  if (!autosave.dirty()) return true;
  if (await autosave.flush()) return true;
  const tt = t();
  return confirmDialog({
    title: tt.leaveTitle,
    body: h('p', {}, tt.leaveBody),
    confirm: tt.leaveAnyway,
    cancel: tt.cancel,
    danger: true,
  });
}

async function switchTo(open: () => unknown): Promise<void> {
  if (await leaveCurrent()) await open();
}

// ---- simulation ---------------------------------------------------------------------------------

function statusView(result: Impact | null): StatusView {
  if (result === null) return null;
  const m = new Map<string, { status: Impact['accounts'][string]['status']; lost: string[] }>();
  for (const [id, r] of Object.entries(result.accounts)) m.set(id, r);
  return m;
}

/** Runs the engine on the current bans and re-colours the graph; measured as "br-recolour". */
function simulate(bans: Ban[], scenarioId: string | null, focusResult: boolean): void {
  const start = performance.now();
  state.bans = bans;
  state.scenarioId = scenarioId;
  state.result = bans.length > 0 ? impact(state.compiled, bans) : null;
  graph?.update({ statuses: statusView(state.result) });
  const recoloured = performance.now();
  performance.measure('br-recolour', { start, end: recoloured });
  renderPanel();
  performance.measure('br-panel', { start: recoloured, end: performance.now() });
  if (state.view === 'table') renderTable();
  if (focusResult) {
    const heading = document.getElementById(state.result ? 'impact-title' : 'panel-title');
    // Beside the graph the panel is already in view; below it (narrow screens) scroll the result into view.
    heading?.focus({ preventScroll: !NARROW.matches });
  }
}

function banAccount(ban: Ban): void {
  const others = state.bans.filter((b) => b.account !== ban.account);
  state.selected = null;
  graph?.update({ selected: null });
  simulate([...others, ban], null, true);
}

function removeBan(account: string): void {
  simulate(
    state.bans.filter((b) => b.account !== account),
    null,
    true,
  );
}

function clearSimulation(): void {
  // Keyboard focus goes back to the account the person was working on.
  const last = state.selected ?? state.bans.at(-1)?.account ?? null;
  const hadFocusInPanel = byId('panel').contains(document.activeElement);
  state.selected = null;
  state.selectedLink = null;
  graph?.update({ selected: null, selectedLink: null });
  simulate([], null, false);
  if (hadFocusInPanel) {
    if (last && state.view === 'graph') graph?.focus(last);
    else byId('panel-title').focus();
  }
}

function runScenario(id: string): void {
  const sc = state.map.scenarios?.find((s) => s.id === id);
  if (!sc) return;
  setMode('simulate');
  state.selected = null;
  graph?.update({ selected: null });
  simulate([...sc.bans], id, true);
}

function selectAccount(id: string): void {
  state.selected = id;
  state.selectedLink = null;
  graph?.update({ selected: id, selectedLink: null });
  renderPanel();
  byId('panel').scrollTop = 0;
  if (state.mode === 'simulate') document.getElementById('ban-preset')?.focus();
  else document.getElementById('account-edit-title')?.focus({ preventScroll: true });
}

function setMode(mode: Mode): void {
  if (state.mode === mode) return;
  state.mode = mode;
  if (mode === 'simulate') state.linkMode = false;
  state.selectedLink = null;
  // The graph is drawn for a mode (links are clickable only when editing).
  graph?.destroy();
  graph = null;
  renderModes();
  renderEditBar();
  renderGraphView();
  renderPanel();
}

// ---- rendering ----------------------------------------------------------------------------------

function renderAll(): void {
  byId('edit-note').textContent = '';
  applyStaticText(state.lang, state.api !== null && state.stored !== null);
  renderHeaderControls();
  renderBanner();
  renderEditBar();
  renderModes();
  renderTabs();
  renderGraphView();
  renderPanel();
  if (state.view === 'table') renderTable();
  if (state.view === 'risk') renderRisk();
}

function renderHeaderControls(): void {
  byId('open-example').hidden = state.source.kind === 'example';
  const box = byId('stored-maps');
  const manage = byId('open-maps');
  if (!state.api || state.stored === null) {
    box.hidden = true;
    manage.hidden = true;
    return;
  }
  box.hidden = false;
  manage.hidden = false;
  const tt = t();
  const sel = h(
    'select',
    { id: 'stored-select' },
    h('option', { value: '' }, state.stored.length ? tt.storedChoose : tt.storedNone),
    state.stored.map((m) => h('option', { value: m.id }, m.title || tt.untitled)),
  );
  if (state.source.kind === 'stored') sel.value = state.source.id;
  sel.addEventListener('change', () => {
    if (sel.value) void switchTo(() => openStored(sel.value));
  });
  replace(box, h('label', { for: 'stored-select', class: 'field-label' }, tt.storedMaps), sel);
}

function renderBanner(): void {
  const title = byId('map-title');
  replace(title, state.map.title ? dataText(state.map.title) : t().untitled);
  // The example's banner says what it is; its long case title stays for screen readers and print.
  title.classList.toggle('visually-hidden', state.source.kind === 'example');
  const banner = byId('map-banner');
  banner.className = state.source.kind === 'example' ? 'map-banner example' : 'map-banner';
  replace(
    banner,
    mapBanner({
      map: state.map,
      lang: state.lang,
      source: state.source,
      fromExample: state.fromExample,
      onReplay: runScenario,
      onNewEmpty: () => void newEmpty(),
    }),
  );
}

function renderEditBar(): void {
  const tt = t();
  const undoButton = byId<HTMLButtonElement>('undo');
  const redoButton = byId<HTMLButtonElement>('redo');
  undoButton.disabled = state.history.past.length === 0;
  redoButton.disabled = state.history.future.length === 0;
  undoButton.title = tt.undoHint;
  redoButton.title = tt.redoHint;
  const link = byId<HTMLButtonElement>('link-mode');
  link.setAttribute('aria-pressed', String(state.linkMode));
  link.title = tt.linkModeHint;
  link.hidden = state.mode !== 'edit';
  document.body.dataset.link = state.linkMode ? 'on' : 'off';
  renderSave();
}

function renderModes(): void {
  byId('panel-modes').setAttribute('aria-label', t().modesLabel);
  byId('mode-edit').setAttribute('aria-pressed', String(state.mode === 'edit'));
  byId('mode-simulate').setAttribute('aria-pressed', String(state.mode === 'simulate'));
  document.body.dataset.mode = state.mode;
}

function renderTabs(): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('#view-tabs [role=tab]')) {
    const active = tab.dataset.view === state.view;
    tab.setAttribute('aria-selected', String(active));
    tab.tabIndex = active ? 0 : -1;
  }
  for (const v of ['graph', 'table', 'risk'] as const) byId(`view-${v}`).hidden = v !== state.view;
  document.body.dataset.view = state.view;
}

function startAdding(): void {
  setMode('edit');
  state.selected = null;
  state.picker = { query: state.picker.query, provider: null };
  graph?.update({ selected: null });
  renderPanel();
  const search = document.getElementById('catalog-search') as HTMLInputElement | null;
  search?.focus();
  search?.select();
}

function renderGraphView(): void {
  const container = byId('graph');
  const tt = t();
  replace(byId('how-to-read'), state.mode === 'edit' ? tt.editHelp(h('kbd', {}, 'Delete')) : tt.howToRead);
  replace(byId('legend'), state.map.accounts.length ? legend(state.lang) : null);
  if (state.map.accounts.length === 0) {
    graph?.destroy();
    graph = null;
    replace(
      container,
      h(
        'div',
        { class: 'empty-state' },
        h('p', {}, tt.emptyMap),
        h(
          'p',
          { class: 'empty-actions' },
          h(
            'button',
            { type: 'button', class: 'primary', id: 'add-first', onclick: startAdding },
            tt.addFirst,
          ),
          h('button', { type: 'button', onclick: () => byId('file-input').click() }, tt.loadFile),
          h('button', { type: 'button', onclick: () => void switchTo(() => openExample()) }, tt.openExample),
        ),
      ),
    );
    return;
  }
  const resized = sizeGraph();
  if (graph && resized) graph.fit();
  if (!graph) {
    const editing = state.mode === 'edit';
    graph = renderGraph(container, state.graph, {
      lang: state.lang,
      onActivate: selectAccount,
      editable: editing,
      ...(editing
        ? {
            linking: (e: MouseEvent | TouchEvent) => state.linkMode || e.shiftKey,
            onLink: (from: string, to: string, at: { x: number; y: number }) =>
              openLinkChooser({
                map: state.map,
                lang: state.lang,
                from,
                to,
                at,
                onDone: (candidate) => {
                  if (candidate) commit(candidate, { announce: t().linked });
                  graph?.focus(to);
                },
              }),
            onSelectLink: (link: LinkRef | null) => {
              state.selectedLink = link;
              graph?.update({ selectedLink: link });
              if (link) byId('graph').focus({ preventScroll: true });
            },
          }
        : {}),
    });
  }
  graph.update({
    lang: state.lang,
    statuses: statusView(state.result),
    selected: state.selected,
    selectedLink: state.selectedLink,
  });
}

/**
 * Lets the graph fill the rest of the window (440 to 1000px), so the whole map is in view at first.
 * Returns whether the height changed (the banner's height differs between languages).
 */
function sizeGraph(): boolean {
  const el = byId('graph');
  const top = el.getBoundingClientRect().top + window.scrollY;
  const height = `${Math.max(440, Math.min(1000, window.innerHeight - top - 12))}px`;
  if (el.style.height === height) return false;
  el.style.height = height;
  return true;
}

function renderPanel(): void {
  const body = byId('panel-body');
  const tt = t();
  byId('panel-title').textContent = state.mode === 'edit' ? tt.panelEdit : tt.panel;
  // Keep the focused control (by its data-key) and the scroll position across the re-render.
  const active = document.activeElement as HTMLElement | null;
  const focusKey = active && body.contains(active) ? active.dataset.key : undefined;
  const scroll = byId('panel').scrollTop;
  replace(
    body,
    state.mode === 'edit'
      ? editParts()
      : simulatePanel({
          map: state.map,
          lang: state.lang,
          selected: state.selected,
          bans: state.bans,
          result: state.result,
          scenarioId: state.scenarioId,
          onBan: banAccount,
          onRemove: removeBan,
          onClear: clearSimulation,
          onScenario: runScenario,
          onClose: (id) => {
            state.selected = null;
            graph?.update({ selected: null });
            renderPanel();
            graph?.focus(id);
          },
          onSelect: (id) => {
            if (state.view === 'graph') graph?.focus(id);
            selectAccount(id);
          },
        }),
  );
  if (focusKey) {
    body.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
    byId('panel').scrollTop = scroll;
  }
}

function editParts(): HTMLElement[] {
  const ctx = editContext();
  const account = state.selected ? state.map.accounts.find((a) => a.id === state.selected) : undefined;
  if (account) return [accountForm(ctx, account)];
  return [
    editPanel({
      ctx,
      picker: state.picker,
      onPicker: (picker) => {
        state.picker = picker;
        renderPanel();
        const first =
          picker.provider === null
            ? 'catalog-search'
            : picker.provider === CUSTOM
              ? 'new-label'
              : 'new-title';
        document.getElementById(first)?.focus();
      },
      onAdded: (id) => {
        state.picker = { query: '', provider: null };
        state.selected = id;
        graph?.update({ selected: id });
        renderPanel();
        document.getElementById('account-edit-title')?.focus();
      },
    }),
  ];
}

function renderTable(): void {
  replace(
    byId('view-table'),
    h('h2', { class: 'visually-hidden' }, t().viewTable),
    tableView({
      map: state.map,
      lang: state.lang,
      baseline: state.baseline,
      result: state.result,
      onSimulate: (id) => {
        setMode('simulate');
        selectAccount(id);
      },
    }),
  );
}

/** The risk report's code (the engine's risk analysis and the d3 chart modules) loads on first use. */
let riskCode: Promise<{
  computeRisk: typeof import('./risk/risk-source.js').computeRisk;
  riskReport: typeof import('./risk/risk-report.js').riskReport;
}> | null = null;

function loadRiskCode() {
  riskCode ??= Promise.all([import('./risk/risk-source.js'), import('./risk/risk-report.js')]).then(
    ([source, view]) => ({
      computeRisk: source.computeRisk,
      riskReport: view.riskReport,
    }),
  );
  return riskCode;
}

function renderRisk(): void {
  const panel = byId('view-risk');
  if (!panel.firstChild) replace(panel, h('p', { class: 'muted', role: 'status' }, t().riskComputing));
  void loadRiskCode().then(({ computeRisk, riskReport }) => {
    if (state.view !== 'risk') return;
    if (state.risk === null && state.map.accounts.length > 0) {
      state.risk = 'computing';
      const compiled = state.compiled;
      // Let the "computing" message paint first: a large map can take a moment.
      setTimeout(() => {
        if (state.compiled !== compiled) return;
        state.risk = computeRisk(compiled);
        if (state.view === 'risk') renderRisk();
      }, 0);
    }
    replace(
      panel,
      riskReport({
        map: state.map,
        lang: state.lang,
        risk: state.risk ?? 'computing',
        onSelect: (id) => {
          setView('graph');
          setMode('simulate');
          selectAccount(id);
        },
      }),
    );
  });
}

function setView(view: View, focusTab = false): void {
  state.view = view;
  renderTabs();
  if (view === 'table') renderTable();
  if (view === 'risk') renderRisk();
  if (view === 'graph') {
    if (!graph) renderGraphView();
    else {
      sizeGraph();
      graph.fit();
    }
  }
  if (focusTab) byId(`tab-${view}`).focus();
}

// ---- alerts, files and stored maps --------------------------------------------------------------

function issueLine(issue: Issue, doc: unknown): string {
  return `${formatPath(issue.path)}${state.lang === 'zh' ? '：' : ': '}${issueText(issue, state.lang, doc)}`;
}

/** Imports a map file: checked first; only a valid map is opened (as a new map, saved at once). */
async function loadFile(file: File): Promise<void> {
  const tt = t();
  const text = await file.text();
  const result = await loadMapText(text);
  if (!result.ok) {
    if (result.notJson)
      showAlert(
        state.lang,
        tt.importTitle,
        [result.forbiddenKey ? tt.importForbidden : tt.importNotJson],
        'error',
      );
    else {
      let doc: unknown = null;
      try {
        doc = JSON.parse(text);
      } catch {
        // Validated already: it parses.
      }
      showAlert(
        state.lang,
        `${tt.importTitle}: ${tt.importInvalid(result.errors.length)}`,
        result.errors.slice(0, 50).map((i) => issueLine(i, doc)),
        'error',
      );
    }
    return;
  }
  if (!(await leaveCurrent())) return;
  byId('alerts').replaceChildren();
  openMap(result.map, { kind: 'file', name: file.name });
  // An imported map is the person's: it is saved as a new map right away.
  autosave.schedule(result.map);
  void autosave.flush();
  if (result.warnings.length)
    showAlert(
      state.lang,
      tt.importWarnings(result.warnings.length),
      result.warnings.slice(0, 50).map((i) => issueLine(i, result.map)),
      'warning',
    );
}

async function openStored(id: string): Promise<boolean> {
  if (!state.api) return false;
  try {
    const stored = await state.api.getMap(id);
    openMap(stored.map, { kind: 'stored', id }, { target: stored, mode: 'edit' });
    return true;
  } catch {
    showAlert(state.lang, t().apiError, [], 'error');
    return false;
  }
}

async function newEmpty(): Promise<void> {
  await switchTo(() => {
    openMap(emptyMap(), { kind: 'empty' }, { mode: 'edit' });
    rememberMap(null);
    startAdding();
  });
}

function openExample(): void {
  openMap(exampleMap(), { kind: 'example' }, { mode: 'simulate' });
  rememberMap(null);
}

async function refreshStored(): Promise<void> {
  if (!state.api) return;
  try {
    state.stored = await state.api.listMaps();
  } catch {
    state.stored = null;
  }
  renderHeaderControls();
  applyStaticText(state.lang, state.api !== null && state.stored !== null);
  // The stored-maps picker can make the header taller.
  if (state.view === 'graph' && graph && sizeGraph()) graph.fit();
}

/** The maps menu and the import/export dialog load on first use. */
async function openMaps(): Promise<void> {
  const api = state.api;
  if (!api) return;
  const { openMapsMenu } = await import('./maps/maps-menu.js');
  openMapsMenu({
    api,
    lang: state.lang,
    currentId: state.source.kind === 'stored' ? state.source.id : null,
    onOpen: (id) => void switchTo(() => openStored(id)),
    onNew: () => void newEmpty(),
    onRenameCurrent: async (title) => {
      commit(setTitle(state.map, title));
      await autosave.flush();
    },
    onDeleted: (id) => {
      if (state.source.kind === 'stored' && state.source.id === id) {
        autosave.attach(null);
        openExample();
      }
    },
    onRestored: (rec) => {
      state.history = record(state.history, rec.map);
      setPresent(rec.map);
      autosave.attach({ id: rec.id, etag: rec.etag, version: rec.version, map: rec.map });
      renderAfterEdit(false);
    },
    flushCurrent: async () => ((await autosave.flush()) ? autosave.etag() : null),
    currentMap: () => state.map,
    onListChanged: () => void refreshStored(),
  });
}

async function openIo(): Promise<void> {
  const { openImportExport } = await import('./maps/import-export.js');
  openImportExport({
    lang: state.lang,
    api: state.api && state.stored !== null ? state.api : null,
    map: () => state.map,
    savedId: async () => ((await autosave.flush()) && autosave.id() !== null ? autosave.id() : null),
    graph: () => byId('graph').querySelector<SVGSVGElement>('svg.graph-svg'),
    computeRisk: async (map) => {
      const { computeRisk } = await loadRiskCode();
      const parsed = parseMap(map);
      return parsed.ok ? computeRisk(parsed.compiled) : 'unavailable';
    },
    onImport: (file) => void loadFile(file),
  });
}

// ---- wiring -------------------------------------------------------------------------------------

function wire(): void {
  byId('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    rememberLang(state.lang);
    renderAll();
  });
  byId('new-empty').addEventListener('click', () => void newEmpty());
  byId('open-example').addEventListener('click', () => void switchTo(() => openExample()));
  byId('open-maps').addEventListener('click', () => void openMaps());
  byId('undo').addEventListener('click', undoEdit);
  byId('redo').addEventListener('click', redoEdit);
  byId('add-account').addEventListener('click', startAdding);
  byId('open-io').addEventListener('click', () => void openIo());
  byId('link-mode').addEventListener('click', () => {
    state.linkMode = !state.linkMode;
    renderEditBar();
    if (state.linkMode) announce(t().linkModeOn);
  });
  byId('mode-edit').addEventListener('click', () => setMode('edit'));
  byId('mode-simulate').addEventListener('click', () => setMode('simulate'));
  const input = byId<HTMLInputElement>('file-input');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file)
      void loadFile(file).finally(() => {
        input.value = '';
      });
  });
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('#view-tabs [role=tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => setView(tab.dataset.view as View));
    tab.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(tab);
      let next = -1;
      if (event.key === 'ArrowRight') next = (i + 1) % tabs.length;
      else if (event.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = tabs.length - 1;
      if (next < 0) return;
      event.preventDefault();
      setView(tabs[next]!.dataset.view as View, true);
    });
  }
  byId('zoom-fit').addEventListener('click', () => graph?.fit());
  byId('zoom-in').addEventListener('click', () => graph?.zoomBy(1.3));
  byId('zoom-out').addEventListener('click', () => graph?.zoomBy(1 / 1.3));
  wireShortcuts({
    undo: undoEdit,
    redo: redoEdit,
    deleteSelection,
    escape: () => {
      if (state.selectedLink) {
        state.selectedLink = null;
        graph?.update({ selectedLink: null });
        return true;
      }
      if (state.bans.length > 0 || state.selected) {
        clearSimulation();
        return true;
      }
      return false;
    },
  });
  window.addEventListener('beforeunload', (event) => {
    // Edits not yet in the store: let the browser ask before they are lost.
    if (autosave.dirty()) event.preventDefault();
  });
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      if (state.view === 'graph' && graph) {
        sizeGraph();
        graph.fit();
      }
    }, 150);
  });
}

function lastMap(): string | null {
  try {
    return localStorage.getItem(LAST_MAP);
  } catch {
    return null;
  }
}

async function boot(): Promise<void> {
  const token = takeToken();
  const api = token ? createApiClient(token) : null;
  const map = exampleMap();
  const parsed = parseMap(map);
  if (!parsed.ok) throw new Error('the example does not validate');
  const baseline = impact(parsed.compiled, []);
  state = {
    lang: initialLang(),
    map,
    history: startHistory(map),
    source: { kind: 'example' },
    fromExample: false,
    compiled: parsed.compiled,
    baseline,
    warnings: parsed.validation.warnings,
    graph: graphData(map, baseline),
    bans: [],
    scenarioId: null,
    result: null,
    selected: null,
    selectedLink: null,
    view: 'graph',
    mode: 'simulate',
    linkMode: false,
    picker: { query: '', provider: null },
    risk: null,
    api,
    stored: null,
    save: { kind: 'off' },
  };
  // The store is there when the list of maps can be read; without it, edits stay in the page.
  if (api) {
    try {
      state.stored = await api.listMaps();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }
  autosave = createAutosave({
    api: state.stored !== null ? api : null,
    onState: (s) => {
      state.save = s;
      renderSave();
    },
    onSaved,
  });
  state.save = autosave.state();
  wire();
  const last = lastMap();
  if (!(last && state.stored?.some((m) => m.id === last) && (await openStored(last)))) renderAll();
  performance.mark('br-graph-drawn');
}

void boot();
