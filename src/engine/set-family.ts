/**
 * @module Truncated set algebra for minimal cut sets: a family is a minimal, sorted Float64Array of small sets
 * of accounts, each set encoded as one exact integer (sorted members a < b < c as ((a+1)·M + b+1)·M + c+1, the
 * empty set as 0), so that equal sets are equal numbers, smaller sets sort first and subsumption is a few
 * lookups. Union is OR, product is AND; both keep only minimal sets of at most `order` members.
 */

import { CodeTable } from './code-table.js';
import { type Budget, DEFAULT_BUDGET, maxAccounts, TooComplexError } from './too-complex.js';

/** A minimal family of cut sets, sorted ascending. `[]` never fails; `[0]` (the empty set) always fails. */
export type Family = Float64Array;

export const NEVER: Family = new Float64Array(0);
export const ALWAYS: Family = Float64Array.of(0);

/** Set algebra over accounts 0..m-2 with sets of at most `order` members, counting work against a budget. */
export class SetAlgebra {
  readonly m: number;
  private readonly m2: number;
  steps = 0;
  private readonly tableA = new CodeTable();
  private readonly tableB = new CodeTable();
  private out = new Float64Array(1024);
  private len = 0;
  private readonly d = [0, 0, 0];

  constructor(
    accounts: number,
    readonly order: number,
    private readonly budget: Budget = DEFAULT_BUDGET,
  ) {
    if (accounts > maxAccounts(order)) throw new TooComplexError(order, 'accounts');
    this.m = accounts + 1;
    this.m2 = this.m * this.m;
  }

  /** The family holding only the singleton {a}. */
  single(a: number): Family {
    return Float64Array.of(a + 1);
  }

  sizeOf(code: number): number {
    return code === 0 ? 0 : code < this.m ? 1 : code < this.m2 ? 2 : 3;
  }

  /** Decodes a set into this.d (members ascending); returns its size. */
  private decode(code: number): number {
    const { m, d } = this;
    if (code < m) {
      d[0] = code - 1;
      return code === 0 ? 0 : 1;
    }
    const z = code % m;
    const rest = (code - z) / m;
    if (code < this.m2) {
      d[0] = rest - 1;
      d[1] = z - 1;
      return 2;
    }
    const y = rest % m;
    d[0] = (rest - y) / m - 1;
    d[1] = y - 1;
    d[2] = z - 1;
    return 3;
  }

  /** Members of a set, ascending. */
  members(code: number): number[] {
    const k = this.decode(code);
    return this.d.slice(0, k);
  }

  private encode(xs: readonly number[], k: number): number {
    let code = 0;
    for (let i = 0; i < k; i++) code = code * this.m + xs[i]! + 1;
    return code;
  }

  private push(code: number): void {
    if (this.len === this.out.length) {
      const next = new Float64Array(this.out.length * 2);
      next.set(this.out);
      this.out = next;
    }
    this.out[this.len++] = code;
  }

  private tick(n: number): void {
    this.steps += n;
    if (this.steps > this.budget.steps) throw new TooComplexError(this.order, 'work');
  }

  /** Whether set `code` holds (or equals, when `self`) some set of the family in `t`. */
  private holdsSetOf(code: number, t: CodeTable, self: boolean): boolean {
    if (self && t.has(code)) return true;
    const k = this.decode(code);
    const [a, b, c] = this.d as [number, number, number];
    if (k >= 2 && (t.has(a + 1) || t.has(b + 1))) return true;
    if (k === 3) {
      const m = this.m;
      if (t.has(c + 1) || t.has((a + 1) * m + b + 1) || t.has((a + 1) * m + c + 1)) return true;
      if (t.has((b + 1) * m + c + 1)) return true;
    }
    return false;
  }

  /** Sorts, dedupes and minimises the sets built in `out`, returning them as a family. */
  private finish(): Family {
    const raw = this.out.subarray(0, this.len).sort();
    if (raw.length > 0 && raw[0] === 0) return ALWAYS;
    const t = this.tableA;
    t.clear(raw.length);
    const kept: number[] = [];
    let last = -1;
    for (const code of raw) {
      if (code === last) continue;
      last = code;
      if (this.sizeOf(code) > 1 && this.holdsSetOf(code, t, false)) continue;
      t.add(code);
      kept.push(code);
    }
    this.tick(raw.length);
    if (kept.length > this.budget.sets) throw new TooComplexError(this.order, 'sets');
    return Float64Array.from(kept);
  }

  /** OR: the minimal sets of the union of families. */
  union(fams: readonly Family[]): Family {
    let only: Family | undefined;
    let distinct = 0;
    for (const f of fams) {
      if (f.length === 0 || f === only) continue;
      if (f[0] === 0) return ALWAYS;
      distinct++;
      only = f;
    }
    if (distinct === 0) return NEVER;
    if (distinct === 1) return only!;
    this.len = 0;
    for (const f of fams) for (let i = 0; i < f.length; i++) this.push(f[i]!);
    return this.finish();
  }

