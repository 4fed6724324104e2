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
  PASSWORD_EMAIL_LOGIN,
  PHONE_SMS,
  SMS_LOGIN,
  SMS_RECOVERY,
  typical,
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
];
