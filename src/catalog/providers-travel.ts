/**
 * @module Travel (data only): rail, airlines and their miles, highways (ETC), ride-hailing and maps. Airline
 * miles accounts sign in by member number or phone with a password and an SMS check.
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  ALIPAY_LOGIN,
  EMAIL_RECOVERY,
  FACE_ID_RECOVERY,
  mainlandApp,
  named,
  PASSWORD_SMS_LOGIN,
  QQ_LOGIN,
  SMS_LOGIN,
  SMS_RECOVERY,
  TAOBAO_LOGIN,
  typical,
  WECHAT_LOGIN,
  WECHAT_MINI,
} from './ways.js';

/** Miles accounts: member number or phone with password and an SMS check; reset by SMS or the bound email. */
const AIRLINE_WAYS: WayInput[] = [
  typical(
    PASSWORD_SMS_LOGIN,
    'frequent-flyer login: card number or phone, password, SMS check on a new device',
  ),
  typical(SMS_LOGIN),
  typical(SMS_RECOVERY),
  EMAIL_RECOVERY,
];

/** An airline's frequent-flyer programme. */
function airline(
  id: string,
  zh: string,
  en: string,
  aliases: string[],
  domains: string[],
  note: string,
): ProviderInput {
  return service(id, zh, en, { aliases, domains, ways: AIRLINE_WAYS, note });
}

