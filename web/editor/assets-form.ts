/**
 * The assets of an account in the editor: each asset's name, kind, value and currency, and the capability it
 * needs (only capabilities the account provides), edited in place; and a row to add one. A value is what
 * the ban simulation adds up as money lost.
 */
import { capabilitiesOf } from '../../src/engine/compile.js';
import { setAssets } from '../../src/engine/edit.js';
import { type Account, ASSET_KINDS, type Asset } from '../../src/model/index.js';
import { type Catalogue, text } from '../../src/text/index.js';
import { data, h } from '../shell/dom.js';
import type { EditContext } from './context.js';
import { field, isTextField, pathKey, showIssues } from './fields.js';
import { capWords } from './ways-form.js';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'];

interface Controls {
  label: HTMLInputElement;
  kind: HTMLSelectElement;
  value: HTMLInputElement;
  currency: HTMLInputElement;
  needs: HTMLSelectElement;
}

/** The asset the controls describe (a value that is not a number stays NaN, for validation to name). */
function read(c: Controls): Asset {
  const asset: Asset = { label: c.label.value.trim(), kind: c.kind.value as Asset['kind'] };
  if (c.value.value !== '' || c.value.validity.badInput) asset.value = c.value.valueAsNumber;
  const currency = c.currency.value.trim().toUpperCase();
  if (currency !== '' && (asset.value !== undefined || currency !== 'CNY')) asset.currency = currency;
  if (c.needs.value !== 'access') asset.needs = c.needs.value;
  return asset;
}

/** The controls of one asset row (`asset` null for the new-asset row); `j` is its index in the list. */
function assetControls(
  t: Catalogue['web'],
  caps: readonly string[],
  index: number,
  key: string,
  j: number,
  asset: Asset | null,
): Controls {
  const path = (f: string) => pathKey(['accounts', index, 'assets', j, f]);
  const attrs = (f: string) => ({ id: `${key}-${f}`, 'data-key': `${key}-${f}`, 'data-path': path(f) });
  const label = data(
    h('input', {
      ...attrs('label'),
      type: 'text',
      maxlength: 200,
      required: true,
      value: asset?.label ?? '',
    }),
  );
  const kind = h(
    'select',
    attrs('kind'),
    ASSET_KINDS.map((k) => h('option', { value: k }, t.assetKinds[k] ?? k)),
  );
  kind.value = asset?.kind ?? 'money';
  const value = h('input', {
    ...attrs('value'),
    type: 'number',
    min: 0,
    step: 'any',
    inputmode: 'decimal',
    value: asset?.value ?? '',
  });
  const currency = h('input', {
    ...attrs('currency'),
    type: 'text',
    list: 'currency-list',
    maxlength: 3,
    size: 4,
    autocapitalize: 'characters',
    value: asset?.currency ?? 'CNY',
  });
  const needs = h(
    'select',
    attrs('needs'),
    caps.map((c) => h('option', { value: c }, capWords(c, t.capNames))),
  );
  needs.value = asset?.needs ?? 'access';
  return { label, kind, value, currency, needs };
}

/** The editor of an account's assets. */
export function assetsEditor(ctx: EditContext, account: Account): HTMLElement {
  const { lang } = ctx;
  const map = ctx.map;
  const t = text(lang).web;
  const index = map.accounts.findIndex((a) => a.id === account.id);
  /** The account's assets as they are now (handlers run after other edits may have been recorded). */
  const currentAssets = () => ctx.map.accounts.find((a) => a.id === account.id)?.assets ?? [];
  const assets = account.assets ?? [];
  const caps = capabilitiesOf(account);
  const root = h(
    'section',
    { class: 'assets-editor', 'aria-labelledby': 'assets-title' },
    h('h3', { id: 'assets-title' }, t.assetsHeading),
    h('p', { class: 'hint' }, t.assetsHint),
    h(
      'datalist',
      { id: 'currency-list' },
      CURRENCIES.map((c) => h('option', { value: c })),
    ),
  );

  const controls = (key: string, j: number, asset: Asset | null) =>
    assetControls(t, caps, index, key, j, asset);
  const fields = (c: Controls) => [
    field(t.assetLabel, c.label),
    h(
      'div',
      { class: 'asset-line' },
      field(t.assetKind, c.kind),
      field(t.assetValue, c.value),
      field(t.assetCurrency, c.currency),
    ),
    field(t.assetNeeds, c.needs),
  ];
  const apply = (next: (assets: readonly Asset[]) => Asset[], from: HTMLElement) => {
    const candidate = setAssets(ctx.map, account.id, next(currentAssets()));
    const errors = ctx.commit(candidate, { quiet: isTextField(from) });
    if (errors) showIssues(root, errors, { lang, doc: candidate, fallback: from });
  };

  assets.forEach((asset, j) => {
    const c = controls(`asset-${j}`, j, asset);
    const row = h(
      'fieldset',
      { class: 'asset-row', 'data-asset': j },
      h('legend', { class: 'visually-hidden' }, t.assetLabel),
      fields(c),
      h(
        'button',
        {
          type: 'button',
          class: 'small danger',
          'data-key': `asset-${j}-remove`,
          onclick: (e: Event) =>
            apply((list) => list.filter((_, i) => i !== j), e.currentTarget as HTMLElement),
        },
        t.assetRemove,
      ),
    );
    // Data legend: the asset's name, so a screen reader hears which asset a group of fields is.
    row.querySelector('legend')!.textContent = asset.label;
    data(row.querySelector('legend')!);
    for (const el of Object.values(c))
      el.addEventListener('change', (e: Event) =>
        apply((list) => list.map((x, i) => (i === j ? read(c) : x)), e.currentTarget as HTMLElement),
      );
    root.append(row);
  });

  const c = controls('asset-new', assets.length, null);
  const add = h(
    'button',
    { type: 'button', class: 'small', id: 'asset-add', 'data-key': 'asset-add' },
    t.assetAdd,
  );
  add.addEventListener('click', () => apply((list) => [...list, read(c)], add));
  c.label.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add.click();
    }
  });
  root.append(h('fieldset', { class: 'asset-row asset-new' }, h('legend', {}, t.assetNew), fields(c), add));
  return root;
}
