import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_INDEX_NO_PATTERN, formatIndexNo, indexNoPatternProblem, renderIndexNoPrefix } from './index-no.ts';

const parts = { org: 'fugou-gxj', credit: '114116210061124687', category: 'news', year: 2023 };

describe('索引号 pattern', () => {
  test('renders org code / category / year-sequence by default', () => {
    assert.equal(formatIndexNo(renderIndexNoPrefix(DEFAULT_INDEX_NO_PATTERN, parts), 15), 'fugou-gxj/news/2023-0015');
  });

  test('pads to the width the pattern asks and falls back to the org code without a credit code', () => {
    assert.equal(
      formatIndexNo(renderIndexNoPrefix('{credit}-{year}-{seq:6}', parts), 7),
      '114116210061124687-2023-000007',
    );
    assert.equal(
      formatIndexNo(renderIndexNoPrefix('{credit}-{year}-{seq:6}', { ...parts, credit: null }), 7),
      'fugou-gxj-2023-000007',
    );
  });

  test('two years never share a counter prefix', () => {
    const a = renderIndexNoPrefix(DEFAULT_INDEX_NO_PATTERN, parts).prefix;
    const b = renderIndexNoPrefix(DEFAULT_INDEX_NO_PATTERN, { ...parts, year: 2024 }).prefix;
    assert.notEqual(a, b);
  });

  test('refuses patterns that could repeat numbers or carry unknown tokens', () => {
    assert.equal(indexNoPatternProblem(DEFAULT_INDEX_NO_PATTERN), null);
    assert.match(indexNoPatternProblem('{org}/{year}') ?? '', /顺序号/);
    assert.match(indexNoPatternProblem('{category}/{year}-{seq}') ?? '', /机构代码/);
    assert.match(indexNoPatternProblem('{org}/{month}/{seq}') ?? '', /未知的占位符/);
    assert.match(indexNoPatternProblem('{org}/{seq}/{seq}') ?? '', /恰好含一个/);
  });
});
