/** @module The command line's words in English: help, usage hints, errors and result lines. */
import { countOf } from '../format.js';
import type { CliText } from '../zh/cli.js';

const q = (s: string) => JSON.stringify(s);
const maps = (n: number) => countOf(n, 'en', { one: 'map', other: 'maps' });
const revisions = (n: number) => countOf(n, 'en', { one: 'revision', other: 'revisions' });

export const cli: CliText = {
  help: (version: string) => `banradius ${version} — what a ban cuts off, why, and what it costs

usage:
  banradius serve [--port 4178] [--data DIR] [--token T]     the web UI and JSON API on this machine
  banradius impact (MAP.json | --map ID [--data DIR]) (--ban ID[:cap,cap]|ID@preset ... | --scenario ID) [--json]
                                                            what a ban cuts off, and what it costs
  banradius risk MAP.json [--order 1|2|3] [--target ID] [--json | --format text|json|markdown] [--redact]
                                                            before a ban: what to fix first, single points of
                                                            failure; --target: how you can lose that account
  banradius takeover MAP.json --holds ID[:cap,cap] ... [--knows ID ...] [--json]
                                                            who else gets in with a recycled number or leaked mailbox
  banradius timeline MAP.json (--timeline ID | --preset PRESET --account ID) [--json]
                                                            a ban step by step: what is cut off and taken when
  banradius validate MAP.json                               every problem of a map, with its JSON path
  banradius export MAP.json --format json|dot|graphml|mermaid|svg|markdown [--redact]
                                                            the map as a file
  banradius import FILE [--format auto|bitwarden-json|bitwarden-csv|chrome-csv|firefox-csv|1password-csv|apple-csv|keepass-xml] [--into MAP.json]
                                                            a map from a password manager's export (passwords are never read or kept)
  banradius maps list [--data DIR] [--json]                 the stored maps
  banradius maps prune [--data DIR] [--json]                drop old revisions by the retention rule
  banradius backup FILE [--data DIR]                        every map and revision into one file
  banradius restore FILE [--data DIR]                       replace the store with a backup (checked first)
  banradius --version                                       the version

Exit codes: 0 success, 1 bad input (the file and JSON path are named), 2 usage mistake.
The language follows LC_ALL, LC_MESSAGES or LANG (Chinese for zh*).`,
  args: {
    unknownOption: (option) => `unknown option ${q(option)} (put a file name starting with - after --)`,
    missingValue: (option) => `${option} needs a value`,
    takesNoValue: (option) => `${option} takes no value`,
    dashValue: (option) =>
      `${option} is missing its value (write a value starting with - as ${option}=-value)`,
    unexpectedArgument: (arg) =>
      `unexpected argument ${q(arg)}: this command takes no file or other argument`,
  },
  usage: (syntax: string) => `usage: ${syntax}`,
  unknownCommand: (name: string) => `unknown command ${q(name)}`,
  valid: (file: string) => `${file}: valid`,
  warning: 'warning',
  invalidMap: (file: string) => `${file}: invalid map`,
  notJson: (file: string, detail: string) => `${file}: not valid JSON: ${detail}`,
  cannotRead: (file: string, code: string) => `${file}: cannot read: ${code}`,
  banOrScenario: 'give either --ban or --scenario, not both',
  needBan: 'name at least one --ban or a --scenario',
  noScenario: (file: string, scenario: string, known: string) =>
    `${file}: no scenario ${q(scenario)}; scenarios: ${known || '(none)'}`,
  badBan: (text: string, problem: string) => `--ban ${text}: ${problem}`,
  badOrder: (text: string) => `--order must be 1, 2 or 3, not ${q(text)}`,
  unknownTarget: (file: string, id: string) => `${file}: no account has the id ${q(id)} (--target)`,
  needFormat: 'name a --format',
  needHolds: 'name at least one --holds',
  badHold: (text, problem) => `--holds ${text}: ${problem}`,
  badHolds: (file) => `${file}: bad --holds or --knows`,
  badTimeline: (file) => `${file}: bad timeline choice`,
  unknownFormat: (format: string, known: string) => `unknown format ${q(format)}; formats: ${known}`,
  noStoredMap: (id: string, file: string) => `no map ${q(id)} in ${file}`,
  noStoredMaps: '(no stored maps)',
  pruned: (removed: number, maps: number) =>
    `removed ${removed} old revision${removed === 1 ? '' : 's'} from ${maps} map${maps === 1 ? '' : 's'}: every revision of the last 30 days is kept, then one per day`,
  mapsHeader: ['id', 'title', 'version', 'saved'],
  storedMap: (id: string) => `map ${id}`,
  backedUp: (m: number, r: number, file: string) => `backed up ${maps(m)} (${revisions(r)}) to ${file}`,
  restored: (m: number, r: number, file: string, replaced: number) =>
    `restored ${maps(m)} (${revisions(r)}) from ${file}, replacing ${maps(replaced)}`,
};
