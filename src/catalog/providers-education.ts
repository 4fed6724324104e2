/**
 * @module Education and exams (data only): exam registration, degree records and learning platforms. Older exam
 * accounts verify through the bound email (CASES §1: CET, 软考, 学信网), newer ones through the phone.
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  EMAIL_RECOVERY,
  FACE_ID_RECOVERY,
  IDENTITY,
  mainlandApp,
  PASSWORD_EMAIL_LOGIN,
  PASSWORD_SMS_LOGIN,
  PHONE_SMS,
  QQ_LOGIN,
  SMS_LOGIN,
  SMS_RECOVERY,
  typical,
  WECHAT_LOGIN,
} from './ways.js';

/** Exam registration accounts that verify through the bound email (CASES §1), or the phone on newer accounts. */
const EXAM_WAYS: WayInput[] = [
  typical(
    PASSWORD_EMAIL_LOGIN,
    'CASES §1: exam accounts that verify through the mailbox they were registered with',
  ),
  typical(EMAIL_RECOVERY),
  SMS_RECOVERY,
];

/** The 学信网 account, which the graduate admissions site shares. */
const CHSI_ACCOUNT: WayInput = {
  names: { zh: '学信网账号登录', en: 'Sign in with the CHSI account' },
  purpose: 'login',
  requires: [{ slot: 'chsi', capability: 'access' }],
};

/** A NetEase mailbox as a NetEase passport. */
const NETEASE_MAIL: WayInput = {
  names: { zh: '网易邮箱帐号登录', en: 'Sign in with a NetEase mail account' },
  purpose: 'login',
  requires: [{ slot: 'mail163', capability: 'access' }],
};

/** Education and exam providers. */
export const EDUCATION_PROVIDERS: ProviderInput[] = [
  service('cet', '全国大学英语四六级考试', 'CET (College English Test)', {
    aliases: ['四六级', 'slj', '英语四六级', '四级', '六级', 'cet4', 'cet6', 'cet-4', 'cet-6'],
    domains: ['cet.neea.edu.cn', 'cet-bm.neea.edu.cn'],
    ways: EXAM_WAYS,
    note: 'Registration and score records; the account verifies through its bound email.',
  }),
  service('chsi', '学信网', 'CHSI (China Higher Education Student Information)', {
    aliases: ['xxw', 'xuexinwang', 'xuexin', '学信', '中国高等教育学生信息网', 'chsi.com.cn', '学历认证'],
    domains: ['chsi.com.cn', 'chsi.cn'],
    ways: [
      typical(SMS_LOGIN),
      typical({
        names: { zh: '手机短信 + 身份证号找回', en: 'Recover with an SMS code and the ID card number' },
        purpose: 'recovery',
        requires: [PHONE_SMS, IDENTITY],
        source: 'chsi.com.cn password reset asks for the ID number and a code to the bound phone',
      }),
      FACE_ID_RECOVERY,
      EMAIL_RECOVERY,
    ],
    note: 'Degree and enrolment records (学籍学历) used for verification by employers and exams.',
  }),
  service('ruankao', '软考', 'Ruankao (computer technology and software proficiency exam)', {
    aliases: ['rk', 'ruankao', '计算机技术与软件专业技术资格考试', '计算机软考'],
    domains: ['ruankao.org.cn'],
    ways: EXAM_WAYS,
    note: 'Registration and certificate records.',
  }),
  service('neea', '中国教育考试网', 'NEEA (National Education Examinations Authority)', {
    aliases: ['zgjyksw', 'neea', '教育考试网', '计算机等级考试', 'ncre', '托福', '雅思'],
    domains: ['neea.edu.cn', 'neea.cn'],
    ways: EXAM_WAYS,
  }),
  service('yanzhao', '中国研究生招生信息网（研招网）', 'China Graduate Admissions (Yanzhao)', {
    aliases: ['yzw', 'yanzhao', '研招网', '考研'],
    domains: ['yz.chsi.com.cn'],
    ways: [typical({ ...CHSI_ACCOUNT, source: 'Yanzhao uses the 学信网 account' })],
  }),
  service('cpta', '中国人事考试网', 'China Personnel Testing (CPTA)', {
    aliases: ['zgrsksw', 'cpta', '人事考试', '公务员考试', '会计考试', '一建', '二建'],
    domains: ['cpta.com.cn'],
    ways: [typical(PASSWORD_SMS_LOGIN), typical(SMS_RECOVERY), FACE_ID_RECOVERY],
  }),
  service('ntce', '教师资格考试', 'Teacher qualification exam (NTCE)', {
    aliases: ['jszg', 'jiaoshizige', '教资', '教师资格证', 'ntce'],
    domains: ['ntce.neea.edu.cn', 'jszg.edu.cn'],
    ways: EXAM_WAYS,
  }),
  service('xuexi_qiangguo', '学习强国', 'Xuexi Qiangguo', {
    aliases: ['xxqg', 'xuexi', '强国'],
    domains: ['xuexi.cn', 'cn.xuexi.android'],
    ways: mainlandApp(),
  }),
  service('icourse163', '中国大学MOOC', 'icourse163 (China University MOOC)', {
    aliases: ['mooc', 'dxmooc', '慕课', 'icourse'],
    domains: ['icourse163.org'],
    ways: [...mainlandApp([QQ_LOGIN, WECHAT_LOGIN]), NETEASE_MAIL],
  }),
  service('chaoxing', '学习通（超星）', 'Chaoxing Xuexitong', {
    aliases: ['xxt', 'xuexitong', '超星', 'chaoxing'],
    domains: ['chaoxing.com', 'com.chaoxing.mobile'],
    ways: mainlandApp(),
    note: 'University courses and attendance; often tied to the student number.',
  }),
  service('zuoyebang', '作业帮', 'Zuoyebang', {
    aliases: ['zyb', 'zuoyebang'],
    domains: ['zuoyebang.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('cnki', '中国知网', 'CNKI', {
    aliases: ['zw', 'zhiwang', '知网', 'cnki'],
    domains: ['cnki.net'],
    ways: mainlandApp([WECHAT_LOGIN, EMAIL_RECOVERY]),
  }),
];
