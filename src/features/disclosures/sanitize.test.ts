import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { htmlToPlainText, sanitizeHtml } from './sanitize.ts';

describe('sanitising item bodies', () => {
  test('removes script tags and what they contain', () => {
    const out = sanitizeHtml('<p>通知</p><script>alert(document.cookie)</script><p>正文</p>');
    assert.equal(out, '<p>通知</p><p>正文</p>');
  });

  test('removes event handlers but keeps the element', () => {
    const out = sanitizeHtml('<p onclick="steal()">点击</p><img src="/a.png" onerror="steal()" alt="图">');
    assert.doesNotMatch(out, /onclick|onerror|steal/);
    assert.match(out, /<p>点击<\/p>/);
    assert.match(out, /<img src="\/a.png" alt="图"/);
  });

  test('removes javascript: and other unsafe URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'vbscript:x',
      'data:text/html,<script>x</script>',
      '&#106;avascript:alert(1)',
    ]) {
      const out = sanitizeHtml(`<a href="${url}">链接</a>`);
      assert.doesNotMatch(out, /javascript|vbscript|data:text/i, url);
      assert.match(out, /链接/);
    }
  });

  test('keeps safe links, tables and headings', () => {
    const html =
      '<h2>一、总体情况</h2><p><a href="https://www.gov.cn/" title="政府网">中国政府网</a></p><table><caption>统计</caption><tr><th scope="col">项目</th><td colspan="2">1</td></tr></table>';
    const out = sanitizeHtml(html);
    assert.match(out, /<h2>一、总体情况<\/h2>/);
    assert.match(out, /<a href="https:\/\/www.gov.cn\/" title="政府网">/);
    assert.match(out, /<th scope="col">项目<\/th>/);
    assert.match(out, /<td colspan="2">1<\/td>/);
  });

  test('drops style attributes, iframes and unknown tags', () => {
    const out = sanitizeHtml(
      '<p style="background:url(javascript:x)">文</p><iframe src="https://evil.example"></iframe><marquee>动</marquee>',
    );
    assert.equal(out, '<p>文</p>动');
  });

  test('turns HTML into plain text with line breaks', () => {
    assert.equal(htmlToPlainText('<p>第一段&nbsp;A&amp;B</p><p>第二段</p>'), '第一段 A&B\n第二段');
  });
});
