import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docNoProblem } from './doc-no.ts';

describe('文号检查', () => {
  test('六角括号的文号通过，空文号不检查', () => {
    assert.equal(docNoProblem('扶工信〔2023〕12号'), null);
    assert.equal(docNoProblem(''), null);
  });

  test('用了方头括号或圆括号时提示六角括号并给出改正后的写法', () => {
    assert.equal(docNoProblem('扶工信[2023]12号'), '文号中的年份应使用六角括号〔〕，应为：扶工信〔2023〕12号');
    assert.match(docNoProblem('扶工信（2023）012号') ?? '', /应为：扶工信〔2023〕12号/);
  });

  test('序号前补 0、缺“号”字都有说明', () => {
    assert.match(docNoProblem('扶工信〔2023〕012号') ?? '', /不编虚位/);
    assert.match(docNoProblem('扶工信〔2023〕12') ?? '', /以“号”结尾/);
  });
});
