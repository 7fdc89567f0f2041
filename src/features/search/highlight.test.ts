import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { highlight, snippet } from './highlight.ts';

describe('search highlighting', () => {
  test('marks every occurrence of the query words', () => {
    assert.equal(highlight('行政许可与行政许可清单', ['行政许可']), '<mark>行政许可</mark>与<mark>行政许可</mark>清单');
  });

  test('escapes the text around and inside the marks', () => {
    assert.equal(highlight('<b>许可</b> & 备案', ['许可']), '&lt;b&gt;<mark>许可</mark>&lt;/b&gt; &amp; 备案');
    assert.equal(highlight('a<script>', ['<script>']), 'a<mark>&lt;script&gt;</mark>');
  });

  test('prefers the longer word where two start together', () => {
    assert.equal(highlight('行政许可事项', ['行政', '行政许可']), '<mark>行政许可</mark>事项');
  });

  test('cuts a window around the first match with ellipses', () => {
    const text = `${'甲'.repeat(200)}安全生产${'乙'.repeat(200)}`;
    const out = snippet(text, ['安全生产'], 60);
    assert.match(out, /^…甲+<mark>安全生产<\/mark>乙+…$/);
    assert.ok(out.replace(/<\/?mark>/g, '').length <= 62);
  });

  test('starts at the beginning when nothing matches', () => {
    assert.equal(snippet('短文本', ['无关']), '短文本');
  });
});
