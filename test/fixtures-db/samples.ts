/**
 * @module The maps inside the committed fixture databases and shared by the store tests. Never change what
 * a committed fixture was made from: add new samples instead.
 */
import type { BindingMap } from '../../src/model/index.js';

/** A small QQ case: QQ mailbox hangs off QQ, Microsoft recovers by QQ mail. */
export function qqMap(title: string, surfaceValue = 5000): BindingMap {
  return {
    version: 1,
    title,
    accounts: [
      { id: 'qq', kind: 'messenger', label: 'QQ 10001' },
      {
        id: 'qqmail',
        kind: 'email',
        label: 'QQ邮箱',
        capabilities: ['mail'],
        ways: [{ requires: [{ account: 'qq' }] }],
      },
      {
        id: 'ms',
        kind: 'service',
        label: '微软账户',
        ways: [{ purpose: 'recovery', requires: [{ account: 'qqmail', capability: 'mail' }] }],
        assets: [{ label: 'Surface', kind: 'device', value: surfaceValue }],
      },
    ],
    scenarios: [{ id: 'qqban', label: 'QQ 永久封禁', bans: [{ account: 'qq' }] }],
  };
}

/** A phone number with an untitled map (title absent). */
export function phoneMap(label: string): BindingMap {
  return {
    version: 1,
    accounts: [
      { id: 'phone', kind: 'phone', label, capabilities: ['sms', 'call'] },
      { id: 'bank', kind: 'service', label: '银行', ways: [{ requires: [{ account: 'phone', capability: 'sms' }] }] },
    ],
  };
}

/** What `v1.sqlite` holds, in the order it was written (ids and times fixed). */
export const V1_FIXTURE = {
  file: 'v1.sqlite',
  maps: [
    {
      id: 'fixture-qq',
      createdAt: '2026-01-01T00:00:00.000Z',
      revisions: [qqMap('我的账号 v1'), qqMap('我的账号 v2', 6000), qqMap('我的账号 v3', 7000)],
    },
    { id: 'fixture-phone', createdAt: '2026-01-01T00:00:03.000Z', revisions: [phoneMap('138 0000 0000')] },
  ],
} as const;

/**
 * The document save `n` of writer `tag` in the crash and concurrency tests: unique per (tag, n), and a few
 * kilobytes long so that one save spans several database pages (a torn write would show).
 */
export function crashDoc(tag: string, n: number): BindingMap {
  const map = qqMap(`crash ${tag} #${n}`, n);
  map.accounts[0]!.notes = `${tag}:${n} `.repeat(400).slice(0, 6000);
  return map;
}
