/**
 * @module A map document read straight from its UTF-8 bytes, for very large maps: one pass over the bytes
 * checks the shape MapSchema describes (as fast-parse.ts does over parsed objects) and records the ways and
 * requirements as integer lists for compile, without building an object per way or requirement. The account
 * objects are built as JSON.parse would build them (same keys in the same order), except that `ways` and
 * `capabilityWays` are parsed from their bytes on first read, so the bytes stay referenced by the map. Anything
 * unusual (an escape in an id, a duplicate key, numbers in an odd place, timelines) declines, and the caller
 * parses the text as before; scan-parse.ts finishes the checks and compiles.
 */
import { getProvider } from '../catalog/index.js';
import { ASSET_KINDS, type BindingMap, FORBIDDEN_IDS, type Issue, KINDS } from '../model/index.js';
import { capabilitiesOf } from './compile.js';
import type { AccountTable } from './compile-parts.js';
import { unknownProvider } from './map-warnings.js';
import { ByteTable, type Decode, decline, IntList, Lexer, parseJsonBytes, word } from './scan-lexer.js';

const [LBRACE, RBRACE, LBRACKET, RBRACKET, COLON] = [123, 125, 91, 93, 58];
const words = (...names: string[]) => names.map(word);
const TOP = words('version', 'title', 'accounts', 'scenarios');
const ACCOUNT = words(
  'id',
  'kind',
  'label',
  'provider',
  'capabilities',
  'ways',
  'capabilityWays',
  'assets',
  'notes',
);
const WAY = words('label', 'purpose', 'requires', 'secret');
const REQUIREMENT = words('account', 'capability');
const ASSET = words('label', 'kind', 'value', 'currency', 'needs');
const PURPOSES = words('login', 'recovery');
const KIND_SET: ReadonlySet<string> = new Set(KINDS);
const ASSET_KIND_SET: ReadonlySet<string> = new Set(ASSET_KINDS);
const ACCESS_ONLY: readonly string[] = ['access'];

/** The ways of a scanned map in document order, each with its requirements (unresolved forward ids pending). */
export interface RawWays {
  /** Per raw way: owner account, capability-name entry it opens (-1: an own way), index in its list. */
  readonly account: IntList;
  readonly target: IntList;
  readonly ordinal: IntList;
  /** Per raw way, the start of its requirements (one more entry at the end). */
  readonly reqStart: IntList;
  /** Per requirement: account index, or -1 - k for pending reference k. */
  readonly reqAccount: IntList;
  /** Per requirement: capability-name entry, or -1 for access. */
  readonly reqCap: IntList;
  /** Per account, its first raw way (one more entry at the end). */
  readonly accountFirst: IntList;
  /** Capability-way keys per account (account, name entry), checked against its capabilities. */
  readonly capKeyAccount: IntList;
  readonly capKeyName: IntList;
}

export interface ScannedMap {
  readonly map: BindingMap;
  readonly table: AccountTable;
  readonly ways: RawWays;
  /** Interned capability and provider names by entry. */
  readonly names: readonly string[];
  /** Account ids by byte range (entry = account index) and the pending forward references. */
  readonly ids: ByteTable;
  readonly pending: { start: IntList; len: IntList; hash: IntList };
  /** The byte range of `scenarios`, parsed and checked once the accounts are known; null when absent. */
  readonly scenarios: { start: number; end: number } | null;
  readonly providerWarnings: Issue[];
}

type Obj = Record<PropertyKey, unknown>;

/** Lets a private field be put on any object (a constructor returning an object runs subclass field setup on it). */
class Carrier {
  constructor(o: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the standard way to give a private field to an object
    return o;
  }
}

/**
 * Where an account's lazily parsed field lies in the bytes, kept in a private field: invisible to every
 * reflection (keys, symbols, copies, equality), so the account is still the object JSON.parse builds.
 */
class RangeOf extends Carrier {
  #k: number;
  constructor(o: object, k: number) {
    super(o);
    this.#k = k;
  }
  static of(o: object): number {
    return (o as RangeOf).#k;
  }
}

/**
 * Defines `field` on accounts as parsed from bytes on first read (then a plain data property); the account
 * must then be given its index with `new RangeOf(account, index)`.
 */
function lazyField(b: Uint8Array, field: string) {
  const starts: number[] = [];
  const ends: number[] = [];
  const define = (o: Obj, value: unknown) =>
    Object.defineProperty(o, field, { value, writable: true, enumerable: true, configurable: true });
  const descriptor: PropertyDescriptor = {
    get(this: Obj) {
      const k = RangeOf.of(this);
      const value = parseJsonBytes(b, starts[k]!, ends[k]!);
      define(this, value);
      return value;
    },
    set(this: Obj, value: unknown) {
      define(this, value);
    },
    enumerable: true,
    configurable: true,
  };
  return (o: Obj, start: number, end: number, k: number) => {
    starts[k] = start;
    ends[k] = end;
    Object.defineProperty(o, field, descriptor);
  };
}

