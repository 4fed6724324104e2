/**
 * The survey's money and devices step: an amount field for each new account that holds money (it can
 * withdraw) and a device value for each that holds devices (Apple, phone makers, Microsoft, Amazon).
 */
import { getProvider } from '../../src/catalog/index.js';
import type { SurveyAnswers } from '../../src/engine/survey.js';
import type { Account } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { h } from '../shell/dom.js';
import type { App } from '../shell/state.js';
import { answer, surveyResult } from './actions.js';

/** Accounts that hold money (pay or withdraw) or devices (makers' and global accounts). */
function holders(accounts: readonly Account[]): { money: Account[]; devices: Account[] } {
  const caps = (x: Account) => x.capabilities ?? getProvider(x.provider ?? '')?.capabilities ?? [];
  return {
    money: accounts.filter((x) => caps(x).includes('withdraw')),
    devices: accounts.filter(
      (x) => caps(x).includes('find_my') || ['microsoft', 'amazon'].includes(x.provider ?? ''),
    ),
  };
}

export function moneyStep(app: App, a: SurveyAnswers, lang: 'zh' | 'en'): HTMLElement[] {
  const t = text(lang).survey;
  const { base, map } = surveyResult(app);
  const fresh = map.accounts.slice(base.accounts.length);
  const { money, devices } = holders(fresh);
  const field = (acc: Account, kind: 'money' | 'device') => {
    const label = kind === 'money' ? t.moneyLabel : t.deviceLabel;
    const current = a.assets.find((x) => x.account === acc.id && x.kind === kind);
    const input = h('input', {
      type: 'number',
      min: 0,
      step: 1,
      inputmode: 'numeric',
      id: `survey-${kind}-${acc.id}`,
      value: current ? String(current.value) : '',
    });
    input.addEventListener('change', () => {
      const value = Number(input.value);
      answer(app, (x) => ({
        ...x,
        assets: [
          ...x.assets.filter((y) => !(y.account === acc.id && y.kind === kind)),
          ...(Number.isFinite(value) && value > 0 ? [{ account: acc.id, kind, label, value }] : []),
        ],
      }));
    });
    return h(
      'label',
      { class: 'survey-money', for: input.id },
      h('span', {}, `${acc.label} · ${kind === 'money' ? t.moneyField : t.deviceField}`),
      input,
    );
  };
  if (money.length + devices.length === 0) return [h('p', { class: 'muted' }, t.noAccounts)];
  return [
    h('p', { class: 'hint' }, t.moneyHint),
    h(
      'div',
      { class: 'survey-money-list' },
      money.map((x) => field(x, 'money')),
      devices.map((x) => field(x, 'device')),
    ),
  ];
}
