/**
 * @module The byte-level pieces of the map scanner (scan-map.ts): a JSON lexer over UTF-8 bytes that reads
 * only what a map document holds and declines (throws {@link Decline}) on anything else, a hash table keyed
 * by byte ranges (ids and capability names are read without making a string per occurrence), and a growable
 * Int32 list. Pure: no I/O, only Uint8Array and TextDecoder.
 */

/** Thrown when the scanner meets something it does not fully understand; the caller falls back to parsing. */
export class Decline extends Error {}

/** One instance, thrown without a stack of its own each time (declining is a normal outcome, not a defect). */
const DECLINE = new Decline('decline');

export function decline(): never {
  throw DECLINE;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 bytes [start, end) to a string (node's Buffer#toString('utf8', start, end) is faster). */
export type Decode = (b: Uint8Array, start: number, end: number) => string;

/** The default {@link Decode}: TextDecoder, declining on invalid UTF-8. */
export function decodeBytes(b: Uint8Array, start: number, end: number): string {
  try {
    return decoder.decode(b.subarray(start, end));
  } catch {
    return decline();
  }
}

/** Bytes allowed in an id (ID_PATTERN: A-Z a-z 0-9 _ . : -). */
const ID_BYTE = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-')
  ID_BYTE[c.charCodeAt(0)] = 1;

/** A growable list of 32-bit integers. */
export class IntList {
  a: Int32Array;
  n = 0;
  constructor(capacity = 1024) {
    this.a = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

/** A JSON lexer over the bytes of a document; `p` is the read position. */
export class Lexer {
  p = 0;
  /** The last string read: its content is bytes [s0, s1), `esc` when it holds a backslash escape. */
  s0 = 0;
  s1 = 0;
  esc = false;
  /** Whether the last string's bytes are all id characters. */
  idChars = false;
  /** FNV-1a hash of the last string's raw bytes. */
  hash = 0;
  constructor(
    readonly b: Uint8Array,
    private readonly decode: Decode = decodeBytes,
  ) {}

  /** Skips white space; returns the next byte (-1 at the end). */
  ws(): number {
    const b = this.b;
    let p = this.p;
    let c = b[p];
    while (c === 32 || c === 10 || c === 13 || c === 9) c = b[++p];
    this.p = p;
    return c ?? -1;
  }

  /** Consumes `ch` after white space, or declines. */
  eat(ch: number): void {
    if (this.ws() !== ch) decline();
    this.p++;
  }

  /** Consumes `ch` after white space when it is next. */
  maybe(ch: number): boolean {
    if (this.ws() !== ch) return false;
    this.p++;
    return true;
  }

  /** After an element of a list or member of an object: true when another follows (`,`), false at `close`. */
  more(close: number): boolean {
    const c = this.ws();
    this.p++;
    if (c === 44) return true;
    if (c !== close) decline();
    return false;
  }

  /** Reads a string (its range, escape flag and hash); control characters decline, as JSON.parse throws. */
  str(): void {
    if (this.ws() !== 34) decline();
    const b = this.b;
    let p = this.p + 1;
    let h = 0x811c9dc5;
    let esc = false;
    let idChars = 1;
    for (;;) {
      const c = b[p];
      if (c === 34) break;
      if (c === undefined || c < 0x20) decline();
      if (c === 92) {
        esc = true;
        p += 2;
        continue;
      }
      h = Math.imul(h ^ c, 0x01000193);
      idChars &= ID_BYTE[c]!;
      p++;
    }
    this.s0 = this.p + 1;
    this.s1 = p;
    this.esc = esc;
    this.idChars = idChars === 1;
    this.hash = h;
    this.p = p + 1;
  }

  /**
   * Reads an object key that is one of `words` (ASCII) and returns its index, or declines: a key with an
   * escape never matches, since the word's bytes must be followed by the closing quote.
   */
  keyOf(words: readonly Uint8Array[]): number {
    if (this.ws() !== 34) decline();
    const b = this.b;
    const p = this.p + 1;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const n = w.length;
      if (b[p + n] !== 34) continue;
      let i = 0;
      while (i < n && b[p + i] === w[i]) i++;
      if (i === n) {
        this.p = p + n + 1;
        return k;
      }
    }
    return decline();
  }

  /** Whether the last string is exactly `word` (ASCII, no escapes). */
  is(word: Uint8Array): boolean {
    const n = word.length;
    if (this.esc || this.s1 - this.s0 !== n) return false;
    const b = this.b;
    const s = this.s0;
    for (let i = 0; i < n; i++) if (b[s + i] !== word[i]) return false;
    return true;
  }

  /** The last string as a JavaScript string, escapes decoded exactly as JSON.parse does. */
  text(): string {
    if (!this.esc) return this.decode(this.b, this.s0, this.s1);
    return parseJsonBytes(this.b, this.s0 - 1, this.s1 + 1) as string;
  }

  /** The length in UTF-16 code units of the last string (what zod's min/max count). */
  units(): number {
    if (this.esc) return this.text().length;
    const b = this.b;
    let n = 0;
    for (let p = this.s0; p < this.s1; p++) {
      const c = b[p]!;
      if ((c & 0xc0) !== 0x80) n += c >= 0xf0 ? 2 : 1;
    }
    return n;
  }

  /** Whether the last string is an id: 1..64 id characters, no escape (reserved names are checked by the caller). */
  isId(): boolean {
    const n = this.s1 - this.s0;
    return this.idChars && !this.esc && n >= 1 && n <= 64;
  }

  /** Reads a JSON number exactly as JSON.parse would (the grammar checked strictly), or declines. */
  num(): number {
    const b = this.b;
    const start = this.p;
    let p = start;
    if (b[p] === 45) p++;
    if (b[p] === 48) p++;
    else if (digit(b[p])) while (digit(b[p])) p++;
    else decline();
    if (b[p] === 46) {
      p++;
      if (!digit(b[p])) decline();
      while (digit(b[p])) p++;
    }
    if (b[p] === 101 || b[p] === 69) {
      p++;
      if (b[p] === 43 || b[p] === 45) p++;
      if (!digit(b[p])) decline();
      while (digit(b[p])) p++;
    }
    this.p = p;
    let s = '';
    for (let k = start; k < p; k++) s += String.fromCharCode(b[k]!);
    return Number(s);
  }

  /** Reads `true` or `false`. */
  bool(): boolean {
    this.ws();
    const b = this.b;
    const p = this.p;
    if (b[p] === 116 && b[p + 1] === 114 && b[p + 2] === 117 && b[p + 3] === 101) {
      this.p = p + 4;
      return true;
    }
    if (b[p] === 102 && b[p + 1] === 97 && b[p + 2] === 108 && b[p + 3] === 115 && b[p + 4] === 101) {
      this.p = p + 5;
      return false;
    }
    return decline();
  }

  /** Declines unless only white space is left. */
  end(): void {
    if (this.ws() !== -1) decline();
  }
}

const digit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;

/** JSON.parse of bytes [start, end), declining on a syntax error. */
export function parseJsonBytes(b: Uint8Array, start: number, end: number): unknown {
  try {
    return JSON.parse(decoder.decode(b.subarray(start, end)));
  } catch {
    return decline();
  }
}

/** ASCII bytes of a word, for {@link Lexer.is}. */
export const word = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Spreads FNV's low bits (which short ids differing in one digit share) over the word: murmur3's finaliser. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A hash table of byte ranges of one document (no escapes): each distinct range gets an entry number, in the
 * order first added. Keys are copied into a compact pool and each slot holds entry, hash, key start and length
 * side by side, so a look-up touches few cache lines and looking up a million ids makes no strings.
 */
export class ByteTable {
  /** Per slot: entry + 1 (0: empty), hash, start in the pool, length. */
  private slots = new Int32Array(4 << 10);
  private pool = new Uint8Array(1 << 12);
  private used = 0;
  private count = 0;
  constructor(private readonly b: Uint8Array) {}

  get size(): number {
    return this.count;
  }

  /** The entry of document bytes [s0, s1) with hash h, or -1. */
  find(s0: number, s1: number, h: number): number {
    const { slots, b, pool } = this;
    const mask = (slots.length >> 2) - 1;
    const len = s1 - s0;
    for (let i = mix(h) & mask; ; i = (i + 1) & mask) {
      const at = i << 2;
      const e = slots[at]! - 1;
      if (e < 0) return -1;
      if (slots[at + 1] !== h || slots[at + 3] !== len) continue;
      const t = slots[at + 2]!;
      let k = 0;
      while (k < len && pool[t + k] === b[s0 + k]) k++;
      if (k === len) return e;
    }
  }

  /** Adds document bytes [s0, s1) with hash h (not present yet); returns its entry. */
  add(s0: number, s1: number, h: number): number {
    const len = s1 - s0;
    if (this.used + len > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.used + len));
      pool.set(this.pool);
      this.pool = pool;
    }
    this.pool.set(this.b.subarray(s0, s1), this.used);
    const e = this.count++;
    if (2 * this.count > this.slots.length >> 2) this.grow();
    this.place(e, h, this.used, len);
    this.used += len;
    return e;
  }

  private place(e: number, h: number, start: number, len: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let i = mix(h) & mask;
    while (slots[i << 2] !== 0) i = (i + 1) & mask;
    const at = i << 2;
    slots[at] = e + 1;
    slots[at + 1] = h;
    slots[at + 2] = start;
    slots[at + 3] = len;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 4);
    for (let at = 0; at < old.length; at += 4)
      if (old[at] !== 0) this.place(old[at]! - 1, old[at + 1]!, old[at + 2]!, old[at + 3]!);
  }
}
