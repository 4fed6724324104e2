// The survey's answer edits (web/survey/answer-edits.ts): taking a number or a mailbox out keeps every app on
// the account it chose, and moves the apps that used the removed one back to the first; then surveyMap binds
// each app to the number it names.
import { describe, expect, it } from 'vitest';
import { emptyAnswers, type SurveyAnswers, surveyMap } from '../src/engine/survey.js';
import { flipMailbox, withoutPhone } from '../web/survey/answer-edits.js';

const answers: SurveyAnswers = {
  ...emptyAnswers('en'),
  phones: [{ carrier: 'china_mobile' }, { carrier: 'china_unicom' }, { carrier: 'china_telecom' }],
  mailboxes: [{ provider: 'qqmail' }, { provider: 'mail163' }, { provider: 'gmail' }],
  apps: [
    { provider: 'douyin', logins: ['sms'], phone: 2 },
    { provider: 'didi', logins: ['sms'], phone: 1 },
    { provider: 'meituan', logins: ['sms'] },
    { provider: 'china_southern', logins: ['email'], email: 2 },
    { provider: 'chsi', logins: ['email'], email: 1 },
  ],
};

/** The label of the phone account an app's first way needs, in the map the answers give. */
function numberOf(a: SurveyAnswers, app: string): string {
  const map = surveyMap(a);
  const acc = map.accounts.find((x) => x.provider === app)!;
  const need = acc.ways!.flatMap((w) => w.requires).find((r) => r.capability === 'sms')!;
  return map.accounts.find((x) => x.id === need.account)!.provider!;
}

describe('survey answer edits', () => {
  it('binds each app to the number it chose', () => {
    expect(numberOf(answers, 'douyin')).toBe('china_telecom');
    expect(numberOf(answers, 'didi')).toBe('china_unicom');
    expect(numberOf(answers, 'meituan')).toBe('china_mobile');
  });

  it('removing a number keeps the others on theirs and moves its apps to the first', () => {
    const after = withoutPhone(answers, 1);
    expect(after.phones.map((p) => p.carrier)).toEqual(['china_mobile', 'china_telecom']);
    expect(after.apps.map((x) => x.phone)).toEqual([1, undefined, undefined, undefined, undefined]);
    expect(numberOf(after, 'douyin')).toBe('china_telecom');
    expect(numberOf(after, 'didi')).toBe('china_mobile');
    expect(withoutPhone(answers, 2).apps[0]!.phone).toBeUndefined();
  });

  it('unticking a mailbox keeps the others on theirs; ticking one adds it last', () => {
    const after = flipMailbox(answers, 'qqmail');
    expect(after.mailboxes.map((m) => m.provider)).toEqual(['mail163', 'gmail']);
    expect(after.apps.map((x) => x.email)).toEqual([undefined, undefined, undefined, 1, undefined]);
    const back = flipMailbox(after, 'qqmail');
    expect(back.mailboxes.map((m) => m.provider)).toEqual(['mail163', 'gmail', 'qqmail']);
    expect(back.apps).toEqual(after.apps);
  });
});