class MapScanner {
  private readonly lx: Lexer;
  private readonly nameTable: ByteTable;
  private readonly names: string[] = [];
  private readonly ids: ByteTable;
  private readonly pending = { start: new IntList(), len: new IntList(), hash: new IntList() };
  private readonly ways: RawWays = {
    account: new IntList(),
    target: new IntList(),
    ordinal: new IntList(),
    reqStart: new IntList(),
    reqAccount: new IntList(),
    reqCap: new IntList(),
    accountFirst: new IntList(),
    capKeyAccount: new IntList(),
    capKeyName: new IntList(),
  };
  private readonly table: AccountTable = { ids: [], index: new Map(), caps: [] };
  private readonly capLists: ByteTable;
  private readonly capListSorted: (readonly string[])[] = [];
  private readonly capListParsed: string[][] = [];
  private readonly byProvider = new Map<string, readonly string[]>();
  private readonly providerWarnings: Issue[] = [];
  private readonly lazyWays: (o: Obj, start: number, end: number, k: number) => void;
  private readonly lazyCapWays: (o: Obj, start: number, end: number, k: number) => void;

  constructor(
    private readonly b: Uint8Array,
    decode?: Decode,
  ) {
    this.lx = new Lexer(b, decode);
    this.nameTable = new ByteTable(b);
    this.ids = new ByteTable(b);
    this.capLists = new ByteTable(b);
    this.lazyWays = lazyField(b, 'ways');
    this.lazyCapWays = lazyField(b, 'capabilityWays');
  }

  /**
   * Reads an object's next key among `keys` and its colon; returns its bit, added to `seen`, and declines on
   * a repeat (JSON.parse would keep the last).
   */
  private member(keys: readonly Uint8Array[], seen: number): number {
    const bit = 1 << this.lx.keyOf(keys);
    if (seen & bit) decline();
    this.lx.eat(COLON);
    return bit;
  }

  /** The interned name of the last string (no escapes). */
  private name(): number {
    const lx = this.lx;
    if (lx.esc) decline();
    let e = this.nameTable.find(lx.s0, lx.s1, lx.hash);
    if (e < 0) {
      e = this.nameTable.add(lx.s0, lx.s1, lx.hash);
      this.names.push(lx.text());
    }
    return e;
  }

  /** Reads an id (not a reserved name) and interns it. */
  private id(): number {
    this.lx.str();
    if (!this.lx.isId()) decline();
    const e = this.name();
    if (FORBIDDEN_IDS.includes(this.names[e]!)) decline();
    return e;
  }

  /** Reads a string of min..max UTF-16 units. */
  private text(min: number, max: number, keep: boolean): string | undefined {
    this.lx.str();
    const n = this.lx.units();
    if (n < min || n > max) decline();
    return keep ? this.lx.text() : undefined;
  }

