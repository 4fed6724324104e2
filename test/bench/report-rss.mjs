// Preloaded into a benchmarked child process (`node --import ./report-rss.mjs ...`): on exit, writes the
// process's peak resident set size to stderr as `peak-rss-kib N`, for the parent to read.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
