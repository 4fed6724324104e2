/** @module The guided survey's place in the page state: kept apart from its actions so the state imports no action. */
import type { SurveyAnswers } from '../../src/engine/survey.js';

/** Where the survey is: its step (0 roots, 1 apps, 2 money and devices, 3 finish) and the answers so far. */
export interface SurveyState {
  step: number;
  answers: SurveyAnswers;
}
