/**
 * @module Government services (data only): national and local apps, tax, traffic, social insurance and the
 * epidemic-era health code. Most are real-name accounts reached by SMS, face check, or through WeChat / Alipay.
 */
import { service } from './define.js';
import type { ProviderInput } from './types.js';
import { ALIPAY_MINI, typical, WECHAT_MINI } from './ways.js';

/** Government providers. */
export const GOVERNMENT_PROVIDERS: ProviderInput[] = [
  service('health_code', '健康码', 'Health code', {
    aliases: ['jkm', 'jiankangma', '粤康码', '随申码', '健康宝', '健康申报'],
    ways: [
      typical(WECHAT_MINI, 'CASES §3: the health code stopped with the WeChat restriction'),
      ALIPAY_MINI,
    ],
    note: 'Epidemic-era (2020-2022): needed to enter buildings; in CASES §3 it stopped with the WeChat restriction.',
  }),
];
