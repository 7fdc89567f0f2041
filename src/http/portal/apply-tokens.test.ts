import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { maskPersonName } from './apply-masking.ts';
import { openAnswerTicket, openReplyTicket, sealAnswerTicket, sealReplyTicket } from './apply-tokens.ts';

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

  test('a correction-form ticket opens only as one, and not after it expires', () => {
    const answer = { queryCode: 'ABCDEFGHJK', phone: '13812345678', expiresAt: 2_000_000 };
    const token = sealAnswerTicket(answer);
    assert.deepEqual(openAnswerTicket(token, 1_000_000), answer);
    assert.equal(openReplyTicket(token, 1_000_000), null, '补正表单的凭据不能用来下载答复书');
    assert.equal(openAnswerTicket(sealReplyTicket(ticket), 1_000_000), null);
    assert.equal(openAnswerTicket(token, 2_000_001), null);
  });
});

describe('masking names on the applicant pages', () => {
  test('keeps the surname only', () => {
    assert.equal(maskPersonName('张三'), '张*');
    assert.equal(maskPersonName('欧阳娜娜'), '欧***');
    assert.equal(maskPersonName('张'), '张');
  });
});
