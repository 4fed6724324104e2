// A recommendation's sentence is made by src/text from the engine's facts: the same facts read in Chinese and
// English, kinds listed as a person writes them, counts with their plural.
import { describe, expect, it } from 'vitest';
import { type AdviceFacts, text } from '../src/text/index.js';

const facts: AdviceFacts = {
  need: 'email',
  account: 'Apple ID',
  ban: 'QQ',
  via: 'QQ Mail',
  direct: false,
  hostedOnBan: true,
  email: undefined,
  phone: '138****1234',
  protects: { CNY: 12000 },
  valued: ['subscription', 'device', 'data'],
  kept: ['subscription', 'device', 'data'],
  others: 2,
};

describe('recommendation sentences', () => {
  it('says the same facts in both languages', () => {
    expect(text('en').advice.sentence(facts)).toBe(
      'Apple ID: add a recovery email not hosted on QQ, or the phone number “138****1234” — protects ¥12,000 of devices, subscriptions, and data against a QQ ban, along with 2 more accounts',
    );
    expect(text('zh').advice.sentence(facts)).toBe(
      'Apple ID：添加一个不挂在QQ上的找回邮箱，或绑定手机号「138****1234」——QQ被封时可保住 ¥12,000 的设备、订阅、数据，连带保住另外 2 个账户',
    );
  });

  it('names a ban of a non-Latin account without an article, and one more account in the singular', () => {
    const f = {
      ...facts,
      need: 'phone' as const,
      direct: true,
      ban: '中国移动',
      protects: {},
      kept: [],
      others: 1,
    };
    expect(text('en').advice.sentence(f)).toBe(
      'Apple ID: add a second phone number such as “138****1234” — keeps it reachable through a ban of 中国移动, along with 1 more account',
    );
    expect(text('zh').advice.sentence(f)).toBe(
      'Apple ID：添加第二个手机号，例如「138****1234」——中国移动被封时仍可进入，连带保住另外 1 个账户',
    );
  });
});
