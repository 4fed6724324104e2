/**
 * The side panel in simulation mode: the open account's card with its ban form, the result of the bans
 * simulated (what is cut off, why, and what it costs), or a hint when nothing is simulated yet, and the
 * scenarios of the map.
 */
import type { Ban, BindingMap, Impact } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { dataText, h } from '../shell/dom.js';
import { banForm } from './ban-form.js';
import { impactSummary } from './impact-summary.js';

export interface SimulatePanelProps {
  map: BindingMap;
  lang: Lang;
  /** The account whose card is open. */
  selected: string | null;
  bans: Ban[];
  result: Impact | null;
  scenarioId: string | null;
  onBan(ban: Ban): void;
  onRemove(account: string): void;
  onClear(): void;
  onScenario(id: string): void;
  /** The card of this account was closed. */
  onClose(id: string): void;
  /** An affected account was chosen in the result. */
  onSelect(id: string): void;
}

/** The panel's parts. */
export function simulatePanel(props: SimulatePanelProps): HTMLElement[] {
  const { map, lang } = props;
  const t = text(lang).web;
  const parts: HTMLElement[] = [];
  const account = props.selected ? map.accounts.find((a) => a.id === props.selected) : undefined;
  if (account)
    parts.push(
      banForm({
        map,
        account,
        lang,
        current: props.bans.find((b) => b.account === account.id),
        onBan: props.onBan,
        onRemove: props.onRemove,
        onClose: () => props.onClose(account.id),
      }),
    );
  if (props.result) {
    const sc = props.scenarioId ? map.scenarios?.find((s) => s.id === props.scenarioId) : undefined;
    parts.push(
      impactSummary({
        map,
        lang,
        result: props.result,
        scenarioLabel: sc?.label ?? null,
        onSelect: props.onSelect,
        onRemove: props.onRemove,
        onClear: props.onClear,
      }),
    );
  } else if (!account) {
    parts.push(h('p', { class: 'panel-idle' }, map.accounts.length ? t.panelIdle : t.emptyMap));
  }
  const scenarios = map.scenarios ?? [];
  if (!account && scenarios.length > 0)
    parts.push(
      h(
        'section',
        { class: 'scenarios', 'aria-labelledby': 'scenarios-title' },
        h('h3', { id: 'scenarios-title' }, t.scenarios),
        h(
          'ul',
          {},
          scenarios.map((sc) =>
            h(
              'li',
              { class: sc.id === props.scenarioId ? 'active' : '' },
              h('span', { class: 'scenario-label' }, dataText(sc.label)),
              h('span', { class: 'muted' }, ` · ${t.scenarioBans(sc.bans.length)}`),
              h(
                'button',
                {
                  type: 'button',
                  class: 'small',
                  'data-scenario': sc.id,
                  onclick: () => props.onScenario(sc.id),
                },
                t.scenarioRun,
              ),
            ),
          ),
        ),
      ),
    );
  return parts;
}
