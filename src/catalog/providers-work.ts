/**
 * @module Work (data only): office messengers, meetings, documents and job sites. The company can close an
 * office account; WeCom hangs off the person's WeChat, DingTalk and Feishu off the phone number.
 */
import { service } from './define.js';
import type { ProviderInput } from './types.js';
import { EMAIL_RECOVERY, mainlandApp, QQ_LOGIN, typical, WECHAT_LOGIN } from './ways.js';

const WORK = ['access', 'oauth', 'chat', 'contacts'];

/** Work providers. */
export const WORK_PROVIDERS: ProviderInput[] = [
  service('dingtalk', '钉钉', 'DingTalk', {
    kind: 'messenger',
    capabilities: WORK,
    aliases: ['dd', 'dingding', '钉钉', 'dingtalk'],
    domains: ['dingtalk.com', 'com.alibaba.android.rimet'],
    ways: mainlandApp([EMAIL_RECOVERY]),
    note: 'The organisation owns the work data: leaving it, or its closure, removes access.',
  }),
  service('feishu', '飞书', 'Feishu (Lark)', {
    kind: 'messenger',
    capabilities: WORK,
    aliases: ['fs', 'feishu', 'lark'],
    domains: ['feishu.cn', 'larksuite.com', 'com.ss.android.lark'],
    ways: mainlandApp([EMAIL_RECOVERY]),
  }),
  service('wecom', '企业微信', 'WeCom (WeChat Work)', {
    kind: 'messenger',
    capabilities: WORK,
    aliases: ['qywx', 'qiyeweixin', '企业微信', 'wecom', 'wechat work'],
    domains: ['work.weixin.qq.com', 'com.tencent.wework'],
    ways: [
      typical(WECHAT_LOGIN, 'WeCom signs in with the person’s WeChat (or the phone number)'),
      ...mainlandApp(),
    ],
  }),
  service('tencent_meeting', '腾讯会议', 'Tencent Meeting', {
    aliases: ['txhy', 'tengxunhuiyi', 'voov'],
    domains: ['meeting.tencent.com', 'com.tencent.wemeet.app'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('tencent_docs', '腾讯文档', 'Tencent Docs', {
    aliases: ['txwd', 'tengxunwendang'],
    domains: ['docs.qq.com'],
    ways: [typical(WECHAT_LOGIN, 'Tencent Docs signs in with WeChat or QQ'), QQ_LOGIN],
  }),
  service('wps', 'WPS / 金山文档', 'WPS Office / Kdocs', {
    aliases: ['wps', 'jinshan', '金山文档', 'kdocs'],
    domains: ['wps.cn', 'kdocs.cn', 'cn.wps.moffice_eng'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('boss_zhipin', 'BOSS直聘', 'BOSS Zhipin', {
    aliases: ['boss', 'bosszp', 'zhipin'],
    domains: ['zhipin.com', 'com.hpbr.bosszhipin'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('zhaopin', '智联招聘', 'Zhaopin', {
    aliases: ['zlzp', 'zhilian', '智联'],
    domains: ['zhaopin.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('job51', '前程无忧（51job）', '51job', {
    aliases: ['qcwy', '51job', '前程无忧'],
    domains: ['51job.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('liepin', '猎聘', 'Liepin', {
    aliases: ['lp', 'liepin'],
    domains: ['liepin.com'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('maimai', '脉脉', 'Maimai', {
    aliases: ['mm', 'maimai'],
    domains: ['maimai.cn'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
];
