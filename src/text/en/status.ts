/** @module Account statuses in English, shared by the terminal and the page. */
import type { Status } from '../../model/index.js';

export const status: Record<Status, string> = {
  banned: 'banned',
  cut: 'cut off',
  partial: 'partial',
  degraded: 'degraded',
  ok: 'ok',
  unreachable: 'unreachable',
};
