import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexTokens, queryTokens } from './segmenter.ts';

describe('Chinese segmentation for search', () => {
  test('keeps government terms whole in queries', () => {
    assert.deepEqual(queryTokens('行政许可'), ['行政许可']);
    assert.deepEqual(queryTokens('规范性文件'), ['规范性文件']);
    assert.deepEqual(queryTokens('信息处理费'), ['信息处理费']);
    assert.deepEqual(queryTokens('依申请公开'), ['依申请公开']);
  });

  test('indexes a term whole and its parts, so both 行政许可 and 许可 find it', () => {
    const tokens = indexTokens('关于公布2023年行政许可事项清单的通知').split(' ');
    for (const word of ['行政许可', '许可', '行政', '清单', '通知', '2023']) assert.ok(tokens.includes(word), word);
  });

  test('drops punctuation and particles from queries', () => {
    assert.deepEqual(queryTokens('安全生产的“通知”！'), ['安全生产', '通知']);
  });

  test('lower-cases Latin letters and strips tsquery operators', () => {
    assert.deepEqual(queryTokens('PDF & OFD!'), ['pdf', 'ofd']);
    assert.doesNotMatch(indexTokens("a'b:c|d"), /['|:]/);
  });
});
