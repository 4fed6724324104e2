/**
 * The graph tab as a panel: the "how to read" line, the legend, the graph itself (or the empty state of a map
 * without accounts). The graph is drawn once and then updated in place: an edit keeps zoom and pan, a
 * simulation only re-colours, a mode switch only turns link editing on or off.
 */
import type { Impact, TakeoverStatus } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { commit } from '../editor/document.js';
import { openExample, switchTo } from '../maps/open.js';
import { byId, h, replace } from '../shell/dom.js';
import { selectAccount, startAdding } from '../shell/navigation.js';
import type { App, AppState } from '../shell/state.js';
import { RECOLOURED } from '../simulate/actions.js';
import { renderGraph } from './graph.js';
import type { GraphData, StatusView } from './graph-data.js';
import { openLinkChooser } from './graph-edit.js';
import { type Grouping, groupGraph, groupStatuses, groupTakeover, isGroup } from './groups.js';
import { legend } from './legend.js';

function statusView(result: Impact | null): StatusView {
  if (result === null) return null;
  const m = new Map<string, { status: Impact['accounts'][string]['status']; lost: string[] }>();
  for (const [id, r] of Object.entries(result.accounts)) m.set(id, r);
  return m;
}

function takeoverView(state: AppState): ReadonlyMap<string, TakeoverStatus> | null {
  if (state.takeover === null) return null;
  return new Map(Object.entries(state.takeover.accounts).map(([id, r]) => [id, r.status]));
}

/**
 * Lets the graph fill the rest of the window (440 to 1000px), so the whole map is in view at first.
 * Returns whether the height changed (the banner's height differs between languages).
 */
export function sizeGraph(): boolean {
  const el = byId('graph');
  const top = el.getBoundingClientRect().top + window.scrollY;
  const height = `${Math.max(440, Math.min(1000, window.innerHeight - top - 12))}px`;
  if (el.style.height === height) return false;
  el.style.height = height;
  return true;
}

function emptyState(app: App): HTMLElement {
  const t = text(app.store.get().lang).web;
  return h(
    'div',
    { class: 'empty-state' },
    h('p', {}, t.emptyMap),
    h(
      'p',
      { class: 'empty-actions' },
      h(
        'button',
        { type: 'button', class: 'primary', id: 'add-first', onclick: () => startAdding(app) },
        t.addFirst,
      ),
      h('button', { type: 'button', onclick: () => byId('file-input').click() }, t.loadFile),
      h(
        'button',
        { type: 'button', onclick: () => void switchTo(app, () => openExample(app)) },
        t.openExample,
      ),
    ),
  );
}

/** Which groups of a big map are open, and the grouping drawn for which graph; reset when a map is opened. */
const groups: {
  expanded: Set<string>;
  drawn: Grouping | null;
  for: { graph: GraphData; lang: Lang; open: number } | null;
} = { expanded: new Set(), drawn: null, for: null };

/** The grouping for the current graph, recomputed only when the graph, the language or the open groups change. */
function grouping(state: AppState): Grouping {
  const f = groups.for;
  if (groups.drawn && f?.graph === state.graph && f.lang === state.lang && f.open === groups.expanded.size)
    return groups.drawn;
  groups.drawn = groupGraph(state.graph, groups.expanded, text(state.lang).web.groupLabel);
  groups.for = { graph: state.graph, lang: state.lang, open: groups.expanded.size };
  return groups.drawn;
}

/** Opens a group of a big map: its accounts are drawn, the view kept. */
function expandGroup(app: App, gid: string): void {
  groups.expanded.add(gid);
  app.graph?.update(grouping(app.store.get()).data);
}

function createGraph(app: App, state: AppState): void {
  app.graph = renderGraph(byId('graph'), grouping(state).data, {
    lang: state.lang,
    editable: state.mode === 'edit',
    onActivate: (id) => {
      if (!isGroup(id)) return selectAccount(app, id);
      const first = grouping(app.store.get()).members.get(id)?.[0];
      expandGroup(app, id);
      if (first) app.graph?.focus(first);
    },
    linking: (e) => app.store.get().mode === 'edit' && (app.store.get().linkMode || e.shiftKey),
    onLink: (from, to, at) =>
      isGroup(from) || isGroup(to)
        ? undefined
        : openLinkChooser({
            map: app.store.get().map,
            lang: app.store.get().lang,
            from,
            to,
            at,
            onDone: (candidate) => {
              if (candidate) commit(app, candidate, { announce: text(app.store.get().lang).web.linked });
              app.graph?.focus(to);
            },
          }),
    onSelectLink: (link) => {
      app.store.set({ selectedLink: link });
      if (link) byId('graph').focus({ preventScroll: true });
    },
  });
}

function renderGraphView(app: App, changed: ReadonlySet<keyof AppState> | null): void {
  const state = app.store.get();
  const t = text(state.lang).web;
  if (!changed || changed.has('mode') || changed.has('lang')) {
    replace(byId('how-to-read'), state.mode === 'edit' ? t.editHelp(h('kbd', {}, 'Delete')) : t.howToRead);
  }
  if (!changed || changed.has('lang') || changed.has('graph'))
    replace(byId('legend'), state.map.accounts.length ? legend(state.lang) : null);
  if (state.map.accounts.length === 0) {
    app.graph?.destroy();
    app.graph = null;
    replace(byId('graph'), emptyState(app));
    return;
  }
  const resized = sizeGraph();
  if (app.graph && changed?.has('opened')) {
    app.graph.destroy();
    app.graph = null;
    groups.expanded = new Set();
  }
  // An account picked in the table or the search box opens its group, so it can be seen and focused.
  const hiddenIn = state.selected === null ? undefined : grouping(state).groupOf.get(state.selected);
  if (hiddenIn) groups.expanded.add(hiddenIn);
  if (!app.graph) createGraph(app, state);
  else {
    if (changed?.has('graph') || changed?.has('lang') || hiddenIn) app.graph.update(grouping(state).data);
    if (changed?.has('mode')) app.graph.setEditable(state.mode === 'edit');
    if (resized) app.graph.refit();
  }
  app.graph!.show({
    lang: state.lang,
    statuses: groupStatuses(statusView(state.result), grouping(state)),
    selected: state.selected,
    selectedLink: state.selectedLink,
    takeover: groupTakeover(takeoverView(state), grouping(state)),
  });
  if (changed?.has('result')) performance.mark(RECOLOURED);
}

export function mountGraphView(app: App): void {
  const keys = ['opened', 'graph', 'mode', 'lang', 'result', 'selected', 'selectedLink', 'takeover'] as const;
  app.store.subscribe(keys, (_s, changed) => renderGraphView(app, changed));
  app.store.subscribe(['view', 'stored', 'source'], (state, changed) => {
    if (state.view !== 'graph') return;
    if (!app.graph) renderGraphView(app, null);
    else if (changed.has('view')) {
      sizeGraph();
      app.graph.fit();
    } else if (sizeGraph()) app.graph.refit();
  });
  byId('zoom-fit').addEventListener('click', () => app.graph?.fit());
  byId('zoom-in').addEventListener('click', () => app.graph?.zoomBy(1.3));
  byId('zoom-out').addEventListener('click', () => app.graph?.zoomBy(1 / 1.3));
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      if (app.store.get().view === 'graph' && app.graph) {
        sizeGraph();
        app.graph.refit();
      }
    }, 150);
  });
  renderGraphView(app, null);
}
