/**
 * Entry of the web UI. Owns the page state (the open map, the simulated bans and their impact, the selected
 * account, the view, the language) and re-renders the parts that depend on what changed. The engine runs
 * here, in the browser, so a ban re-colours the graph at once; api-client.ts does the HTTP.
 */
import './styles.css';
// Engine modules are imported one by one (not through its index) so the risk analysis can load on first use.
import { type Compiled, compile } from '../src/engine/compile.js';
import { impact } from '../src/engine/impact.js';
import type { Ban, BindingMap, Impact, Issue, Risk } from '../src/model/index.js';
import { formatPath } from '../src/model/index.js';
import { type ApiClient, createApiClient, type MapSummary, takeToken } from './api-client.js';
import { banForm } from './ban-form.js';
import { byId, dataText, h, replace } from './dom.js';
import { type GraphHandle, renderGraph } from './graph.js';
import { type GraphData, graphData, type StatusView } from './graph-data.js';
import { htmlLang, initialLang, type Lang, rememberLang, strings } from './i18n.js';
import { impactSummary } from './impact-summary.js';
import { legend } from './legend.js';
import { emptyMap, exampleMap, loadMapText } from './map-source.js';
import { tableView } from './table-view.js';

type View = 'graph' | 'table' | 'risk';
type Source =
  | { kind: 'example' }
  | { kind: 'empty' }
  | { kind: 'file'; name: string }
  | { kind: 'stored'; id: string };

interface State {
  lang: Lang;
  map: BindingMap;
  source: Source;
  compiled: Compiled;
  /** Impact of no ban: baseline capabilities and unreachable accounts. */
  baseline: Impact;
  graph: GraphData;
  bans: Ban[];
  scenarioId: string | null;
  result: Impact | null;
  selected: string | null;
  view: View;
  risk: Risk | 'computing' | 'unavailable' | null;
  api: ApiClient | null;
  stored: MapSummary[] | null;
}

let state: State;
/** Matches when the panel sits below the graph instead of beside it (see styles.css). */
const NARROW = window.matchMedia('(max-width: 900px)');
let graph: GraphHandle | null = null;

const t = () => strings(state.lang);

// ---- opening maps -------------------------------------------------------------------------------

function openMap(map: BindingMap, source: Source): void {
  const start = performance.now();
  const compiled = compile(map);
  const baseline = impact(compiled, []);
  state = {
    ...state,
    map,
    source,
    compiled,
    baseline,
    graph: graphData(map, baseline),
    bans: [],
    scenarioId: null,
    result: null,
    selected: null,
    risk: null,
  };
  graph?.destroy();
  graph = null;
  renderAll();
  performance.measure('br-open-map', { start, end: performance.now() });
}

function statusView(result: Impact | null): StatusView {
  if (result === null) return null;
  const m = new Map<string, { status: Impact['accounts'][string]['status']; lost: string[] }>();
  for (const [id, r] of Object.entries(result.accounts)) m.set(id, r);
  return m;
}

// ---- simulation ---------------------------------------------------------------------------------

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
  graph?.update({ selected: null });
  simulate([], null, false);
  if (hadFocusInPanel) {
    if (last && state.view === 'graph') graph?.focus(last);
    else byId('panel-title').focus();
  }
}

function runScenario(id: string): void {
  const sc = state.map.scenarios?.find((s) => s.id === id);
  if (!sc) return;
  state.selected = null;
  graph?.update({ selected: null });
  simulate([...sc.bans], id, true);
}

function selectAccount(id: string): void {
  state.selected = id;
  graph?.update({ selected: id });
  renderPanel();
  byId('panel').scrollTop = 0;
  document.getElementById('ban-preset')?.focus();
}

// ---- rendering ----------------------------------------------------------------------------------

function renderAll(): void {
  applyStaticText();
  renderHeaderControls();
  renderBanner();
  renderTabs();
  renderGraphView();
  renderPanel();
  if (state.view === 'table') renderTable();
  if (state.view === 'risk') renderRisk();
}

function applyStaticText(): void {
  const tt = t();
  document.documentElement.lang = htmlLang(state.lang);
  document.title = tt.docTitle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n as keyof typeof tt;
    const value = tt[key];
    if (typeof value === 'string') el.textContent = value;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = el.dataset.i18nLabel as keyof typeof tt;
    const value = tt[key];
    if (typeof value === 'string') {
      if (el.tagName === 'BUTTON') el.setAttribute('aria-label', value);
      el.title = value;
    }
  }
  const sw = byId('lang-switch');
  const other = state.lang === 'zh' ? 'en' : 'zh';
  replace(sw, h('span', { lang: htmlLang(other) }, other === 'en' ? 'English' : '中文'));
  sw.setAttribute('aria-label', tt.switchLang);
  sw.title = tt.switchLang;
  const api = byId('api-status');
  api.textContent = state.api && state.stored !== null ? tt.apiOnline : tt.apiOffline;
}

