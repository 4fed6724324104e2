/**
 * What a simulated ban costs, for the side panel: a headline coloured by what happened (red when accounts are
 * cut off or money is lost, green when money is kept and nothing is lost, amber otherwise), what is kept and
 * the capability that keeps it, the bans in force, then every affected account with what it lost in words,
 * the sentences that say why, and the assets it takes with it.
 */
import { formatTotals } from '../../src/engine/describe.js';
import { type KeptAsset, keptAssets, totalsOf } from '../../src/engine/kept-assets.js';
import type { Impact } from '../../src/model/index.js';
import { capabilityList, capabilityName, text } from '../../src/text/index.js';
import { dataText, h } from '../shell/dom.js';
import { type AffectedProps, affectedList } from './affected-list.js';
import { assetItem } from './asset-item.js';

export interface SummaryProps extends AffectedProps {
  /** Label of the scenario being shown, if the bans came from one. */
  scenarioLabel: string | null;
  onRemove(account: string): void;
  onClear(): void;
}

/**
 * What happened, for the headline's colour: money lost (red), accounts cut off but no money lost (amber),
 * nothing cut and money kept (green), only partial or degraded accounts (calm).
 */
export type Outcome = 'severe' | 'cut' | 'kept' | 'calm';

export function outcomeOf(result: Impact, kept: readonly KeptAsset[]): Outcome {
  if (Object.keys(result.totals.lost).length > 0) return 'severe';
  if (result.counts.cut > 0) return 'cut';
  return Object.keys(totalsOf(kept)).length > 0 ? 'kept' : 'calm';
}

function headline(props: SummaryProps, kept: readonly KeptAsset[]): HTMLElement {
  const { result, lang } = props;
  const t = text(lang).web;
  const words = text(lang).impact;
  const c = result.counts;
  const outcome = outcomeOf(result, kept);
  const keptTotals = totalsOf(kept);
  const other = t.headlineOther(c.partial, c.degraded);
  const keptLine = Object.keys(keptTotals).length ? words.keptHeadline(formatTotals(keptTotals, lang)) : null;
  const main =
    outcome === 'severe' || outcome === 'cut'
      ? t.headlineCut(c.cut)
      : outcome === 'kept'
        ? keptLine!
        : words.nothingLost;
  const total = (label: string, id: string, cls: string, value: string) =>
    h('div', {}, h('dt', {}, label), h('dd', { id, class: cls }, value));
  return h(
    'div',
    { class: `headline ${outcome}`, 'data-outcome': outcome },
    h('p', { class: 'headline-cut', id: 'headline-cut' }, main),
    other ? h('p', { class: 'headline-other' }, other) : null,
    keptLine && outcome !== 'kept' ? h('p', { class: 'headline-kept', id: 'headline-kept' }, keptLine) : null,
    h(
      'dl',
      { class: 'money-totals' },
      total(t.moneyLost, 'money-lost', 'money big', formatTotals(result.totals.lost, lang)),
      total(t.moneyAtRisk, 'money-at-risk', 'money', formatTotals(result.totals.atRisk, lang)),
      kept.length ? total(words.keptMoney, 'money-kept', 'money kept', formatTotals(keptTotals, lang)) : null,
    ),
  );
}

/** What the affected accounts keep, each with the capability that keeps it. */
function keptSection(props: SummaryProps, kept: readonly KeptAsset[]): HTMLElement | null {
  if (kept.length === 0) return null;
  const { map, lang } = props;
  const words = text(lang).impact;
  const labels = new Map(map.accounts.map((a) => [a.id, a.label] as const));
  return h(
    'div',
    { class: 'kept-assets', id: 'kept-assets' },
    h('h3', {}, words.keptHeading),
    h(
      'ul',
      { class: 'asset-list' },
      kept.map((k) =>
        assetItem(k, lang, [
          ' · ',
          dataText(labels.get(k.account) ?? k.account),
          h(
            'span',
            { class: 'kept-why', 'data-kept-by': k.keptBy },
            ` — ${words.keptBy(capabilityName(k.keptBy, lang))}`,
          ),
        ]),
      ),
    ),
  );
}

function bansInForce(props: SummaryProps): HTMLElement {
  const { map, lang, result } = props;
  const t = text(lang).web;
  const label = (id: string) => map.accounts.find((a) => a.id === id)?.label ?? id;
  return h(
    'div',
    { class: 'bans-in-sim' },
    h('h3', {}, t.bansInSim),
    h(
      'ul',
      {},
      result.bans.map((b) =>
        h(
          'li',
          {},
          h('span', { class: 'status-icon', 'aria-hidden': 'true' }, '✕'),
          h(
            'span',
            {},
            dataText(label(b.account)),
            ' ',
            h('span', { class: 'muted' }, capabilityList(b.lose, lang)),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'icon-button',
              'aria-label': t.banRemove(label(b.account)),
              title: t.banRemove(label(b.account)),
              onclick: () => props.onRemove(b.account),
            },
            '×',
          ),
        ),
      ),
    ),
    h(
      'button',
      { type: 'button', id: 'clear-sim', onclick: props.onClear },
      t.clearSim,
      ' ',
      h('kbd', {}, 'Esc'),
    ),
  );
}

/** Renders the simulation result. */
export function impactSummary(props: SummaryProps): HTMLElement {
  const t = text(props.lang).web;
  const kept = keptAssets(props.map, props.result);
  return h(
    'section',
    { class: 'impact-summary', 'aria-labelledby': 'impact-title' },
    h('h2', { id: 'impact-title', tabindex: -1 }, t.resultHeading),
    props.scenarioLabel ? h('p', { class: 'scenario-name' }, dataText(props.scenarioLabel)) : null,
    headline(props, kept),
    keptSection(props, kept),
    bansInForce(props),
    affectedList(props),
  );
}
