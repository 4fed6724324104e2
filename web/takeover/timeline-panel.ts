/**
 * The timeline section of the simulate panel: pick one of the map's timelines or a catalog preset built for one of its accounts, then a list of its steps (day
 * and label); choosing a step re-colours the graph for it, and the section says what the step newly cuts off and
 * newly gives a stranger, its source, and what to move before that day.
 */
import { allTimelinePresets } from '../../src/catalog/timelines.js';
import type { BindingMap, TimelineStepResult } from '../../src/model/index.js';
import { type Lang, listOf, text } from '../../src/text/index.js';
import { dataText, h } from '../shell/dom.js';
import type { AppState } from '../shell/state.js';
import { presetChoice } from './actions.js';

export interface TimelineSectionProps {
  map: BindingMap;
  lang: Lang;
  timeline: AppState['timeline'];
  onShow(id: string | null, step: number): void;
}

/** At most this many names in a step's "newly cut off" and "newly taken" lines; the rest are counted. */
const NAMES_SHOWN = 8;

/** What a step changes: its source, the accounts newly cut off and newly taken (none: no line). */
function stepFacts(
  props: TimelineSectionProps,
  step: TimelineStepResult,
  labelOf: (id: string) => string,
): HTMLElement {
  const t = text(props.lang).takeover.timeline;
  const names = (ids: readonly string[]) => {
    const shown = ids.slice(0, NAMES_SHOWN).map(labelOf);
    if (ids.length > NAMES_SHOWN) shown.push(t.more(ids.length - NAMES_SHOWN));
    return listOf(shown, props.lang);
  };
  const line = (key: string, what: string, ids: readonly string[]) =>
    ids.length === 0 ? null : h('p', { 'data-newly': key }, t.newly(what, names(ids)));
  return h(
    'div',
    { class: 'timeline-facts', id: 'timeline-facts' },
    line('cut', t.header.cut, step.newlyCut),
    line('taken', t.header.taken, step.newlyTaken),
    step.source
      ? h('p', { class: 'muted', 'data-source': '' }, `${t.source}: `, dataText(step.source))
      : null,
  );
}

function stepsPart(props: TimelineSectionProps, shown: NonNullable<AppState['timeline']>): HTMLElement {
  const t = text(props.lang).takeover.timeline;
  const labels = new Map(props.map.accounts.map((a) => [a.id, a.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const step = shown.result.steps[shown.step]!;
  return h(
    'div',
    { class: 'timeline-steps' },
    h(
      'ol',
      { 'aria-label': t.steps },
      shown.result.steps.map((s, i) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              'data-timeline-step': i,
              'data-key': `timeline-step-${i}`,
              'aria-pressed': i === shown.step ? 'true' : 'false',
              onclick: () => props.onShow(shown.id, i),
            },
            `${t.day(s.day)} · `,
            dataText(s.label),
          ),
        ),
      ),
    ),
    stepFacts(props, step, labelOf),
    step.actBefore.length === 0
      ? h('p', { class: 'muted', id: 'timeline-act' }, t.nothing)
      : h(
          'ul',
          { class: 'timeline-act', id: 'timeline-act' },
          step.actBefore.map((id) => h('li', { 'data-act': id }, t.actBefore(labelOf(id), step.day))),
        ),
  );
}

/** The map's timelines and the catalog presets built for each account of a kind they fit, as options. */
function choices(map: BindingMap, lang: Lang): { value: string; label: string }[] {
  const own = (map.timelines ?? []).map((tl) => ({ value: tl.id, label: tl.label }));
  const presets = allTimelinePresets().flatMap((p) =>
    map.accounts
      .filter((a) => p.kinds.includes(a.kind))
      .map((a) => ({ value: presetChoice(p.id, a.id), label: `${p.names[lang]}: ${a.label}` })),
  );
  return [...own, ...presets];
}

/** The section, or null when the map has no timeline and no account a preset fits. */
export function timelineSection(props: TimelineSectionProps): HTMLElement | null {
  const timelines = choices(props.map, props.lang);
  if (timelines.length === 0) return null;
  const t = text(props.lang).takeover.timeline;
  const select = h(
    'select',
    {
      id: 'timeline-pick',
      'data-key': 'timeline-pick',
      onchange: (e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        props.onShow(v === '' ? null : v, 0);
      },
    },
    h('option', { value: '' }, t.off),
    timelines.map((c) => h('option', { value: c.value, selected: c.value === props.timeline?.id }, c.label)),
  );
  return h(
    'section',
    { class: 'takeover timeline', 'aria-labelledby': 'timeline-title' },
    h('h3', { id: 'timeline-title' }, t.title),
    h('label', { class: 'takeover-pick' }, h('span', {}, t.pick), select),
    props.timeline ? stepsPart(props, props.timeline) : null,
  );
}
