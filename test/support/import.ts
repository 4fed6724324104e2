/** Helpers shared by the import tests: reading the sample exports and summing a map up in one line per account. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BindingMap } from '../../src/model/index.js';

export const IMPORT_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'import');

/** The bytes of a sample export under fixtures/import/. */
export function sample(file: string): Uint8Array {
  return readFileSync(join(IMPORT_DIR, file));
}

/** The text of a sample export. */
export function sampleText(file: string): string {
  return readFileSync(join(IMPORT_DIR, file), 'utf8');
}

/**
 * `id provider-or-kind label | way ; way`, each way its requirements joined by `+` (`-` for none), starred
 * when secret: the exact accounts and requirements, readable in a test.
 */
export function summary(map: BindingMap): string[] {
  return map.accounts.map((a) => {
    const ways = (a.ways ?? []).map(
      (w) =>
        (w.secret ? '*' : '') +
        (w.requires.map((r) => `${r.account}.${r.capability ?? 'access'}`).join('+') || '-'),
    );
    return `${a.id} ${a.provider ?? a.kind} ${a.label} | ${ways.join(' ; ')}`;
  });
}

/**
 * Every secret in the sample exports carries the marker "SECRET" (passwords, TOTP seeds, passkeys, notes,
 * fields), in any case; the only other "secret" allowed is a way's `"secret":` key.
 */
export const SECRET_MARKER = /secret(?!":)/i;
