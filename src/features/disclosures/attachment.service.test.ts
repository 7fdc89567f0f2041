import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type TestApp } from '../../http/testing.ts';
import { loadCjkFont } from '../documents/cjk-font.ts';
import { createDisclosureFixture, type DisclosureFixture, itemIn, PASSING_REVIEW } from './testing.ts';

async function docxWith(text: string): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] })));
}

function pdfWith(text: string): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    // The font our PDFs embed (a collection needs the face named).
    const cjk = loadCjkFont();
    if (cjk.path.endsWith('.ttc')) doc.font(cjk.path, cjk.postscriptName);
    else doc.font(cjk.path);
    doc.text(text);
    doc.end();
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

for (const engine of testEngines()) {
  describe(`item attachments (${engine})`, () => {
    let t: TestApp;
    let fx: DisclosureFixture;

    before(async () => {
      t = await createTestApp(engine);
      fx = await createDisclosureFixture(t.services, await createRoleFixtures(t.services));
    });
    after(() => t.close());

    const attachments = () => t.services.disclosures.attachments;

    test('a file named .pdf whose content is not a PDF is refused', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const fake = new TextEncoder().encode('<html><script>alert(1)</script></html>');
      await assert.rejects(
        attachments().uploadAttachment(fx.ctx.clerk, item.id, { fileName: '通知.pdf', bytes: fake }),
        (e: { code: string; status: number; detail: string }) =>
          e.code === 'UNSUPPORTED_MEDIA_TYPE' && e.status === 415 && /不是 PDF/.test(e.detail),
      );
      const docxNamedPdf = await docxWith('伪装');
      assert.equal(
        await codeOf(
          attachments().uploadAttachment(fx.ctx.clerk, item.id, { fileName: '伪装.pdf', bytes: docxNamedPdf }),
        ),
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    test('types outside the list are refused, whatever the content', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00]);
      await assert.rejects(
        attachments().uploadAttachment(fx.ctx.clerk, item.id, { fileName: 'setup.exe', bytes: exe }),
        (e: { detail: string }) => /不支持 \.exe/.test(e.detail),
      );
    });

    test('a file over the size limit is refused before anything is stored', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const big = new Uint8Array(50 * 1024 * 1024 + 1);
      big.set(new TextEncoder().encode('%PDF-1.4\n'));
      await assert.rejects(
        attachments().uploadAttachment(fx.ctx.clerk, item.id, { fileName: '大文件.pdf', bytes: big }),
        (e: { code: string; status: number; detail: string }) => e.status === 413 && /50\.0 MB/.test(e.detail),
      );
      assert.equal((await t.services.disclosures.items.getItem(fx.ctx.clerk.actor, item.id)).attachments.length, 0);
    });

    test('Word and PDF text is extracted, so the item is found by words only its attachments contain', async () => {
      const item = await itemIn(t.services, fx, { title: '附件检索测试' }, 'draft');
      const word = await attachments().uploadAttachment(fx.ctx.clerk, item.id, {
        fileName: '实施细则.docx',
        bytes: await docxWith('专精特新中小企业认定实施细则'),
      });
      const pdf = await attachments().uploadAttachment(fx.ctx.clerk, item.id, {
        fileName: '名单.pdf',
        bytes: await pdfWith('乡村振兴示范企业名单'),
      });
      assert.equal(word.hasText, true);
      assert.equal(pdf.hasText, true);
      assert.equal(word.mediaType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const { workflow } = t.services.disclosures;
      await workflow.submit(fx.ctx.clerk, item.id);
      await workflow.review(fx.ctx.reviewer, item.id, PASSING_REVIEW);
      await workflow.approve(fx.ctx.approver, item.id);
      await workflow.publish(fx.ctx.approver, item.id);
      assert.deepEqual(
        (await t.services.search.search({ q: '专精特新', page: 1, pageSize: 5 })).items.map((i) => i.itemId),
        [item.id],
      );
      assert.deepEqual(
        (await t.services.search.search({ q: '乡村振兴', page: 1, pageSize: 5 })).items.map((i) => i.itemId),
        [item.id],
      );
    });

    test('attachments are public only once their version is published; staff can read them before', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const bytes = await pdfWith('公开前不可下载');
      const info = await attachments().uploadAttachment(fx.ctx.clerk, item.id, { fileName: '材料.pdf', bytes });
      assert.equal(await codeOf(attachments().openAttachment(null, info.id)), 'NOT_FOUND');
      const staff = await attachments().openAttachment(fx.ctx.reviewer.actor, info.id);
      assert.deepEqual(staff.bytes, bytes);
      const { workflow } = t.services.disclosures;
      await workflow.submit(fx.ctx.clerk, item.id);
      await workflow.review(fx.ctx.reviewer, item.id, PASSING_REVIEW);
      await workflow.approve(fx.ctx.approver, item.id);
      await workflow.publish(fx.ctx.approver, item.id);
      const open = await attachments().openAttachment(null, info.id);
      assert.equal(open.fileName, '材料.pdf');
      assert.equal(open.sizeBytes, bytes.byteLength);
      const page = await t.services.disclosures.portal.getPublishedItem(item.id);
      assert.equal(page?.kind === 'published' && page.item.attachments[0].href, `/api/v1/attachments/${info.id}`);
    });

    test('only drafts take attachments, and only from a clerk', async () => {
      const published = await itemIn(t.services, fx);
      const bytes = await pdfWith('x');
      assert.equal(
        await codeOf(attachments().uploadAttachment(fx.ctx.clerk, published.id, { fileName: 'a.pdf', bytes })),
        'INVALID_TRANSITION',
      );
      const draft = await itemIn(t.services, fx, {}, 'draft');
      assert.equal(
        await codeOf(attachments().uploadAttachment(fx.ctx.reviewer, draft.id, { fileName: 'a.pdf', bytes })),
        'FORBIDDEN',
      );
    });

    test('removing an attachment from a revision keeps it in the published version', async () => {
      const item = await itemIn(t.services, fx, {}, 'draft');
      const info = await attachments().uploadAttachment(fx.ctx.clerk, item.id, {
        fileName: '旧附件.pdf',
        bytes: await pdfWith('旧'),
      });
      const { workflow } = t.services.disclosures;
      await workflow.submit(fx.ctx.clerk, item.id);
      await workflow.review(fx.ctx.reviewer, item.id, PASSING_REVIEW);
      await workflow.approve(fx.ctx.approver, item.id);
      await workflow.publish(fx.ctx.approver, item.id);
      await workflow.revise(fx.ctx.clerk, item.id);
      await attachments().removeAttachment(fx.ctx.clerk, info.id);
      assert.equal((await t.services.disclosures.items.getItem(fx.ctx.clerk.actor, item.id)).attachments.length, 0);
      assert.equal(
        (await attachments().openAttachment(null, info.id)).fileName,
        '旧附件.pdf',
        'still public with the live version',
      );
    });
  });
}
