/**
 * @module Money totals per currency, summed exactly in integer minor units (BigInt, so neither float drift
 * nor huge values lose cents) and reported in major units.
 */
import type { Totals } from '../model/index.js';

const ZERO_DECIMALS = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);
const THREE_DECIMALS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** Number of minor-unit decimals of an ISO 4217 currency (2 unless listed otherwise). */
export function decimals(currency: string): number {
  if (ZERO_DECIMALS.has(currency)) return 0;
  if (THREE_DECIMALS.has(currency)) return 3;
  return 2;
}

/** Accumulates amounts per currency; `totals()` gives major units, currencies sorted. */
export class MoneySum {
  private readonly minor = new Map<string, bigint>();

  add(value: number, currency: string): void {
    const scale = 10 ** decimals(currency);
    const m = BigInt(Math.round(value * scale));
    this.minor.set(currency, (this.minor.get(currency) ?? 0n) + m);
  }

  addTotals(t: Totals): void {
    for (const [cur, v] of Object.entries(t)) this.add(v, cur);
  }

  /** Major-unit value of one currency's sum (0 when absent). */
  get(currency: string): number {
    const m = this.minor.get(currency);
    return m === undefined ? 0 : toMajor(m, currency);
  }

  get size(): number {
    return this.minor.size;
  }

  totals(): Totals {
    const out: Totals = {};
    for (const cur of [...this.minor.keys()].sort()) out[cur] = toMajor(this.minor.get(cur)!, cur);
    return out;
  }
}

function toMajor(minor: bigint, currency: string): number {
  const d = decimals(currency);
  if (d === 0) return Number(minor);
  const scale = 10n ** BigInt(d);
  // Exact integers divided once give the correctly rounded decimal; split only beyond 2^53.
  if (minor <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(minor) / Number(scale);
  const whole = minor / scale;
  const frac = minor % scale;
  return Number(whole) + Number(frac) / Number(scale);
}

/** Compares two totals by value, for ranking: the sum over currencies, then the number of currencies. */
export function compareTotalsDesc(a: Totals, b: Totals): number {
  const sa = Object.values(a).reduce((x, y) => x + y, 0);
  const sb = Object.values(b).reduce((x, y) => x + y, 0);
  return sb - sa;
}