/** Travel providers. */
export const TRAVEL_PROVIDERS: ProviderInput[] = [
  service('railway12306', '中国铁路12306', 'China Railway 12306', {
    aliases: ['12306', '铁路12306', 'tielu', 'tl', '火车票', 'huochepiao', 'hcp'],
    domains: ['12306.cn', 'com.mobileticket'],
    ways: [
      typical(
        PASSWORD_SMS_LOGIN,
        '12306: user name or phone with password; SMS check for login and purchases',
      ),
      typical(SMS_RECOVERY),
      EMAIL_RECOVERY,
      named(FACE_ID_RECOVERY, '人脸核验找回', 'Recover by face verification with the ID card'),
    ],
  }),
  service('etc', 'ETC 高速通行', 'ETC highway toll', {
    aliases: ['gstx', '高速', 'gaosu', '高速公路', 'etc 记账卡', 'toll'],
    domains: ['etcsd.com', 'chinaetc.org'],
    ways: [
      typical({
        names: { zh: '微信车主服务扣费', en: 'Tolls deducted through WeChat Pay' },
        purpose: 'login',
        requires: [{ slot: 'wechat', capability: 'pay' }],
        source: 'CASES §3: the ETC toll binding paid through WeChat stopped with the WeChat restriction',
      }),
      {
        names: { zh: '支付宝扣费', en: 'Tolls deducted through Alipay' },
        purpose: 'login',
        requires: [{ slot: 'alipay', capability: 'pay' }],
      },
      typical({
        names: { zh: '银行卡（记账卡）扣费', en: 'Tolls deducted from a bank card' },
        purpose: 'login',
        requires: [{ slot: 'bank_card', capability: 'pay' }],
        source: 'bank-issued ETC (记账卡) deducts from the linked card',
      }),
    ],
    note: 'Tolls are deducted after the trip: failed deductions put the ETC device on a blacklist.',
  }),
  airline(
    'hainan_airlines',
    '海南航空',
    'Hainan Airlines',
    ['海航', 'hh', 'hnhk', 'hainan', '金鹏俱乐部', 'fortune wings'],
    ['hnair.com'],
    'Fortune Wings Club (金鹏俱乐部) miles.',
  ),
  airline(
    'sichuan_airlines',
    '四川航空',
    'Sichuan Airlines',
    ['川航', 'schk', 'sichuan', '3u', '金熊猫'],
    ['sichuanair.com'],
    'Golden Panda (金熊猫) frequent-flyer miles.',
  ),
  airline(
    'china_southern',
    '中国南方航空',
    'China Southern Airlines',
    ['南航', 'nh', 'nfhk', 'zgnfhk', 'csair', '明珠俱乐部', 'sky pearl'],
    ['csair.com'],
    'Sky Pearl Club (明珠俱乐部) miles.',
  ),
  airline(
    'air_china',
    '中国国际航空',
    'Air China',
    ['国航', 'gh', 'guohang', 'airchina', '凤凰知音', 'phoenixmiles'],
    ['airchina.com.cn', 'airchina.com'],
    'PhoenixMiles (凤凰知音) miles.',
  ),
  airline(
    'china_eastern',
    '中国东方航空',
    'China Eastern Airlines',
    ['东航', 'dh', 'donghang', 'ceair', '东方万里行'],
    ['ceair.com'],
    'Eastern Miles (东方万里行) miles.',
  ),
  airline(
    'xiamen_airlines',
    '厦门航空',
    'Xiamen Airlines',
    ['厦航', 'xh', 'xiahang', '白鹭'],
    ['xiamenair.com'],
    'Egret Club (白鹭会员) miles.',
  ),
  airline(
    'shenzhen_airlines',
    '深圳航空',
    'Shenzhen Airlines',
    ['深航', 'sh', 'shenhang'],
    ['shenzhenair.com'],
    'Phoenix Miles shared with Air China.',
  ),
  airline(
    'spring_airlines',
    '春秋航空',
    'Spring Airlines',
    ['春秋', 'cq', 'chunqiu'],
    ['ch.com'],
    'Low-cost carrier; points account.',
  ),
  airline(
    'juneyao',
    '吉祥航空',
    'Juneyao Air',
    ['吉祥', 'jx', 'jixiang'],
    ['juneyaoair.com'],
    'Juneyao Club points.',
  ),
  service('ctrip', '携程旅行', 'Trip.com (Ctrip)', {
    aliases: ['xc', 'xiecheng', '携程', 'ctrip', 'trip.com'],
    domains: ['ctrip.com', 'trip.com', 'ctrip.android.view'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN, ALIPAY_LOGIN, EMAIL_RECOVERY]),
  }),
  service('qunar', '去哪儿旅行', 'Qunar', {
    aliases: ['qne', 'qunaer', '去哪儿'],
    domains: ['qunar.com'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('fliggy', '飞猪旅行', 'Fliggy', {
    aliases: ['fz', 'feizhu', '飞猪'],
    domains: ['fliggy.com', 'com.taobao.trip'],
    ways: [typical(ALIPAY_LOGIN, 'Fliggy uses the Alibaba (Taobao) account'), ...mainlandApp()],
  }),
  service('tongcheng', '同程旅行', 'Tongcheng Travel', {
    aliases: ['tc', 'tongcheng', '同程', '艺龙', 'elong'],
    domains: ['ly.com', 'elong.com'],
    ways: [
      typical(WECHAT_MINI, 'Tongcheng is used mostly as a WeChat mini program'),
      ...mainlandApp([WECHAT_LOGIN]),
    ],
  }),
  service('didi', '滴滴出行', 'DiDi', {
    aliases: ['dd', 'didi', '滴滴', '青桔'],
    domains: ['didiglobal.com', 'xiaojukeji.com', 'com.sdu.didi.psnger'],
    ways: mainlandApp([WECHAT_LOGIN, ALIPAY_LOGIN]),
  }),
  service('amap', '高德地图', 'Amap (Gaode)', {
    aliases: ['gd', 'gaode', '高德', 'amap', '高德打车'],
    domains: ['amap.com', 'autonavi.com', 'com.autonavi.minimap'],
    ways: mainlandApp([ALIPAY_LOGIN, TAOBAO_LOGIN]),
  }),
  service('hellobike', '哈啰', 'Hello (Hellobike)', {
    aliases: ['hl', 'haluo', '哈啰出行', '哈啰单车'],
    domains: ['hellobike.com'],
    ways: mainlandApp([ALIPAY_LOGIN, WECHAT_LOGIN]),
  }),
  service('huazhu', '华住会', 'H World (Huazhu)', {
    aliases: ['hzh', 'huazhu', '汉庭', '全季'],
    domains: ['huazhu.com'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
];
