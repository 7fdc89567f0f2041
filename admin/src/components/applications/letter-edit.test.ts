import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphsToText, textToParagraphs } from './letter-edit.ts';

test('one paragraph per line; blank lines and surrounding spaces do not make paragraphs', () => {
  const paragraphs = ['本机关于2025年9月26日收到您的申请。', '经审查，现答复如下。'];
  assert.deepEqual(textToParagraphs(paragraphsToText(paragraphs)), paragraphs);
  assert.deepEqual(textToParagraphs('  第一段 \r\n\n\n第二段\n   '), ['第一段', '第二段']);
  assert.deepEqual(textToParagraphs('\n \n'), []);
});
