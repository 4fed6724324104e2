/** @module The English catalogue: one section per feature, typed by the Chinese one (a missing key fails tsc). */
import type { Catalogue } from '../catalogue.js';
import { access } from './access.js';
import { advice } from './advice.js';
import { cli } from './cli.js';
import { cutSets } from './cut-sets.js';
import { history } from './history.js';
import { impact } from './impact.js';
import { imports } from './import.js';
import { issues } from './issues.js';
import { newAccount } from './new-account.js';
import { report } from './report.js';
import { riskReport } from './risk-report.js';
import { serve } from './serve.js';
import { status } from './status.js';
import { store } from './store.js';
import { survey } from './survey.js';
import { takeover } from './takeover.js';
import { web } from './web/index.js';

export const en: Catalogue = {
  access,
  advice,
  cli,
  cutSets,
  history,
  impact,
  imports,
  issues,
  newAccount,
  report,
  riskReport,
  serve,
  status,
  store,
  survey,
  takeover,
  web,
};
