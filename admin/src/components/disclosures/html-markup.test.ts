import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyMarkup } from './html-markup.ts';

describe('正文编辑器的格式按钮', () => {
  test('加粗包住选中的文字，选区仍是那段文字', () => {
    const edit = applyMarkup('会议要求各企业落实责任', 4, 8, 'strong');
    assert.equal(edit.text, '会议要求<strong>各企业落</strong>实责任');
    assert.equal(edit.text.slice(edit.start, edit.end), '各企业落');
  });

  test('没有选中文字时插入占位文字并选中，便于直接输入', () => {
    const edit = applyMarkup('', 0, 0, 'h2');
    assert.equal(edit.text, '<h2>小标题</h2>');
    assert.equal(edit.text.slice(edit.start, edit.end), '小标题');
  });

  test('列表把每一行变成一项，空行略去', () => {
    const edit = applyMarkup('一、排查隐患\n\n二、落实责任', 0, 14, 'ul');
    assert.equal(edit.text, '<ul>\n  <li>一、排查隐患</li>\n  <li>二、落实责任</li>\n</ul>');
  });

  test('链接插入后选中网址部分', () => {
    const edit = applyMarkup('详见通知', 2, 4, 'a');
    assert.equal(edit.text, '详见<a href="https://">通知</a>');
    assert.equal(edit.text.slice(edit.start, edit.end), 'https://');
  });
});
