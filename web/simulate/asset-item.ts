/** One asset in a list: its label and its value (or its kind when it has none), then any extra parts. */
import { formatMoney } from '../../src/engine/describe.js';
import type { AssetRef } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { dataText, h } from '../shell/dom.js';

export function assetItem(r: AssetRef, lang: Lang, extra: (HTMLElement | string | null)[] = []): HTMLElement {
  const money = r.value !== undefined;
  const t = text(lang).web;
  return h(
    'li',
    {},
    dataText(r.label),
    ' ',
    h(
      'span',
      { class: money ? 'money' : 'muted' },
      money ? formatMoney(r.value!, r.currency, lang) : `${t.assetKinds[r.kind] ?? r.kind}`,
    ),
    ...extra,
  );
}
