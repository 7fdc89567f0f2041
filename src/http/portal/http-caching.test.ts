import assert from 'node:assert/strict';
import { test } from 'node:test';
import { etagOf, matchesEtag } from './http-caching.ts';

test('the ETag follows the content', () => {
  assert.equal(etagOf('<p>甲</p>'), etagOf('<p>甲</p>'));
  assert.notEqual(etagOf('<p>甲</p>'), etagOf('<p>乙</p>'));
  assert.match(etagOf('x'), /^"[A-Za-z0-9_-]+"$/);
});

test('If-None-Match matches strong, weak (compressed) and listed tags, and nothing else', () => {
  const tag = etagOf('page');
  assert.ok(matchesEtag(tag, tag));
  assert.ok(matchesEtag(`W/${tag}`, tag));
  assert.ok(matchesEtag(`"other", W/${tag}`, tag));
  assert.ok(matchesEtag('*', tag));
  assert.ok(!matchesEtag(undefined, tag));
  assert.ok(!matchesEtag('"other"', tag));
});