  /** OR of {a} with a family: its sets without `a`, and {a} in its place (a merge, no hashing). */
  withSingle(a: number, f: Family): Family {
    if (f.length > 0 && f[0] === 0) return ALWAYS;
    const code = a + 1;
    const rest = this.without(f, a);
    const out = new Float64Array(rest.length + 1);
    let i = 0;
    while (i < rest.length && rest[i]! < code) {
      out[i] = rest[i]!;
      i++;
    }
    out[i] = code;
    out.set(rest.subarray(i), i + 1);
    this.tick(f.length);
    return out;
  }

  /** Whether set `code` holds account `a`. */
  holds(code: number, a: number): boolean {
    const k = this.decode(code);
    for (let i = 0; i < k; i++) if (this.d[i] === a) return true;
    return false;
  }

  /** The family without the sets that hold account `a`. */
  without(f: Family, a: number): Family {
    if (f.length === 0 || f[0] === 0) return f;
    let i = 0;
    while (i < f.length && !this.holds(f[i]!, a)) i++;
    if (i === f.length) return f;
    const kept = f.filter((code) => !this.holds(code, a));
    return kept;
  }

  /** AND: the minimal sets of {x ∪ y : x ∈ f, y ∈ g} with at most `order` members. */
  product(f: Family, g: Family): Family {
    if (f.length === 0 || g.length === 0) return NEVER;
    if (f[0] === 0 || f === g) return g;
    if (g[0] === 0) return f;
    const { tableA: ta, tableB: tb, order } = this;
    ta.clear(f.length);
    for (const x of f) ta.add(x);
    tb.clear(g.length);
    for (const y of g) tb.add(y);
    this.len = 0;
    // A set of one family that holds a set of the other is in the product as it is; the rest pair up.
    const restF: number[] = [];
    const restG: number[] = [];
    for (const x of f)
      if (this.holdsSetOf(x, tb, true)) this.push(x);
      else restF.push(x);
    for (const y of g)
      if (this.holdsSetOf(y, ta, true)) this.push(y);
      else restG.push(y);
    this.tick(f.length + g.length);
    this.pairUp(restF, restG, order);
    return this.finish();
  }

  /** Pushes every union x ∪ y (x, y from the two lists, neither holding the other) of at most `order` members. */
  private pairUp(xs: readonly number[], ys: readonly number[], order: number): void {
    if (order < 2) return;
    const m = this.m;
    const by = (list: readonly number[], size: number) => list.filter((c) => this.sizeOf(c) === size);
    const x1 = by(xs, 1);
    const y1 = by(ys, 1);
    const pair = (a: number, b: number) => (a < b ? a * m + b : b * m + a);
    this.tick(x1.length * y1.length);
    for (const a of x1) for (const b of y1) this.push(pair(a, b));
    if (order < 3) return;
    const x2 = by(xs, 2);
    const y2 = by(ys, 2);
    this.tick(x1.length * y2.length + x2.length * y1.length);
    const triple = (s: number, pairCode: number) => {
      const k = this.decode(pairCode);
      const d = this.d;
      const v = s - 1;
      const sorted = v < d[0]! ? [v, d[0]!, d[1]!] : v < d[1]! ? [d[0]!, v, d[1]!] : [d[0]!, d[1]!, v];
      return this.encode(sorted, k + 1);
    };
    for (const s of x1) for (const p of y2) this.push(triple(s, p));
    for (const s of y1) for (const p of x2) this.push(triple(s, p));
    this.pairsSharingOne(x2, y2);
  }

  /** Pushes {a, b, c} for every pair {a, b} of xs and pair {a, c} or {b, c} of ys sharing exactly one member. */
  private pairsSharingOne(xs: readonly number[], ys: readonly number[]): void {
    if (xs.length === 0 || ys.length === 0) return;
    const byMember = new Map<number, number[]>();
    for (const p of ys) {
      this.decode(p);
      for (const v of [this.d[0]!, this.d[1]!]) {
        const list = byMember.get(v);
        if (list) list.push(p);
        else byMember.set(v, [p]);
      }
    }
    for (const p of xs) {
      this.decode(p);
      const a = this.d[0]!;
      const b = this.d[1]!;
      for (const shared of [a, b]) {
        const list = byMember.get(shared);
        if (!list) continue;
        this.tick(list.length);
        for (const q of list) {
          if (q === p) continue;
          this.decode(q);
          const other = this.d[0] === shared ? this.d[1]! : this.d[0]!;
          if (other === a || other === b) continue;
          const all = [a, b, other].sort((u, v) => u - v);
          this.push(this.encode(all, 3));
        }
      }
    }
  }
}
