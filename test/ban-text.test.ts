// The short text form of a ban, shared by the command line and the maps API query string.
import { describe, expect, it } from 'vitest';
import { parseBanText } from '../src/engine/index.js';

const ids = new Set(['qq', 'wechat', 'cn:cmcc', 'a:b']);
const parse = (t: string) => parseBanText(t, (id) => ids.has(id));

describe('parseBanText', () => {
  it('reads a bare id as a full ban', () => expect(parse('qq')).toEqual({ account: 'qq' }));
  it('reads capabilities after a colon', () =>
    expect(parse('wechat:pay,withdraw')).toEqual({ account: 'wechat', lose: ['pay', 'withdraw'] }));
  it('reads a preset after @', () =>
    expect(parse('wechat@wechat_restricted_permanent')).toEqual({
      account: 'wechat',
      preset: 'wechat_restricted_permanent',
    }));
  it('lets an id that contains a colon win over the capability form', () => {
    expect(parse('a:b')).toEqual({ account: 'a:b' });
    expect(parse('cn:cmcc:sms')).toEqual({ account: 'cn:cmcc', lose: ['sms'] });
  });
  it('says what is wrong with an empty capability list', () =>
    expect(parse('qq:')).toMatchObject({
      code: 'ban_without_capability',
      message: 'name at least one capability after ":"',
      params: { text: 'qq:' },
    }));
});