function renderHeaderControls(): void {
  byId('open-example').hidden = state.source.kind === 'example';
  const box = byId('stored-maps');
  if (!state.api || state.stored === null) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const tt = t();
  const sel = h(
    'select',
    { id: 'stored-select' },
    h('option', { value: '' }, state.stored.length ? tt.storedChoose : tt.storedNone),
    state.stored.map((m) => h('option', { value: m.id }, m.title || tt.untitled)),
  );
  if (state.source.kind === 'stored') sel.value = state.source.id;
  sel.addEventListener('change', () => {
    if (sel.value) void openStored(sel.value);
  });
  replace(box, h('label', { for: 'stored-select', class: 'field-label' }, tt.storedMaps), sel);
}

function renderBanner(): void {
  const tt = t();
  const title = byId('map-title');
  replace(title, state.map.title ? dataText(state.map.title) : tt.untitled);
  // The example's banner says what it is; its long case title stays for screen readers and print.
  title.classList.toggle('visually-hidden', state.source.kind === 'example');
  const banner = byId('map-banner');
  banner.className = 'map-banner';
  if (state.source.kind === 'example') {
    banner.classList.add('example');
    const sc = state.map.scenarios?.[0];
    replace(
      banner,
      h(
        'div',
        { class: 'banner-text' },
        h('p', { class: 'banner-title' }, tt.exampleBanner),
        h('p', { class: 'banner-story' }, tt.exampleStory),
        h('p', { class: 'banner-try' }, tt.exampleTry),
      ),
      h(
        'div',
        { class: 'banner-actions' },
        sc
          ? h(
              'button',
              { type: 'button', class: 'primary', id: 'replay', onclick: () => runScenario(sc.id) },
              tt.replay(''),
              dataText(sc.label),
            )
          : null,
        h('button', { type: 'button', onclick: () => openMap(emptyMap(), { kind: 'empty' }) }, tt.newEmpty),
      ),
    );
    return;
  }
  const n = state.map.accounts.length;
  const from =
    state.source.kind === 'file'
      ? [tt.fileMap(''), dataText(state.source.name)]
      : state.source.kind === 'stored'
        ? tt.storedMap
        : '';
  replace(banner, h('p', { class: 'map-meta' }, tt.accountsCount(n), from ? ' · ' : '', from));
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

function renderGraphView(): void {
  const container = byId('graph');
  replace(byId('legend'), state.map.accounts.length ? legend(state.lang) : null);
  if (state.map.accounts.length === 0) {
    graph?.destroy();
    graph = null;
    const tt = t();
    replace(
      container,
      h(
        'div',
        { class: 'empty-state' },
        h('p', {}, tt.emptyMap),
        h(
          'p',
          {},
          h('button', { type: 'button', onclick: () => byId('file-input').click() }, tt.loadFile),
          ' ',
          h(
            'button',
            { type: 'button', onclick: () => openMap(exampleMap(), { kind: 'example' }) },
            tt.openExample,
          ),
        ),
      ),
    );
    return;
  }
  const resized = sizeGraph();
  if (graph && resized) graph.fit();
  if (!graph) {
    graph = renderGraph(container, state.graph, {
      lang: state.lang,
      onActivate: selectAccount,
    });
  }
  graph.update({ lang: state.lang, statuses: statusView(state.result), selected: state.selected });
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
  const parts: (HTMLElement | null)[] = [];
  const account = state.selected ? state.map.accounts.find((a) => a.id === state.selected) : undefined;
  if (account) {
    parts.push(
      banForm({
        map: state.map,
        account,
        lang: state.lang,
        current: state.bans.find((b) => b.account === account.id),
        onBan: banAccount,
        onRemove: removeBan,
        onClose: () => {
          state.selected = null;
          graph?.update({ selected: null });
          renderPanel();
          graph?.focus(account.id);
        },
      }),
    );
  }
  if (state.result) {
    const sc = state.scenarioId ? state.map.scenarios?.find((s) => s.id === state.scenarioId) : undefined;
    parts.push(
      impactSummary({
        map: state.map,
        lang: state.lang,
        result: state.result,
        scenarioLabel: sc?.label ?? null,
        onSelect: (id) => {
          if (state.view === 'graph') graph?.focus(id);
          selectAccount(id);
        },
        onRemove: removeBan,
        onClear: clearSimulation,
      }),
    );
  } else if (!account) {
    parts.push(h('p', { class: 'panel-idle' }, state.map.accounts.length ? tt.panelIdle : tt.emptyMap));
  }
  const scenarios = state.map.scenarios ?? [];
  if (!account && scenarios.length > 0) {
    parts.push(
      h(
        'section',
        { class: 'scenarios', 'aria-labelledby': 'scenarios-title' },
        h('h3', { id: 'scenarios-title' }, tt.scenarios),
        h(
          'ul',
          {},
          scenarios.map((sc) =>
            h(
              'li',
              { class: sc.id === state.scenarioId ? 'active' : '' },
              h('span', { class: 'scenario-label' }, dataText(sc.label)),
              h('span', { class: 'muted' }, ` · ${tt.scenarioBans(sc.bans.length)}`),
              h(
                'button',
                { type: 'button', class: 'small', 'data-scenario': sc.id, onclick: () => runScenario(sc.id) },
                tt.scenarioRun,
              ),
            ),
          ),
        ),
      ),
    );
  }
  replace(body, parts);
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
      onSimulate: selectAccount,
    }),
  );
}

