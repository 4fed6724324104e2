/**
 * @module Phone makers' accounts, devices and cloud drives (data only). A maker's account holds the cloud backup
 * and the find-my-phone lock of its phones, like an Apple ID; it signs in by the phone number.
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  EMAIL_RECOVERY,
  FACE_ID_RECOVERY,
  mainlandApp,
  PASSWORD_SMS_LOGIN,
  SMS_LOGIN,
  SMS_RECOVERY,
  typical,
  WECHAT_LOGIN,
} from './ways.js';

const MAKER = ['access', 'cloud', 'find_my'];

/** A phone maker's account: SMS code (typical), password + SMS, reset by SMS or email. */
const MAKER_WAYS: WayInput[] = [
  typical(SMS_LOGIN, 'phone makers’ accounts register with the phone number and sign in by SMS code'),
  typical(PASSWORD_SMS_LOGIN),
  typical(SMS_RECOVERY),
  EMAIL_RECOVERY,
  FACE_ID_RECOVERY,
];

/** A phone maker's account. */
function maker(id: string, zh: string, en: string, aliases: string[], domains: string[]): ProviderInput {
  return service(id, zh, en, {
    aliases,
    domains,
    capabilities: MAKER,
    ways: MAKER_WAYS,
    note: 'Cloud backup and the find-my-phone lock of the maker’s phones belong to this account.',
  });
}

/** Device and cloud providers. */
export const DEVICE_PROVIDERS: ProviderInput[] = [
  maker(
    'huawei_id',
    '华为账号',
    'HUAWEI ID',
    ['hwzh', 'huawei', '华为', '华为云空间', '鸿蒙'],
    ['huawei.com', 'hicloud.com', 'vmall.com', 'com.huawei.hwid'],
  ),
  maker(
    'xiaomi',
    '小米账号',
    'Xiaomi account',
    ['xmzh', 'xiaomi', '小米', 'mi', '小米云服务', 'miui'],
    ['mi.com', 'xiaomi.com', 'account.xiaomi.com'],
  ),
  maker(
    'oppo',
    'OPPO 账号',
    'OPPO account',
    ['oppo', 'heytap', '欢太', 'coloros'],
    ['oppo.com', 'heytap.com'],
  ),
  maker('vivo', 'vivo 账号', 'vivo account', ['vivo', 'originos'], ['vivo.com.cn', 'vivo.com']),
  maker('honor', '荣耀账号', 'HONOR ID', ['ry', 'rongyao', '荣耀', 'honor'], ['honor.com', 'hihonor.com']),
  maker(
    'meizu',
    '魅族账号（Flyme）',
    'Meizu Flyme account',
    ['mz', 'meizu', '魅族', 'flyme'],
    ['meizu.com', 'flyme.cn'],
  ),
  maker(
    'samsung',
    '三星账户',
    'Samsung account',
    ['sx', 'sanxing', '三星', 'samsung'],
    ['samsung.com', 'samsung.com.cn'],
  ),
  service('phone_device', '手机（设备）', 'Phone (device)', {
    kind: 'device',
    aliases: ['sj', 'shouji', '手机', 'iphone', '设备', 'device', 'smartphone'],
    ways: [
      typical({
        names: { zh: '锁屏密码 / 指纹（在手中）', en: 'Screen lock or fingerprint (in your hand)' },
        purpose: 'login',
        requires: [],
        secret: true,
        source: 'a device in your hand is a root; its activation lock belongs to the maker’s account',
      }),
    ],
    note: 'Also the trusted device for two-factor codes (Apple, Google, authenticator apps).',
  }),
  service('aliyun_drive', '阿里云盘', 'Aliyun Drive', {
    aliases: ['alyp', 'aliyunpan', '阿里网盘'],
    domains: ['aliyundrive.com', 'alipan.com', 'com.alicloud.databox'],
    ways: mainlandApp([
      {
        names: { zh: '支付宝 / 淘宝扫码登录', en: 'Scan with Alipay or Taobao' },
        purpose: 'login',
        requires: [{ slot: 'alipay', capability: 'oauth' }],
      },
    ]),
  }),
  service('quark', '夸克网盘', 'Quark Drive', {
    aliases: ['kk', 'kuake', '夸克'],
    domains: ['quark.cn', 'com.quark.browser'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
];
