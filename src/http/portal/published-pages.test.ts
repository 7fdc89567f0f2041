import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { PublishedPages, publishedItemId } from './published-pages.ts';

const html = (n: number, size = 200) => `<h1>第${n}号</h1>${'<p>正文</p>'.repeat(size)}`;

function store(options: { maxBytes?: number; settleMs?: number } = {}) {
  let now = 0;
  const pages = new PublishedPages({
    maxBytes: options.maxBytes ?? 1 << 20,
    settleMs: options.settleMs,
    now: () => now,
  });
  pages.startListening();
  return { pages, advance: (ms: number) => (now += ms) };
}

describe('published item pages', () => {
  test('only plain item addresses are kept', () => {
    assert.equal(publishedItemId('/o/fugou-gxj/items/42'), 42);
    assert.equal(publishedItemId('/o/fugou-gxj/items/fugou-gxj/other/2023-0001'), undefined);
    assert.equal(publishedItemId('/o/fugou-gxj/columns/3'), undefined);
  });

  test('a kept page is its gzip body and ETag', () => {
    const { pages } = store();
    const kept = pages.set('N/o/a/items/1', 1, html(1), pages.generation);
    assert.ok(kept);
    assert.equal(gunzipSync(kept.gzip).toString('utf8'), html(1));
    assert.equal(pages.get('N/o/a/items/1'), kept);
  });

  test('nothing is kept while change notices are not heard', () => {
    const pages = new PublishedPages({ maxBytes: 1 << 20 });
    assert.equal(pages.set('N/o/a/items/1', 1, html(1), pages.generation), undefined);
    pages.startListening();
    assert.ok(pages.set('N/o/a/items/1', 1, html(1), pages.generation));
    pages.stopListening();
    assert.equal(pages.size, 0);
  });

  test('a page rendered from data read before a notice is not kept', () => {
    const { pages } = store();
    const before = pages.generation;
    pages.onNotice('99');
    assert.equal(pages.set('N/o/a/items/1', 1, html(1), before), undefined);
    assert.ok(pages.set('N/o/a/items/1', 1, html(1), pages.generation));
  });

  test("a notice naming items drops those items' pages in both display modes, and no others", () => {
    const { pages } = store();
    for (const key of ['N/o/a/items/1', 'L/o/a/items/1']) pages.set(key, 1, html(1), pages.generation);
    pages.set('N/o/a/items/2', 2, html(2), pages.generation);
    pages.onNotice('1,7');
    assert.equal(pages.get('N/o/a/items/1'), undefined);
    assert.equal(pages.get('L/o/a/items/1'), undefined);
    assert.ok(pages.get('N/o/a/items/2'));
  });

  test('"everything changed" drops all pages and keeps none until the settling time has passed', () => {
    const { pages, advance } = store({ settleMs: 6000 });
    pages.set('N/o/a/items/1', 1, html(1), pages.generation);
    pages.onNotice('*');
    assert.equal(pages.size, 0);
    assert.equal(pages.set('N/o/a/items/1', 1, html(1), pages.generation), undefined);
    assert.equal(pages.settlesInMs, 6000);
    advance(6000);
    assert.ok(pages.set('N/o/a/items/1', 1, html(1), pages.generation));
  });

  test('over the byte budget the least recently used pages go first', () => {
    const probe = store().pages;
    probe.set('k', 1, html(1), probe.generation);
    const one = probe.bytes;
    assert.ok(one > 0);
    const { pages } = store({ maxBytes: one * 4.5 });
    for (let n = 1; n <= 4; n++) pages.set(`N/o/a/items/${n}`, n, html(n), pages.generation);
    pages.get('N/o/a/items/1');
    pages.set('N/o/a/items/5', 5, html(5), pages.generation);
    assert.ok(pages.bytes <= pages.maxBytes);
    assert.ok(pages.get('N/o/a/items/1'), 'recently read: kept');
    assert.equal(pages.get('N/o/a/items/2'), undefined, 'least recently used: dropped');
    assert.ok(pages.get('N/o/a/items/5'));
  });
});
