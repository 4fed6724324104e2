/**
 * @module Phone numbers and fixed lines (data only): the three carriers, China Broadcasting Network and the
 * carriers' fixed lines and broadband. A number is held through its SIM; the shop with the ID card replaces it.
 */
import type { PresetInput, ProviderInput } from './types.js';
import { IDENTITY, typical } from './ways.js';

const PHONE_CAPABILITIES = ['access', 'sms', 'call_in', 'call_out', 'data'];

/** Suspension and cancellation presets shared by the carriers (same ids, same definitions). */
const PHONE_PRESETS: PresetInput[] = [
  {
    id: 'phone_one_way_suspension',
    names: { zh: '单停（只能接听来电）', en: 'One-way suspension (incoming calls only)' },
    lose: { except: ['call_in'] },
    source:
      'Qianxinan 2016 real-name enforcement (CASES §4): reports say only incoming calls still work; receiving SMS codes is not promised',
  },
  {
    id: 'phone_one_way_suspension_sms_in',
    names: { zh: '单停（还能接电话、收短信）', en: 'One-way suspension (incoming calls and messages)' },
    lose: { except: ['call_in', 'sms'] },
    source:
      '北京青年报 2016-12-01 (CASES §4): in Beijing a one-way suspended number still received calls and messages',
  },
  {
    id: 'phone_two_way_suspension',
    names: { zh: '双停', en: 'Two-way suspension' },
    lose: 'all',
    source:
      'Qianxinan 2016 (CASES §4): China Mobile moved one-way suspended numbers to two-way suspension from 1 November',
  },
  {
    id: 'phone_cancelled',
    names: { zh: '销号', en: 'Number cancelled' },
    lose: 'all',
    source:
      'Qianxinan 2016 (CASES §4): numbers still unregistered after two-way suspension are cancelled (销号) and recycled to a new owner after about 90 days',
  },
];

const PHONE_WAYS: ProviderInput['ways'] = [
  typical({
    names: { zh: 'SIM 卡在手（号码本身是根）', en: 'SIM card in your phone (the number is a root)' },
    purpose: 'login',
    requires: [],
    source: 'you hold the SIM: the number works as long as the carrier keeps it in service',
  }),
  typical({
    names: { zh: '本人持身份证到营业厅补卡', en: 'Replacement SIM at a carrier shop with the ID card' },
    purpose: 'recovery',
    requires: [IDENTITY],
    source:
      'real-name registration (2016 six-ministry notice, CASES §4): the holder of the ID card gets a new SIM',
  }),
];

const PHONE_NOTE =
  'A cancelled number is recycled to a new owner after about 90 days: whoever gets it receives your verification codes.';

/** A mobile carrier: SIM in hand, shop with the ID card, and the suspension presets of CASES §4. */
function carrier(id: string, zh: string, en: string, aliases: string[], domains: string[]): ProviderInput {
  return {
    id,
    names: { zh, en },
    aliases,
    kind: 'phone',
    capabilities: PHONE_CAPABILITIES,
    presets: PHONE_PRESETS,
    ways: PHONE_WAYS,
    domains,
    note: PHONE_NOTE,
  };
}

/** Mobile carriers. */
export const CARRIER_PROVIDERS: ProviderInput[] = [
  carrier(
    'china_mobile',
    '中国移动',
    'China Mobile',
    ['zgyd', 'yd', 'yidong', 'zhongguoyidong', '移动', 'cmcc', '10086'],
    ['10086.cn', 'chinamobile.com', 'com.greenpoint.android.mc10086.activity'],
  ),
  carrier(
    'china_unicom',
    '中国联通',
    'China Unicom',
    ['zglt', 'lt', 'liantong', 'zhongguoliantong', '联通', 'unicom', '10010'],
    ['10010.com', 'chinaunicom.cn', 'com.sinovatech.unicom.ui'],
  ),
  carrier(
    'china_telecom',
    '中国电信',
    'China Telecom',
    ['zgdx', 'dx', 'dianxin', 'zhongguodianxin', '电信', 'ctcc', '10000'],
    ['189.cn', 'chinatelecom.com.cn', 'com.ct.client'],
  ),
  carrier(
    'china_broadnet',
    '中国广电',
    'China Broadnet',
    ['zggd', 'guangdian', '广电', '192', 'cbn'],
    ['10099.com.cn', 'cbn.cn'],
  ),
  carrier(
    'mvno',
    '虚拟运营商号码（170/171）',
    'Virtual operator number (170/171)',
    ['xnyys', '虚拟运营商', '170', '171', 'mvno', '蜗牛移动', '小米移动'],
    [],
  ),
  {
    id: 'fixed_line',
    names: { zh: '固定电话', en: 'Fixed line' },
    aliases: ['gddh', 'guding', '座机', '固话', 'landline', 'zuoji'],
    kind: 'phone',
    capabilities: ['access', 'call_in', 'call_out'],
    presets: PHONE_PRESETS.filter((p) => p.id !== 'phone_one_way_suspension_sms_in'),
    ways: [
      typical({
        names: { zh: '装机地址的线路', en: 'The line at the installation address' },
        purpose: 'login',
        requires: [],
        source: 'CASES §4: China Telecom suspended 2,000+ landlines not real-name registered in 2016',
      }),
      typical(PHONE_WAYS[1]!),
    ],
    note: 'Receives calls but no SMS: a voice-call code (语音验证码) is the only code it can get.',
  },
  {
    id: 'broadband',
    names: { zh: '家庭宽带', en: 'Home broadband' },
    aliases: ['kd', 'kuandai', '宽带', '光猫', 'broadband', 'fttx'],
    kind: 'service',
    capabilities: ['access'],
    ways: [
      typical({
        names: { zh: '随手机套餐（融合套餐）', en: 'Bundled with the mobile plan' },
        purpose: 'login',
        requires: [{ slot: 'phone', capability: 'access' }],
        source: 'carriers bundle broadband with a mobile plan (融合套餐): suspending the number can stop it',
      }),
      typical(PHONE_WAYS[1]!),
    ],
  },
];
