/** @module 账户状态的中文名（终端和网页共用）。 */
import type { Status } from '../../model/index.js';

export const status: Record<Status, string> = {
  banned: '被封',
  cut: '被切断',
  partial: '部分丧失',
  degraded: '失去备用途径',
  ok: '正常',
  unreachable: '本就无法进入',
};
