import assert from 'node:assert/strict';
import { test } from 'node:test';
import { largeTextToggleHref, safeBackPath } from './display-prefs.ts';

test('the toggle link switches to the other mode and carries the page to come back to', () => {
  const on = new URL(largeTextToggleHref(false, '/o/fugou/search?q=安全'), 'http://x');
  assert.equal(on.pathname, '/prefs/large-text');
  assert.equal(on.searchParams.get('large'), '1');
  assert.equal(on.searchParams.get('back'), '/o/fugou/search?q=安全');
  assert.equal(new URL(largeTextToggleHref(true, '/'), 'http://x').searchParams.get('large'), '0');
});

test('coming back is allowed only to a path on this site', () => {
  assert.equal(safeBackPath('/o/fugou/guide?x=1'), '/o/fugou/guide?x=1');
  for (const bad of [
    undefined,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '/a\nb',
    `/${'a'.repeat(2001)}`,
  ]) {
    assert.equal(safeBackPath(bad), '/', String(bad));
  }
});
