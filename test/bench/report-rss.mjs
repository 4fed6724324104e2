// Preloaded into a benchmarked child process (`node --import ./report-rss.mjs ...`): on exit, writes the
// process's peak resident set size to stderr as `peak-rss-kib N` and its CPU time (user + system, which
// other jobs on a shared machine inflate far less than wall time) as `cpu-us N`, for the parent to read.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  writeSync(2, `\npeak-rss-kib ${u.maxRSS}\ncpu-us ${u.userCPUTime + u.systemCPUTime}\n`);
});
