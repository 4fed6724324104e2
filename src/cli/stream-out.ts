/**
 * Output for long reports without one giant string: a sink that hands `io.out` chunks of whole lines, and a
 * JSON writer whose text is exactly `JSON.stringify(value, null, 2)` but produced entry by entry.
 */
import type { Io } from './io.js';

const CHUNK = 1 << 16;

/** Collects text and passes it to `io.out` in chunks of whole lines (io.out ends each chunk with a newline). */
export class LineSink {
  private pending = '';
  constructor(private readonly io: Io) {}

  /** Appends text (which may hold newlines). */
  write(text: string): void {
    this.pending += text;
    if (this.pending.length < CHUNK) return;
    const cut = this.pending.lastIndexOf('\n');
    if (cut < 0) return;
    this.io.out(this.pending.slice(0, cut));
    this.pending = this.pending.slice(cut + 1);
  }

  /** Appends one line. */
  line(text = ''): void {
    this.write(`${text}\n`);
  }

  /** Writes what is left; the text written so far then ends with exactly one newline. */
  end(): void {
    const text = this.pending.endsWith('\n') ? this.pending.slice(0, -1) : this.pending;
    this.pending = '';
    this.io.out(text);
  }
}

const indent = (json: string, pad: string) =>
  json.includes('\n') ? json.replaceAll('\n', `\n${pad}`) : json;

/**
 * Writes `JSON.stringify(value, null, 2)` to the sink, streaming the entries of the top two levels of objects
 * and arrays (an Impact's `accounts`, a report's per-account lists) so no string holds the whole document.
 * The recursion is two levels deep at most; deeper values go through JSON.stringify.
 */
export function writeJson(sink: LineSink, value: unknown, depth = 2, pad = ''): void {
  if (depth === 0 || value === null || typeof value !== 'object' || 'toJSON' in value) {
    sink.write(indent(JSON.stringify(value, null, 2) ?? 'null', pad));
    return;
  }
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      sink.write('[]');
      return;
    }
    sink.write('[');
    for (let i = 0; i < value.length; i++) {
      sink.write(i === 0 ? `\n${inner}` : `,\n${inner}`);
      const v = value[i];
      const gone = v === undefined || typeof v === 'function' || typeof v === 'symbol';
      writeJson(sink, gone ? null : v, depth - 1, inner);
    }
    sink.write(`\n${pad}]`);
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    sink.write(first ? `{\n${inner}${JSON.stringify(key)}: ` : `,\n${inner}${JSON.stringify(key)}: `);
    first = false;
    writeJson(sink, v, depth - 1, inner);
  }
  sink.write(first ? '{}' : `\n${pad}}`);
}
