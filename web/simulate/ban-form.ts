/**
 * The card of one account in the simulation panel: what it is, how you get in, what it holds, and a form to
 * ban it fully, with one of its provider's presets (or a generic one), or with a custom set of capabilities.
 */
import { getProvider, presetsFor } from '../../src/catalog/index.js';
import { applyPresetLose } from '../../src/engine/bans.js';
import { capabilitiesOf } from '../../src/engine/compile.js';
import { formatMoney } from '../../src/engine/describe.js';
import type { Account, Ban, BindingMap, Way } from '../../src/model/index.js';
import { capabilityList, capabilityName, type Lang, listParts, text } from '../../src/text/index.js';
import { kindIcon } from '../graph/legend.js';
import { data, dataText, h, replace } from '../shell/dom.js';

export interface BanFormProps {
  map: BindingMap;
  account: Account;
  lang: Lang;
  /** The ban on this account in the running simulation, if any. */
  current: Ban | undefined;
  onBan(ban: Ban): void;
  onRemove(account: string): void;
  onClose(): void;
}

const CUSTOM = '__custom__';

/** The preset a new ban starts with: the one a scenario of the map uses for this account, else a full ban. */
function defaultChoice(map: BindingMap, account: Account, current: Ban | undefined): string {
  if (current) return current.preset ?? (Array.isArray(current.lose) ? CUSTOM : 'full_ban');
  for (const sc of map.scenarios ?? [])
    for (const b of sc.bans) if (b.account === account.id && b.preset !== undefined) return b.preset;
  return 'full_ban';
}

/** Renders the account card with its ban form. */
export function banForm(props: BanFormProps): HTMLElement {
  return accountCard(props, banBox(props));
}

/** The ban form: a preset (or custom capabilities), what it takes and leaves in words, apply or remove. */
function banBox(props: BanFormProps): HTMLElement {
  const { map, account, lang, current } = props;
  const t = text(lang).web;
  const caps = capabilitiesOf(account);
  const presets = presetsFor(account.provider);

  const select = h('select', { id: 'ban-preset', class: 'ban-preset' });
  for (const p of presets) select.append(h('option', { value: p.id }, p.names[lang]));
  select.append(h('option', { value: CUSTOM }, t.presetCustom));
  select.value = defaultChoice(map, account, current);
  if (select.value === '') select.value = 'full_ban';

  const currentLose = current && Array.isArray(current.lose) ? current.lose : caps;
  const boxes = caps.map((cap) =>
    h(
      'label',
      { class: 'cap-choice' },
      h('input', { type: 'checkbox', value: cap, checked: currentLose.includes(cap) }),
      h('span', {}, capabilityName(cap, lang)),
    ),
  );
  const custom = h('fieldset', { class: 'custom-caps' }, h('legend', {}, t.loses), boxes);
  const summary = h('p', { class: 'ban-summary', 'aria-live': 'polite' });
  const problem = h('p', { class: 'form-error', role: 'alert' });

  const chosenLose = (): string[] => {
    if (select.value === CUSTOM)
      return boxes
        .map((b) => b.querySelector('input')!)
        .filter((i) => i.checked)
        .map((i) => i.value);
    const preset = presets.find((p) => p.id === select.value);
    return preset ? applyPresetLose(preset.lose, caps) : caps;
  };
  const refresh = () => {
    custom.hidden = select.value !== CUSTOM;
    const lose = chosenLose();
    const keep = caps.filter((c) => !lose.includes(c));
    replace(
      summary,
      h('span', {}, t.loses),
      h('span', { class: 'caps-lost' }, lose.length ? capabilityList(lose, lang) : '—'),
      keep.length ? h('span', {}, ` · ${t.keeps}`) : null,
      keep.length ? h('span', { class: 'caps-kept' }, capabilityList(keep, lang)) : null,
    );
    problem.textContent = '';
  };
  select.addEventListener('change', refresh);
  custom.addEventListener('change', refresh);
  refresh();

  const form = h(
    'form',
    { class: 'ban-form' },
    h('label', { for: 'ban-preset', class: 'field-label' }, t.banWhat),
    select,
    custom,
    summary,
    problem,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary', id: 'ban-apply' }, current ? t.banUpdate : t.banApply),
      current ? h('button', { type: 'button', onclick: () => props.onRemove(account.id) }, t.remove) : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value === CUSTOM) {
      const lose = chosenLose();
      if (lose.length === 0) {
        problem.textContent = t.banNoneChecked;
        return;
      }
      props.onBan({ account: account.id, lose });
    } else props.onBan({ account: account.id, preset: select.value });
  });
  return form;
}

/** What the account is, how you get in, what it holds; `form` goes at the bottom. */
function accountCard(props: BanFormProps, form: HTMLElement): HTMLElement {
  const { map, account, lang } = props;
  const t = text(lang).web;
  const caps = capabilitiesOf(account);
  const label = (id: string) => map.accounts.find((a) => a.id === id)?.label ?? id;
  const provider = account.provider ? getProvider(account.provider) : undefined;
  const wayLine = (way: Way, capability?: string) => {
    const reqs = listParts(
      way.requires.map((r) => [
        dataText(label(r.account)),
        ' ',
        capabilityName(r.capability ?? 'access', lang),
      ]),
      lang,
    );
    const purpose = way.purpose === 'recovery' ? t.purposeRecovery : t.purposeLogin;
    return h(
      'li',
      {},
      h('span', { class: 'way-purpose' }, capability ? t.capWays(capabilityName(capability, lang)) : purpose),
      t.colon,
      reqs.length ? reqs : t.wayFree,
      way.label ? [' ', data(h('span', { class: 'way-label' }, `(${way.label})`))] : null,
    );
  };
  const ways = account.ways ?? [];
  const capWays = Object.entries(account.capabilityWays ?? {});
  const assets = account.assets ?? [];

  return h(
    'section',
    { class: 'account-card', 'aria-labelledby': 'account-card-title' },
    h(
      'div',
      { class: 'card-head' },
      kindIcon(account.kind, 22),
      h('h2', { id: 'account-card-title', tabindex: -1 }, dataText(account.label)),
      h(
        'button',
        { type: 'button', class: 'icon-button', 'aria-label': t.close, onclick: props.onClose },
        '×',
      ),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t.kind),
      h('dd', {}, t.kinds[account.kind]),
      provider ? [h('dt', {}, t.provider), h('dd', {}, provider.names[lang])] : null,
      h('dt', {}, t.capabilities),
      h('dd', {}, capabilityList(caps, lang)),
    ),
    h('h3', {}, t.waysIn),
    ways.length === 0 && capWays.length === 0
      ? h('p', { class: 'muted' }, t.rootAccount)
      : h(
          'ul',
          { class: 'ways' },
          ways.map((w) => wayLine(w)),
          capWays.flatMap(([cap, list]) => list.map((w) => wayLine(w, cap))),
        ),
    assets.length
      ? [
          h('h3', {}, t.assets),
          h(
            'ul',
            { class: 'assets' },
            assets.map((a) =>
              h(
                'li',
                {},
                dataText(a.label),
                ' ',
                h(
                  'span',
                  { class: 'muted' },
                  a.value !== undefined
                    ? formatMoney(a.value, a.currency ?? 'CNY', lang)
                    : `${t.assetKinds[a.kind] ?? a.kind} · ${t.noValue}`,
                ),
              ),
            ),
          ),
        ]
      : null,
    account.notes
      ? h('details', { class: 'notes' }, h('summary', {}, t.notes), data(h('p', {}, account.notes)))
      : null,
    h('div', { class: 'ban-box' }, form),
  );
}
