/**
 * KeePass 2 XML exports (KeePass, KeePassXC): every entry of every group, outside the recycle bin and the
 * entries' own history, read for its Title, URL and UserName strings and whether a TOTP or passkey attribute
 * exists. Password, Notes and custom strings are dropped; a DOCTYPE (entity expansion) is refused.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportError, ImportSkip, Login } from '../../model/index.js';
import { makeLogin } from './csv-formats.js';

export type XmlParse =
  | { ok: true; logins: Login[]; skipped: ImportSkip[] }
  | { ok: false; error: ImportError };

type Node = Record<string, unknown>;

const TOTP_KEYS =
  /^(otp|totp|totp seed|totp settings|timeotp-secret(-base32|-base64|-hex)?|hmacotp-secret.*)$/i;
const PASSKEY_KEYS = /^kpex_passkey_/i;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Node[] => (Array.isArray(v) ? v.filter(isNode) : []);
const scalar = (v: unknown): string => {
  if (typeof v === 'string') return v.trim();
  if (isNode(v) && typeof v['#text'] === 'string') return v['#text'].trim();
  return '';
};

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'Group' || name === 'Entry' || name === 'String',
});

/** Reads a KeePass 2 XML export. */
export function parseKeepassXml(source: string): XmlParse {
  if (/<!DOCTYPE|<!ENTITY/i.test(source))
    return { ok: false, error: { code: 'invalid_xml', params: { line: 1 } } };
  const valid = XMLValidator.validate(source);
  if (valid !== true) return { ok: false, error: { code: 'invalid_xml', params: { line: valid.err.line } } };
  const doc = parser.parse(source) as Node;
  const file = doc.KeePassFile;
  if (!isNode(file) || !isNode(file.Root))
    return { ok: false, error: { code: 'wrong_shape', params: { format: 'keepass-xml' } } };
  const meta = isNode(file.Meta) ? file.Meta : {};
  const recycleBin = scalar(meta.RecycleBinEnabled) === 'False' ? '' : scalar(meta.RecycleBinUUID);
  const logins: Login[] = [];
  const skipped: ImportSkip[] = [];
  let row = 0;
  // An explicit stack (groups nest arbitrarily deep in a hostile file; no recursion).
  const stack: { group: Node; trashed: boolean }[] = list(file.Root.Group).map((group) => ({
    group,
    trashed: false,
  }));
  while (stack.length > 0) {
    const { group, trashed: parentTrashed } = stack.pop()!;
    const trashed = parentTrashed || (recycleBin !== '' && scalar(group.UUID) === recycleBin);
    const children = list(group.Group);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ group: children[i]!, trashed });
    for (const entry of list(group.Entry)) {
      row++;
      if (trashed) {
        skipped.push({ row, code: 'in_trash' });
        continue;
      }
      const login = entryLogin(row, entry);
      if (login) logins.push(login);
      else skipped.push({ row, code: 'empty' });
    }
  }
  logins.sort((a, b) => a.row - b.row);
  skipped.sort((a, b) => a.row - b.row);
  return { ok: true, logins, skipped };
}

function entryLogin(row: number, entry: Node): Login | undefined {
  const fields = new Map<string, string>();
  let hasTotp = false;
  let hasPasskey = false;
  for (const s of list(entry.String)) {
    const key = scalar(s.Key);
    if (TOTP_KEYS.test(key) && scalar(s.Value) !== '') hasTotp = true;
    if (PASSKEY_KEYS.test(key)) hasPasskey = true;
    if (key === 'Title' || key === 'URL' || key === 'UserName') fields.set(key, scalar(s.Value));
  }
  return makeLogin(
    row,
    fields.get('Title') ?? '',
    fields.get('URL') ?? '',
    fields.get('UserName') ?? '',
    hasTotp,
    hasPasskey,
  );
}
