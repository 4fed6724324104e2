/**
 * Bitwarden's JSON export (personal or organisation, unencrypted): each login item's name, first URI and
 * username, and whether it has a TOTP or a passkey (`fido2Credentials`). An encrypted or password-protected
 * export is refused. Passwords, notes, custom fields and keys are never read.
 */
import type { ImportError, ImportSkip, Login } from '../../model/index.js';
import { makeLogin } from './csv-formats.js';

const LOGIN_TYPE = 1;

export type JsonParse =
  | { ok: true; logins: Login[]; skipped: ImportSkip[] }
  | { ok: false; error: ImportError };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Reads a Bitwarden JSON export; the parser's own message is never passed on (it can quote the file). */
export function parseBitwardenJson(source: string): JsonParse {
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch {
    return { ok: false, error: { code: 'invalid_json', params: {} } };
  }
  if (!isObject(doc))
    return { ok: false, error: { code: 'wrong_shape', params: { format: 'bitwarden-json' } } };
  if (
    doc.encrypted === true ||
    doc.passwordProtected === true ||
    typeof doc.encKeyValidation_DO_NOT_EDIT === 'string'
  )
    return {
      ok: false,
      error: {
        code: 'encrypted',
        params: { format: 'bitwarden-json', how: doc.passwordProtected ? 'password' : 'account' },
      },
    };
  if (!Array.isArray(doc.items))
    return { ok: false, error: { code: 'wrong_shape', params: { format: 'bitwarden-json' } } };
  const logins: Login[] = [];
  const skipped: ImportSkip[] = [];
  doc.items.forEach((item: unknown, index) => {
    const row = index + 1;
    if (!isObject(item) || item.type !== LOGIN_TYPE || !isObject(item.login)) {
      skipped.push({ row, code: 'not_a_login' });
      return;
    }
    if (typeof item.deletedDate === 'string' && item.deletedDate !== '') {
      skipped.push({ row, code: 'in_trash' });
      return;
    }
    const login = item.login;
    const uris = Array.isArray(login.uris) ? login.uris : [];
    const first = uris.find((u: unknown) => isObject(u) && text(u.uri) !== '') as
      | Record<string, unknown>
      | undefined;
    const passkeys = Array.isArray(login.fido2Credentials) && login.fido2Credentials.length > 0;
    const made = makeLogin(
      row,
      text(item.name),
      first ? text(first.uri) : '',
      text(login.username),
      text(login.totp) !== '',
      passkeys,
    );
    if (made) logins.push(made);
    else skipped.push({ row, code: 'empty' });
  });
  return { ok: true, logins, skipped };
}
