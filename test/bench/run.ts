/**
 * `npm run bench`: runs every benchmark section and prints its figures. Ratios compare against a baseline
 * measured in the same process, so they hold across machines; `--only NAME` runs one section.
 */
import { benchApi } from './api.bench.js';
import { benchCliStartup } from './cli-startup.bench.js';
import { benchImpact } from './impact.bench.js';
import { benchImpactCli } from './impact-cli.bench.js';
import { benchImport } from './import.bench.js';
import { benchRisk } from './risk.bench.js';
import { benchScram } from './scram.bench.js';
import { benchTakeover } from './takeover.bench.js';
import { benchUi } from './ui.bench.js';

type Section = {
  name: string;
  run: () => Record<string, string | number> | Promise<Record<string, string | number>>;
};

export const SECTIONS: Section[] = [
  { name: 'impact', run: () => benchImpact() },
  { name: 'impact-1m', run: () => benchImpactCli() },
  { name: 'risk', run: () => benchRisk() },
  { name: 'scram', run: () => benchScram() },
  { name: 'takeover', run: () => benchTakeover() },
  { name: 'api', run: () => benchApi() },
  { name: 'ui', run: () => benchUi() },
  { name: 'cli-startup', run: () => benchCliStartup() },
  { name: 'import', run: () => benchImport() },
];

const only = process.argv.indexOf('--only');
const wanted = only >= 0 ? process.argv[only + 1] : undefined;
for (const s of SECTIONS) {
  if (wanted && s.name !== wanted) continue;
  const figures = await s.run();
  console.log(`\n## ${s.name}`);
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(40)} ${v}`);
}
