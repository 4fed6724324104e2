/** @module 新建账户的默认名称：为某种类型的空位新建账户、而调用方没有给名称时使用（会保存在地图里）。 */
import type { Kind } from '../../model/index.js';

export const newAccount = {
  /** 按账户类型的默认名称。 */
  label: {
    phone: '手机号',
    email: '邮箱',
    messenger: '聊天账号',
    payment: '支付账户',
    identity: '身份证件',
    device: '设备',
    service: '账号',
  } satisfies Record<Kind, string> as Record<Kind, string>,
};

export type NewAccountText = typeof newAccount;
