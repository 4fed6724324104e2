/** @module `banradius serve` in English: usage mistakes, why a start failed, what it prints once listening, shutting down. */
import type { ServeText } from '../zh/serve.js';

/** Common system error codes in words; any other by its code. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOSPC: 'the disk is full',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'a directory is in the way',
};
const NOT_A_DIR = 'it is a file, not a directory';
export const reason = (code: string | undefined, detail: string) =>
  code !== undefined && Object.hasOwn(REASONS, code) ? REASONS[code]! : (code ?? detail);

export const serve: ServeText = {
  badPort: '--port must be a number from 0 to 65535',
  badToken: '--token must be 16 to 512 characters of A-Z a-z 0-9 . _ ~ + / = -',
  tokenOrNew: '--token and --new-token exclude each other',
  badDataDir: (dir, code, detail) =>
    `cannot use ${dir ?? 'the data directory'} as the data directory: ${code === 'EEXIST' || code === 'ENOTDIR' ? NOT_A_DIR : reason(code, detail)}`,
  launch: (p) =>
    p.kind === 'busy'
      ? `the map store in ${p.dir} is in use by another banradius serve (pid ${p.pid}); stop it, or start this one with another --data`
      : `cannot ${p.kind === 'token' ? 'write the token file' : 'take the lock'} ${p.path}: ${reason(p.code, p.detail)}`,
  storeOpen: (detail) => `cannot open the map store: ${detail}`,
  portInUse: (port) => `port ${port} is in use; try --port 0 for a free one`,
  cannotStart: (detail) => `cannot start: ${detail}`,
  internalError: (route, name) => `internal error in ${route}: ${name}`,
  noRoute: '(no route)',
  open: (url) => `open ${url}`,
  tokenAt: (file, docs) => `API token in ${file}; docs at ${docs}`,
  stopping: (signal) => `${signal}, shutting down`,
};
