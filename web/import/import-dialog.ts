/**
 * The password-manager import dialog: a drop zone and a file picker, then a review table with one row per
 * account to create (tick, site, recognised provider, what it hangs off, the ways it gets) and the add
 * button. The file is read here and parsed by the engine in the page; its bytes are dropped once read.
 */
import type { HangsOff, ImportEntry } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { openDialog } from '../shell/dialog.js';
import { h } from '../shell/dom.js';
import type { App } from '../shell/state.js';
import {
  addImported,
  catalogProviders,
  importBase,
  ownersOf,
  preview,
  providerByName,
  type Review,
  readExport,
} from './review.js';

const ownerValue = (o: HangsOff | undefined) => (o ? `${o.kind}:${o.value}` : '');

/** Opens the dialog on the page's current map. */
export function openPasswordImport(app: App): void {
  const lang = app.store.get().lang;
  const t = text(lang).imports.page;
  const status = h('p', { class: 'io-status', id: 'pw-import-status', role: 'status' });
  const review = h('div', { class: 'pw-review', id: 'pw-review' });
  const input = h('input', {
    type: 'file',
    id: 'pw-import-file',
    class: 'visually-hidden file-input',
    accept: '.json,.csv,.xml,application/json,text/csv,text/xml',
  });
  const read = async (file: File) => {
    status.textContent = t.reading;
    review.replaceChildren();
    const result = readExport(new Uint8Array(await file.arrayBuffer()), lang);
    input.value = ''; // NOTE: no reference to the file is kept once it is read
    if (!result.ok) {
      status.textContent = result.reason;
      return;
    }
    status.textContent = t.found(result.review.logins, result.review.recognised, result.review.skipped);
    renderReview(app, review, result.review, () => dialog.close());
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void read(file);
  });
  const drop = h(
    'div',
    { class: 'pw-drop', id: 'pw-drop' },
    h('p', {}, t.drop),
    input,
    h('label', { for: 'pw-import-file', class: 'button', id: 'pw-import-pick' }, t.pick),
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('pw-drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('pw-drop-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('pw-drop-over');
    const file = e.dataTransfer?.files[0];
    if (file) void read(file);
  });
  const dialog = openDialog({
    id: 'pw-import-dialog',
    title: t.title,
    closeLabel: text(lang).web.close,
    body: [h('p', { class: 'hint' }, t.intro), drop, status, review],
  });
  dialog.classList.add('pw-import-dialog');
}

/** The provider cell: a name from the catalog, or none. */
function providerInput(entry: ImportEntry, lang: Lang, refresh: () => void): HTMLInputElement {
  const t = text(lang).imports.page;
  const provider = h('input', {
    type: 'text',
    list: 'pw-providers',
    class: 'pw-provider',
    value: entry.provider ? (catalogProviders().find((p) => p.id === entry.provider)?.names[lang] ?? '') : '',
    placeholder: t.providerNone,
    'aria-label': text(lang).web.labelled(t.provider, entry.site),
  });
  provider.addEventListener('change', () => {
    const id = providerByName(provider.value);
    if (id === undefined) {
      delete entry.provider;
      provider.value = '';
    } else entry.provider = id;
    refresh();
  });
  return provider;
}

/** The "hangs off" cell: one of the mailboxes, numbers and QQ the export names, or none. */
function ownerSelect(
  entry: ImportEntry,
  owners: readonly HangsOff[],
  lang: Lang,
  refresh: () => void,
): HTMLSelectElement {
  const t = text(lang).imports.page;
  const owner = h(
    'select',
    { class: 'pw-owner', 'aria-label': text(lang).web.labelled(t.hangsOff, entry.site) },
    h('option', { value: '' }, t.hangsOffNone),
    owners.map((o) =>
      h('option', { value: ownerValue(o), selected: ownerValue(o) === ownerValue(entry.hangsOff) }, o.value),
    ),
  );
  owner.addEventListener('change', () => {
    const chosen = owners.find((o) => ownerValue(o) === owner.value);
    if (chosen) entry.hangsOff = chosen;
    else delete entry.hangsOff;
    refresh();
  });
  return owner;
}

/** Renders the review table and the add button; every change re-renders the ways column. */
function renderReview(app: App, root: HTMLElement, review: Review, done: () => void): void {
  const lang = app.store.get().lang;
  const t = text(lang).imports.page;
  const entries: ImportEntry[] = review.entries.map((e) => ({ ...e }));
  const owners = ownersOf(entries);
  const base = importBase(app);
  const list = h(
    'datalist',
    { id: 'pw-providers' },
    catalogProviders().map((p) => h('option', { value: p.names[lang] })),
  );
  const body = h('tbody');
  const add = h('button', { type: 'button', id: 'pw-import-add', class: 'primary' });
  const waysCells: HTMLElement[] = [];
  const refresh = () => {
    const { byKey, labels } = preview(entries, base, lang);
    entries.forEach((e, i) => {
      const row = byKey.get(e.key);
      const cell = waysCells[i]!;
      if (!e.include || !row) {
        cell.replaceChildren();
        return;
      }
      const ways = row.ways.length ? t.waysList(row.ways) : t.noWays;
      const flags = [e.hasTotp ? t.totp : '', e.hasPasskey ? t.passkey : ''].filter(Boolean);
      cell.replaceChildren(h('span', {}, ways));
      if (row.hangsOff)
        cell.append(h('span', { class: 'pw-via' }, ` ← ${labels.get(row.hangsOff) ?? row.hangsOff}`));
      if (flags.length) cell.append(h('span', { class: 'pw-flags' }, t.flags(flags)));
    });
    const n = entries.filter((e) => e.include).length;
    add.textContent = n > 0 ? t.add(n) : t.addNone;
    add.disabled = n === 0;
  };
  const rows = entries.map((entry, i) => {
    const tick = h('input', {
      type: 'checkbox',
      checked: entry.include,
      'aria-label': text(lang).web.labelled(t.include, entry.site),
    });
    tick.addEventListener('change', () => {
      entry.include = tick.checked;
      refresh();
    });
    const provider = providerInput(entry, lang, refresh);
    const owner = ownerSelect(entry, owners, lang, refresh);
    const ways = h('td', { class: 'pw-ways' });
    waysCells[i] = ways;
    return h(
      'tr',
      { 'data-key': entry.key },
      h('td', {}, tick),
      h(
        'td',
        { class: 'pw-site' },
        entry.site,
        entry.username ? h('span', { class: 'pw-user' }, ` ${entry.username}`) : null,
      ),
      h('td', {}, provider),
      h('td', {}, owner),
      ways,
    );
  });
  body.append(...rows);
  add.addEventListener('click', async () => {
    if (await addImported(app, entries)) done();
  });
  root.replaceChildren(
    list,
    h(
      'div',
      { class: 'pw-table-wrap' },
      h(
        'table',
        { class: 'pw-table', id: 'pw-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [t.include, t.site, t.provider, t.hangsOff, t.ways].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        body,
      ),
    ),
    h('div', { class: 'pw-actions' }, add),
  );
  refresh();
}
