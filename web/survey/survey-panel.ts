/**
 * The guided survey tab (issue 11, DESIGN §4d): roots first (numbers by carrier, mailboxes, WeChat, QQ,
 * Alipay, the ID card), then the common apps by category as tiles with login chips, then money and devices
 * per account, then one button that builds the map. The answers live in the store; the map comes from the
 * engine's surveyMap (src/engine/survey.ts), so the page only collects clicks.
 */
import { getProvider } from '../../src/catalog/index.js';
import { SURVEY_CARRIERS, SURVEY_CATEGORIES, SURVEY_MAILBOXES } from '../../src/catalog/survey.js';
import { CHIPS, type Chip, defaultChips, SURVEY_ROOTS, type SurveyAnswers } from '../../src/engine/survey.js';
import { text } from '../../src/text/index.js';
import { byId, h, replace } from '../shell/dom.js';
import type { App } from '../shell/state.js';
import { answer, finishSurvey, goToStep, LAST_STEP, surveyResult } from './actions.js';
import { flipMailbox, withoutPhone } from './answer-edits.js';
import { moneyStep } from './money-step.js';
import { phoneNames, whichSelects } from './which.js';

type Lang = 'zh' | 'en';
const name = (id: string, lang: Lang) => getProvider(id)?.names[lang] ?? id;

/** A toggle button: `aria-pressed` says whether it is on. */
function toggle(label: string, on: boolean, attrs: Record<string, string>, onClick: () => void): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'survey-toggle', 'aria-pressed': String(on), ...attrs, onclick: onClick },
    label,
  );
}

function rootsStep(app: App, a: SurveyAnswers, lang: Lang): (HTMLElement | null)[] {
  const t = text(lang).survey;
  const names = phoneNames(a, lang);
  const phones = a.phones.map((_, i) => {
    return h(
      'li',
      { class: 'survey-phone', 'data-phone': i },
      h('span', {}, names[i]!),
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'data-remove-phone': i,
          onclick: () => answer(app, (x) => withoutPhone(x, i)),
        },
        t.remove,
      ),
    );
  });
  const flip = <T>(list: readonly T[], item: T) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return [
    h('h3', {}, t.numbers),
    h('p', { class: 'hint' }, t.numbersHint),
    h(
      'div',
      { class: 'survey-row' },
      SURVEY_CARRIERS.map((c) =>
        h(
          'button',
          {
            type: 'button',
            class: 'survey-add',
            'data-add-phone': c,
            onclick: () => answer(app, (x) => ({ ...x, phones: [...x.phones, { carrier: c }] })),
          },
          t.addNumber(name(c, lang)),
        ),
      ),
    ),
    phones.length ? h('ul', { class: 'survey-phones' }, phones) : null,
    h('h3', {}, t.mailboxes),
    h(
      'div',
      { class: 'survey-row' },
      SURVEY_MAILBOXES.map((m) =>
        toggle(
          name(m, lang),
          a.mailboxes.some((x) => x.provider === m),
          { 'data-mailbox': m },
          () => answer(app, (x) => flipMailbox(x, m)),
        ),
      ),
    ),
    h('h3', {}, t.roots),
    h(
      'div',
      { class: 'survey-row' },
      SURVEY_ROOTS.map((r) =>
        toggle(name(r, lang), a.roots.includes(r), { 'data-root': r }, () =>
          answer(app, (x) => ({ ...x, roots: flip(x.roots, r) })),
        ),
      ),
    ),
  ];
}

/** The chips a person can use given the roots entered (an SMS code needs a number, and so on). */
function usableChips(a: SurveyAnswers): Chip[] {
  return CHIPS.filter((c) =>
    c === 'sms'
      ? a.phones.length > 0
      : c === 'email'
        ? a.mailboxes.length > 0
        : c === 'apple'
          ? a.apps.some((x) => x.provider === 'apple_id')
          : c === 'password'
            ? true
            : a.roots.includes(c),
  );
}

