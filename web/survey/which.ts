/** Which number and which mailbox an app of the survey is bound to, when the person entered more than one. */
import { getProvider } from '../../src/catalog/index.js';
import type { SurveyAnswers, SurveyApp } from '../../src/engine/survey.js';
import { type Lang, text } from '../../src/text/index.js';
import { h } from '../shell/dom.js';
import type { App } from '../shell/state.js';
import { answer } from './actions.js';

const name = (id: string, lang: Lang) => getProvider(id)?.names[lang] ?? id;

/** The numbers entered, in words: "China Mobile number 1", "China Mobile number 2", "China Unicom number 1". */
export function phoneNames(a: SurveyAnswers, lang: Lang): string[] {
  const t = text(lang).survey;
  const counts = new Map<string, number>();
  return a.phones.map((p) => {
    const n = (counts.get(p.carrier) ?? 0) + 1;
    counts.set(p.carrier, n);
    return p.label ?? t.numberLabel(name(p.carrier, lang), n);
  });
}

/**
 * With two or more numbers, which one an app is bound to (its SMS codes, its recovery); with two or more
 * mailboxes and the email chip on, which mailbox. The first unless chosen, as surveyMap reads it.
 */
export function whichSelects(app: App, a: SurveyAnswers, chosen: SurveyApp, lang: Lang): HTMLElement | null {
  const t = text(lang).survey;
  const appName = name(chosen.provider, lang);
  const choose = (kind: 'phone' | 'email', v: number) =>
    answer(app, (x) => ({
      ...x,
      apps: x.apps.map((y) => {
        if (y.provider !== chosen.provider) return y;
        const { [kind]: _old, ...rest } = y;
        return v === 0 ? rest : { ...rest, [kind]: v };
      }),
    }));
  const pick = (kind: 'phone' | 'email', label: string, options: readonly string[]) =>
    h(
      'label',
      { class: 'survey-which' },
      h('span', {}, label),
      h(
        'select',
        {
          'data-which': kind,
          'data-which-app': chosen.provider,
          onchange: (e: Event) => choose(kind, Number((e.target as HTMLSelectElement).value)),
        },
        options.map((o, i) => h('option', { value: String(i), selected: i === (chosen[kind] ?? 0) }, o)),
      ),
    );
  const parts: HTMLElement[] = [];
  if (a.phones.length > 1) parts.push(pick('phone', t.whichNumber(appName), phoneNames(a, lang)));
  if (a.mailboxes.length > 1 && chosen.logins.includes('email'))
    parts.push(
      pick(
        'email',
        t.whichMailbox(appName),
        a.mailboxes.map((m) => m.label ?? name(m.provider, lang)),
      ),
    );
  return parts.length > 0 ? h('div', { class: 'survey-which-row' }, parts) : null;
}
