/**
 * Edits of the survey's answers that keep them consistent: taking a number or a mailbox out moves the apps
 * that used it back to the first, and the others keep the one they chose (indices shift). Pure.
 */
import type { SurveyAnswers } from '../../src/engine/survey.js';

/**
 * An index into a list after item `removed` is taken out of it: the same item, or undefined for the first (the
 * default, also where an app that used the removed item goes).
 */
function shifted(index: number | undefined, removed: number): number | undefined {
  if (index === undefined || index === removed) return undefined;
  const kept = index > removed ? index - 1 : index;
  return kept === 0 ? undefined : kept;
}

/** The answers without number `i`; apps that used it go back to the first number, the others keep theirs. */
export function withoutPhone(x: SurveyAnswers, i: number): SurveyAnswers {
  const apps = x.apps.map(({ phone, ...rest }) => {
    const kept = shifted(phone, i);
    return kept === undefined ? rest : { ...rest, phone: kept };
  });
  return { ...x, phones: x.phones.filter((_, j) => j !== i), apps };
}

/** The answers with mailbox `m` ticked or unticked; apps keep the mailbox they chose. */
export function flipMailbox(x: SurveyAnswers, m: string): SurveyAnswers {
  const i = x.mailboxes.findIndex((y) => y.provider === m);
  if (i < 0) return { ...x, mailboxes: [...x.mailboxes, { provider: m }] };
  const apps = x.apps.map(({ email, ...rest }) => {
    const kept = shifted(email, i);
    return kept === undefined ? rest : { ...rest, email: kept };
  });
  return { ...x, mailboxes: x.mailboxes.filter((_, j) => j !== i), apps };
}
