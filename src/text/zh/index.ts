/** @module 中文文字目录：每个功能一节。这里的形状就是 Catalogue 类型，英文目录必须有同样的键。 */
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

export const zh = {
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
