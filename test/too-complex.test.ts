// A risk report past the engine's budget is an issue (`too_complex`, with the order, the limit hit and the
// account cap), worded by the text layer in both languages; the API answers it as 413 `map_too_complex` with the
// English sentence saying what to reduce and the issue itself, and the worker pool's clone keeps both.
import { describe, expect, it } from 'vitest';
import { ApiError, errorBody } from '../src/api/errors.js';
import { maxAccounts, TooComplexError } from '../src/engine/too-complex.js';
import { issueText } from '../src/text/index.js';

describe('map_too_complex', () => {
  it('carries a too_complex issue with its parameters, not words', () => {
    const e = new TooComplexError(3, 'accounts');
    expect(e.issue).toMatchObject({
      code: 'too_complex',
      path: [],
      params: { order: 3, reason: 'accounts', max: maxAccounts(3) },
    });
    expect(e.message).toBe(
      'the map is too complex for a risk report of order 3: order 3 handles at most 208,061 accounts; ask for order 2, one target account, or a smaller map',
    );
  });

  it('says what to reduce in Chinese and English, by the limit hit', () => {
    const work = new TooComplexError(2, 'work').issue;
    expect(issueText(work, 'zh')).toBe(
      '地图太复杂，算不出 2 阶风险报告：找最小割集需要的步骤太多；请改算 1 阶、只看一个账户，或缩小地图',
    );
    expect(issueText(work, 'en')).toContain('ask for order 1, one target account, or a smaller map');
    const recs = new TooComplexError(2, 'recommendations').issue;
    expect(issueText(recs, 'zh')).toContain('评估建议需要的步骤太多');
    expect(issueText(recs, 'zh')).toContain('请只看一个账户，或缩小地图');
    expect(issueText(new TooComplexError(1, 'sets').issue, 'en')).toBe(
      'the map is too complex for a risk report of order 1: the minimal cut sets are too many to hold; ask for one target account or a smaller map',
    );
  });

  it('is a 413 with the sentence and the issue, through the worker pool’s structured clone too', () => {
    const e = new TooComplexError(3, 'work');
    const api = new ApiError('map_too_complex', { detail: e.message }, [e.issue]);
    const cloned = structuredClone({ code: api.code, message: api.message, issues: api.issues });
    const body = errorBody(Object.assign(new ApiError('map_too_complex', {}, cloned.issues), cloned));
    expect(body).toEqual({
      statusCode: 413,
      code: 'map_too_complex',
      error: 'Payload Too Large',
      message: e.message,
      issues: [e.issue],
    });
    expect(body.message).toMatch(/order 3: .*; ask for order 2, one target account, or a smaller map$/);
  });
});
