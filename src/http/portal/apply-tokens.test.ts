import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { maskPersonName } from './apply-masking.ts';
import { openReplyTicket, sealReplyTicket } from './apply-tokens.ts';

describe('reply download tickets', () => {
  const ticket = { queryCode: 'ABCDEFGHJK', phone: '13812345678', attachmentId: 7, expiresAt: 2_000_000 };

  test('open what was sealed, and the token shows neither code nor phone', () => {
    const token = sealReplyTicket(ticket);
    assert.deepEqual(openReplyTicket(token, 1_000_000), ticket);
    assert.ok(!token.includes('ABCDEFGHJK') && !Buffer.from(token, 'base64url').toString('latin1').includes('138'));
    assert.notEqual(sealReplyTicket(ticket), token, 'a fresh IV each time');
  });

  test('refuse an expired, altered or made-up token', () => {
    const token = sealReplyTicket(ticket);
    assert.equal(openReplyTicket(token, 2_000_001), null);
    const bytes = Buffer.from(token, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    assert.equal(openReplyTicket(bytes.toString('base64url'), 1_000_000), null);
    assert.equal(openReplyTicket('x'.repeat(60), 1_000_000), null);
    assert.equal(openReplyTicket('../../etc/passwd', 1_000_000), null);
  });
});

describe('masking names on the applicant pages', () => {
  test('keeps the surname only', () => {
    assert.equal(maskPersonName('张三'), '张*');
    assert.equal(maskPersonName('欧阳娜娜'), '欧***');
    assert.equal(maskPersonName('张'), '张');
  });
});
