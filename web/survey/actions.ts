/**
 * The survey's actions: change the answers or the step (always a new object, so the panel re-renders), and
 * finish: the answers become a map through the engine's surveyMap and are committed like any other edit.
 */
import { emptyAnswers, type SurveyAnswers, surveyMap } from '../../src/engine/survey.js';
import type { BindingMap } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { commit } from '../editor/document.js';
import { newEmpty } from '../maps/open.js';
import { setMode, setView } from '../shell/navigation.js';
import type { App } from '../shell/state.js';

export type { SurveyState } from './survey-state.js';

export const LAST_STEP = 3;

/** Replaces the answers with `change(answers)`. */
export function answer(app: App, change: (a: SurveyAnswers) => SurveyAnswers): void {
  const survey = app.store.get().survey;
  app.store.set({ survey: { ...survey, answers: change(survey.answers) } });
}

/** Moves to a step (clamped). */
export function goToStep(app: App, step: number): void {
  const survey = app.store.get().survey;
  app.store.set({ survey: { ...survey, step: Math.max(0, Math.min(LAST_STEP, step)) } });
}

/** The map the answers give, added to the open map (never to the example, which stays as it is). */
export function surveyResult(app: App): { base: BindingMap; map: BindingMap } {
  const state = app.store.get();
  const base: BindingMap = state.source.kind === 'example' ? { version: 1, accounts: [] } : state.map;
  return { base, map: surveyMap({ ...state.survey.answers, lang: state.lang }, base) };
}

/** Commits the survey's map, clears the answers and shows the graph in edit mode. */
export async function finishSurvey(app: App): Promise<void> {
  // Over the example, the survey starts the person's own empty map rather than a copy of the example.
  if (app.store.get().source.kind === 'example') await newEmpty(app);
  const { base, map } = surveyResult(app);
  const added = map.accounts.length - base.accounts.length;
  if (added <= 0) return;
  const state = app.store.get();
  const errors = commit(app, map, { announce: text(state.lang).survey.done(added) });
  if (errors) return;
  app.store.set({ survey: { step: 0, answers: emptyAnswers(state.lang) } });
  setMode(app, 'edit');
  setView(app, 'graph');
}