function appsStep(app: App, a: SurveyAnswers, lang: Lang): (HTMLElement | null)[] {
  const t = text(lang).survey;
  const chips = usableChips(a);
  const tile = (id: string) => {
    const chosen = a.apps.find((x) => x.provider === id);
    const flipApp = () =>
      answer(app, (x) => ({
        ...x,
        apps: chosen
          ? x.apps.filter((y) => y.provider !== id)
          : [
              ...x.apps,
              { provider: id, logins: defaultChips(getProvider(id)!).filter((c) => chips.includes(c)) },
            ],
      }));
    const flipChip = (c: Chip) =>
      answer(app, (x) => ({
        ...x,
        apps: x.apps.map((y) =>
          y.provider !== id
            ? y
            : { ...y, logins: y.logins.includes(c) ? y.logins.filter((z) => z !== c) : [...y.logins, c] },
        ),
      }));
    return h(
      'li',
      { class: 'survey-tile', 'data-selected': String(chosen !== undefined) },
      toggle(name(id, lang), chosen !== undefined, { 'data-app': id }, flipApp),
      chosen
        ? h(
            'div',
            { class: 'survey-chips', role: 'group', 'aria-label': t.loginsOf(name(id, lang)) },
            chips.map((c) =>
              toggle(
                t.chips[c],
                chosen.logins.includes(c),
                { class: 'survey-toggle chip', 'data-chip': c, 'data-chip-app': id },
                () => flipChip(c),
              ),
            ),
          )
        : null,
      chosen ? whichSelects(app, a, chosen, lang) : null,
    );
  };
  return [
    h('p', { class: 'hint' }, t.apps),
    ...SURVEY_CATEGORIES.map((c) =>
      h(
        'section',
        { class: 'survey-category', 'data-category': c.id },
        h('h3', {}, c.names[lang]),
        h('ul', { class: 'survey-tiles' }, c.providers.map(tile)),
      ),
    ),
  ];
}

function finishStep(app: App, lang: Lang): HTMLElement[] {
  const t = text(lang).survey;
  const { base, map } = surveyResult(app);
  const added = map.accounts.length - base.accounts.length;
  return [
    h('p', { id: 'survey-summary', 'data-count': added }, added > 0 ? t.summary(added) : t.nothing),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        id: 'survey-finish',
        disabled: added === 0,
        onclick: () => void finishSurvey(app),
      },
      t.finish,
    ),
  ];
}

function render(app: App): void {
  const { survey, lang } = app.store.get();
  const t = text(lang).survey;
  const { step, answers } = survey;
  const body =
    step === 0
      ? rootsStep(app, answers, lang)
      : step === 1
        ? appsStep(app, answers, lang)
        : step === 2
          ? moneyStep(app, answers, lang)
          : finishStep(app, lang);
  replace(
    byId('view-survey'),
    h(
      'div',
      { class: 'survey', 'data-step': step },
      h('h2', { id: 'survey-title' }, t.title),
      h('p', { class: 'hint' }, t.intro),
      h(
        'ol',
        { class: 'survey-steps' },
        t.steps.map((label, i) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                id: `survey-step-${i}`,
                'aria-current': i === step ? 'step' : null,
                onclick: () => goToStep(app, i),
              },
              label,
            ),
          ),
        ),
      ),
      h('div', { class: 'survey-body' }, body),
      h(
        'div',
        { class: 'form-actions survey-nav' },
        step > 0
          ? h('button', { type: 'button', id: 'survey-back', onclick: () => goToStep(app, step - 1) }, t.back)
          : null,
        step < LAST_STEP
          ? h(
              'button',
              { type: 'button', class: 'primary', id: 'survey-next', onclick: () => goToStep(app, step + 1) },
              t.next,
            )
          : null,
      ),
    ),
  );
  byId('tab-survey').textContent = t.tab;
}

/** Mounts the survey tab; it renders whenever its answers, the language or the open map change. */
export function mountSurvey(app: App): void {
  app.store.subscribe(['survey', 'lang', 'map'], () => render(app));
  render(app);
}
