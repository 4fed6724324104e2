/**
 * @module An open-addressing hash set of exact integer codes (doubles up to 2^53) in typed arrays, cleared in
 * O(1) by bumping an epoch: the subsumption lookups of the set algebra without a JS Set's size limit.
 */

/** Open-addressing hash set of set codes with O(1) clearing by epoch. */
export class CodeTable {
  private keys = new Float64Array(1 << 10);
  private stamp = new Uint32Array(1 << 10);
  private mask = (1 << 10) - 1;
  private epoch = 1;
  private size = 0;

  clear(expected: number): void {
    if (expected * 2 > this.mask) {
      let cap = this.mask + 1;
      while (cap < expected * 2) cap *= 2;
      this.keys = new Float64Array(cap);
      this.stamp = new Uint32Array(cap);
      this.mask = cap - 1;
      this.epoch = 0;
    }
    this.epoch++;
    this.size = 0;
  }

  private slot(code: number): number {
    const lo = code >>> 0;
    const hi = (code - lo) / 4294967296;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca77);
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.stamp[i] === this.epoch && this.keys[i] !== code) i = (i + 1) & this.mask;
    return i;
  }

  has(code: number): boolean {
    return this.stamp[this.slot(code)] === this.epoch;
  }

  add(code: number): void {
    const i = this.slot(code);
    if (this.stamp[i] === this.epoch) return;
    this.stamp[i] = this.epoch;
    this.keys[i] = code;
    if (++this.size * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { keys, stamp, epoch } = this;
    const cap = (this.mask + 1) * 2;
    this.keys = new Float64Array(cap);
    this.stamp = new Uint32Array(cap);
    this.mask = cap - 1;
    this.epoch = 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (stamp[i] === epoch) this.add(keys[i]!);
  }
}
