/**
 * The importance part of the risk report (DESIGN §4): for the accounts with more than one way to lose them,
 * the account in most of those ways ("QQ Mail is in 7 of the 9 ways you can lose Apple ID"), then the
 * accounts in the most ways to lose others.
 */
import type { BindingMap, Risk } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { data, h } from '../shell/dom.js';

const SHOWN = 10;

/** The section, or null when no account has a cut set. */
export function importanceSection(
  map: BindingMap,
  risk: Risk,
  lang: Lang,
  label: (id: string) => string,
): HTMLElement | null {
  const t = text(lang).cutSets;
  const imp = risk.importance;
  if (imp.overall.length === 0) return null;
  const rows = map.accounts
    .filter((a) => (imp.accounts[a.id]?.sets ?? 0) > 1)
    .sort((a, b) => imp.accounts[b.id]!.sets - imp.accounts[a.id]!.sets)
    .slice(0, SHOWN)
    .map((a) => {
      const x = imp.accounts[a.id]!;
      const top = x.members[0]!;
      return data(h('li', {}, t.inWays(label(top.account), top.sets, x.sets, label(a.id))));
    });
  return h(
    'section',
    { class: 'risk-section', 'aria-labelledby': 'importance-title', id: 'importance' },
    h('h3', { id: 'importance-title' }, t.importanceHeading),
    rows.length > 0 ? h('ul', { class: 'importance' }, rows) : null,
    h('h4', {}, t.overallHeading),
    h(
      'ol',
      { class: 'importance-overall' },
      imp.overall.slice(0, 5).map((o) => data(h('li', {}, t.overall(label(o.account), o.sets, o.accounts)))),
    ),
  );
}