/** The risk report's code (the engine's risk analysis and the d3 chart modules) loads on first use. */
let riskCode: Promise<{
  computeRisk: typeof import('./risk-source.js').computeRisk;
  riskReport: typeof import('./risk-report.js').riskReport;
}> | null = null;

function renderRisk(): void {
  riskCode ??= Promise.all([import('./risk-source.js'), import('./risk-report.js')]).then(
    ([source, view]) => ({
      computeRisk: source.computeRisk,
      riskReport: view.riskReport,
    }),
  );
  const panel = byId('view-risk');
  if (!panel.firstChild) replace(panel, h('p', { class: 'muted', role: 'status' }, t().riskComputing));
  void riskCode.then(({ computeRisk, riskReport }) => {
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
  if (view === 'graph' && graph) {
    sizeGraph();
    graph.fit();
  }
  if (focusTab) byId(`tab-${view}`).focus();
}

// ---- alerts -------------------------------------------------------------------------------------

function showAlert(title: string, lines: string[], kind: 'error' | 'warning'): void {
  const box = byId('alerts');
  const dismiss = h('button', { type: 'button', onclick: () => box.replaceChildren() }, t().dismiss);
  replace(
    box,
    h(
      'div',
      { class: `alert ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('p', { class: 'alert-title' }, title),
      lines.length
        ? h(
            'ul',
            {},
            lines.map((l) => h('li', {}, l)),
          )
        : null,
      dismiss,
    ),
  );
  if (kind === 'error') dismiss.focus();
}

function issueLine(issue: Issue): string {
  const tt = t();
  const where = formatPath(issue.path);
  if (state.lang === 'en') return `${where}: ${issue.message}`;
  return `${where}：${tt.issue[issue.code] ?? tt.issueOther}`;
}

async function loadFile(file: File): Promise<void> {
  const tt = t();
  const result = await loadMapText(await file.text());
  if (!result.ok) {
    if (result.notJson) showAlert(tt.importTitle, [tt.importNotJson], 'error');
    else
      showAlert(
        `${tt.importTitle}: ${tt.importInvalid(result.errors.length)}`,
        result.errors.slice(0, 50).map(issueLine),
        'error',
      );
    return;
  }
  byId('alerts').replaceChildren();
  openMap(result.map, { kind: 'file', name: file.name });
  if (result.warnings.length)
    showAlert(
      tt.importWarnings(result.warnings.length),
      result.warnings.slice(0, 50).map(issueLine),
      'warning',
    );
}

async function openStored(id: string): Promise<void> {
  if (!state.api) return;
  try {
    const stored = await state.api.getMap(id);
    openMap(stored.map, { kind: 'stored', id });
  } catch {
    showAlert(t().apiError, [], 'error');
  }
}

async function refreshStored(): Promise<void> {
  if (!state.api) return;
  try {
    state.stored = (await state.api.hasStoredMaps()) ? await state.api.listMaps() : null;
  } catch {
    state.stored = null;
  }
  renderHeaderControls();
  applyStaticText();
  // The stored-maps picker can make the header taller.
  if (state.view === 'graph' && graph && sizeGraph()) graph.fit();
}

// ---- wiring -------------------------------------------------------------------------------------

function wire(): void {
  byId('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    rememberLang(state.lang);
    renderAll();
  });
  byId('new-empty').addEventListener('click', () => openMap(emptyMap(), { kind: 'empty' }));
  byId('open-example').addEventListener('click', () => openMap(exampleMap(), { kind: 'example' }));
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
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (state.bans.length > 0 || state.selected) {
      event.preventDefault();
      clearSimulation();
    }
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

function boot(): void {
  const token = takeToken();
  const map = exampleMap();
  const compiled = compile(map);
  const baseline = impact(compiled, []);
  state = {
    lang: initialLang(),
    map,
    source: { kind: 'example' },
    compiled,
    baseline,
    graph: graphData(map, baseline),
    bans: [],
    scenarioId: null,
    result: null,
    selected: null,
    view: 'graph',
    risk: null,
    api: token ? createApiClient(token) : null,
    stored: null,
  };
  wire();
  renderAll();
  performance.mark('br-graph-drawn');
  void refreshStored();
}

boot();