  scan(): ScannedMap {
    const { lx, b } = this;
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) decline();
    lx.eat(LBRACE);
    const map: Obj = {};
    let seen = 0;
    let scenarios: { start: number; end: number } | null = null;
    do {
      const k = this.member(TOP, seen);
      seen |= k;
      if (k === 1) {
        lx.ws();
        if (lx.num() !== 1) decline();
        map.version = 1;
      } else if (k === 2) map.title = this.text(0, 200, true);
      else if (k === 4) map.accounts = this.accounts();
      else {
        if (lx.ws() !== LBRACKET) decline();
        const start = lx.p;
        this.skipContainer();
        scenarios = { start, end: lx.p };
        map.scenarios = null;
      }
    } while (lx.more(RBRACE));
    lx.end();
    if ((seen & 0b101) !== 0b101) decline();
    this.ways.accountFirst.push(this.ways.account.n);
    this.ways.reqStart.push(this.ways.reqAccount.n);
    return {
      map: map as unknown as BindingMap,
      table: this.table,
      ways: this.ways,
      names: this.names,
      ids: this.ids,
      pending: this.pending,
      scenarios,
      providerWarnings: this.providerWarnings,
    };
  }

  /** Skips an array or object (checked later by JSON.parse of its bytes). */
  private skipContainer(): void {
    const lx = this.lx;
    let depth = 0;
    do {
      const c = lx.ws();
      if (c === 34) {
        lx.str();
        continue;
      }
      if (c === -1) decline();
      lx.p++;
      if (c === LBRACKET || c === LBRACE) depth++;
      else if (c === RBRACKET || c === RBRACE) depth--;
    } while (depth > 0);
  }

  private accounts(): unknown[] {
    const lx = this.lx;
    lx.eat(LBRACKET);
    const out: unknown[] = [];
    if (lx.maybe(RBRACKET)) return out;
    do out.push(this.account(out.length));
    while (lx.more(RBRACKET));
    return out;
  }

  private account(i: number): Obj {
    const lx = this.lx;
    lx.eat(LBRACE);
    const acc: Obj = {};
    let seen = 0;
    let idAt = 0;
    let idEnd = 0;
    let idHash = 0;
    let capList = -1;
    this.ways.accountFirst.push(this.ways.account.n);
    do {
      const k = this.member(ACCOUNT, seen);
      seen |= k;
      if (k === 1) {
        lx.str();
        if (!lx.isId()) decline();
        idAt = lx.s0;
        idEnd = lx.s1;
        idHash = lx.hash;
        const id = lx.text();
        if (FORBIDDEN_IDS.includes(id)) decline();
        acc.id = id;
      } else if (k === 2) {
        lx.str();
        const kind = this.names[this.name()]!;
        if (!KIND_SET.has(kind)) decline();
        acc.kind = kind;
      } else if (k === 4) acc.label = this.text(1, 200, true);
      else if (k === 8) acc.provider = this.names[this.id()];
      else if (k === 16) [acc.capabilities, capList] = this.capabilities();
      else if (k === 32) {
        const start = lx.ws() === -1 ? decline() : lx.p;
        this.wayList(i, -1);
        this.lazyWays(acc, start, lx.p, i);
      } else if (k === 64) {
        const start = lx.ws() === -1 ? decline() : lx.p;
        this.capabilityWays(i);
        this.lazyCapWays(acc, start, lx.p, i);
      } else if (k === 128) acc.assets = this.assets();
      else acc.notes = this.text(0, 10_000, true);
    } while (lx.more(RBRACE));
    if ((seen & 0b111) !== 0b111 || this.ids.find(idAt, idEnd, idHash) >= 0) decline();
    if (seen & 0b1100000) new RangeOf(acc, i);
    this.ids.add(idAt, idEnd, idHash);
    const id = acc.id as string;
    this.table.ids.push(id);
    this.table.index.set(id, i);
    const caps = this.capsOf(acc, capList);
    this.table.caps.push(caps as string[]);
    for (const asset of (acc.assets ?? []) as { needs?: string }[])
      if (!caps.includes(asset.needs ?? 'access')) decline();
    const provider = acc.provider as string | undefined;
    if (provider !== undefined && !getProvider(provider))
      this.providerWarnings.push(unknownProvider(i, provider, acc.capabilities !== undefined));
    return acc;
  }

  /** An account's sorted capabilities, shared between accounts whose lists are written the same. */
  private capsOf(acc: Obj, capList: number): readonly string[] {
    const account = acc as unknown as BindingMap['accounts'][number];
    if (capList >= 0) {
      const known = this.capListSorted[capList];
      if (known) return known;
      const caps = capabilitiesOf(account);
      this.capListSorted[capList] = caps;
      return caps;
    }
    if (account.provider === undefined) return ACCESS_ONLY;
    let caps = this.byProvider.get(account.provider);
    if (!caps) {
      caps = capabilitiesOf(account);
      this.byProvider.set(account.provider, caps);
    }
    return caps;
  }

  /**
   * Reads a capability list (at most 64 ids); returns it and the entry of its exact bytes. A list written
   * byte for byte like an earlier one (an id holds no `]`, so its first `]` ends it) is that list again.
   */
  private capabilities(): [string[], number] {
    const { lx, b } = this;
    lx.eat(LBRACKET);
    const start = lx.p - 1;
    let end = start;
    while (end < b.length && b[end] !== RBRACKET) end++;
    let h = 0x811c9dc5;
    for (let p = start; p <= end; p++) h = Math.imul(h ^ b[p]!, 0x01000193);
    const known = this.capLists.find(start, end + 1, h);
    if (known >= 0) {
      lx.p = end + 1;
      return [this.capListParsed[known]!.slice(), known];
    }
    const list: string[] = [];
    if (!lx.maybe(RBRACKET))
      do {
        if (list.length === 64) decline();
        list.push(this.names[this.id()]!);
      } while (lx.more(RBRACKET));
    if (lx.p !== end + 1) decline();
    const e = this.capLists.add(start, end + 1, h);
    this.capListParsed[e] = list.slice();
    return [list, e];
  }

  /** Reads a list of at most 64 ways of account `owner` (target: the capability-name entry, -1 for own ways). */
  private wayList(owner: number, target: number): void {
    const lx = this.lx;
    lx.eat(LBRACKET);
    if (lx.maybe(RBRACKET)) return;
    let j = 0;
    do {
      if (j === 64) decline();
      this.way(owner, target, j++);
    } while (lx.more(RBRACKET));
  }

  private way(owner: number, target: number, j: number): void {
    const { lx, ways } = this;
    lx.eat(LBRACE);
    ways.account.push(owner);
    ways.target.push(target);
    ways.ordinal.push(j);
    ways.reqStart.push(ways.reqAccount.n);
    let seen = 0;
    do {
      const k = this.member(WAY, seen);
      seen |= k;
      if (k === 1) this.text(0, 200, false);
      else if (k === 2) {
        lx.str();
        if (!lx.is(PURPOSES[0]!) && !lx.is(PURPOSES[1]!)) decline();
      } else if (k === 4) this.requires();
      else lx.bool();
    } while (lx.more(RBRACE));
    if (!(seen & 0b100)) decline();
  }

  private requires(): void {
    const lx = this.lx;
    lx.eat(LBRACKET);
    if (lx.maybe(RBRACKET)) return;
    let k = 0;
    do {
      if (k++ === 64) decline();
      this.requirement();
    } while (lx.more(RBRACKET));
  }

  private requirement(): void {
    const { lx, ways, pending } = this;
    lx.eat(LBRACE);
    let seen = 0;
    let account = 0;
    let cap = -1;
    do {
      const k = this.member(REQUIREMENT, seen);
      seen |= k;
      if (k === 1) {
        lx.str();
        if (!lx.isId()) decline();
        account = this.ids.find(lx.s0, lx.s1, lx.hash);
        if (account < 0) {
          account = -1 - pending.start.n;
          pending.start.push(lx.s0);
          pending.len.push(lx.s1 - lx.s0);
          pending.hash.push(lx.hash);
        }
      } else cap = this.id();
    } while (lx.more(RBRACE));
    if (!(seen & 1)) decline();
    ways.reqAccount.push(account);
    ways.reqCap.push(cap);
  }

  private capabilityWays(owner: number): void {
    const { lx, ways } = this;
    lx.eat(LBRACE);
    if (lx.maybe(RBRACE)) return;
    const keys: number[] = [];
    do {
      const cap = this.id();
      // NOTE: an integer-like key would come first in the parsed object's key order: left to the parser.
      const name = this.names[cap]!;
      if (/^\d+$/.test(name) || keys.includes(cap)) decline();
      keys.push(cap);
      ways.capKeyAccount.push(owner);
      ways.capKeyName.push(cap);
      lx.eat(COLON);
      this.wayList(owner, cap);
    } while (lx.more(RBRACE));
  }

  private assets(): Obj[] {
    const lx = this.lx;
    lx.eat(LBRACKET);
    const out: Obj[] = [];
    if (lx.maybe(RBRACKET)) return out;
    do {
      if (out.length === 256) decline();
      out.push(this.asset());
    } while (lx.more(RBRACKET));
    return out;
  }

  private asset(): Obj {
    const lx = this.lx;
    lx.eat(LBRACE);
    const asset: Obj = {};
    let seen = 0;
    do {
      const k = this.member(ASSET, seen);
      seen |= k;
      if (k === 1) asset.label = this.text(1, 200, true);
      else if (k === 2) {
        lx.str();
        const kind = this.names[this.name()]!;
        if (!ASSET_KIND_SET.has(kind)) decline();
        asset.kind = kind;
      } else if (k === 4) {
        lx.ws();
        const v = lx.num();
        if (!Number.isFinite(v) || !(v >= 0)) decline();
        asset.value = v;
      } else if (k === 8) {
        lx.str();
        const c = this.b;
        const upper = (p: number) => c[p]! >= 65 && c[p]! <= 90;
        if (lx.esc || lx.s1 - lx.s0 !== 3 || !upper(lx.s0) || !upper(lx.s0 + 1) || !upper(lx.s0 + 2))
          decline();
        asset.currency = lx.text();
      } else asset.needs = this.names[this.id()];
    } while (lx.more(RBRACE));
    if ((seen & 0b11) !== 0b11) decline();
    return asset;
  }
}

/** Scans a map document's bytes (valid UTF-8: the caller checks); throws Decline when unsure. */
export function scanMapBytes(bytes: Uint8Array, decode?: Decode): ScannedMap {
  return new MapScanner(bytes, decode).scan();
}
