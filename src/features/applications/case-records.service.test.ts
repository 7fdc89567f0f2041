// Notes, attachments, similar cases (Art. 44), the proposal for proactive disclosure, the
// reply letter's data and the public status page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppError } from '../../core/app-error.ts';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../../http/testing.ts';
import type { ActionContext } from '../auth/actor.ts';
import { caseInState, contextOf, type Driver, registration, sampleRequest, VALID_ID_NUMBER } from './testing.ts';

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

for (const engine of testEngines()) {
  describe(`case records, similar cases, letters and the public status (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let driver: Driver;
    let orgAdmin: ActionContext;
    let gxj: number;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'r');
      driver = {
        services: t.services,
        officer: await contextOf(t.services, f.users.officer.id),
        leader: await contextOf(t.services, f.users.approver.id),
      };
      orgAdmin = await contextOf(t.services, f.users.org_admin.id);
      gxj = f.orgIds['fugou-gxj'];
    });
    after(() => t.close());

    test('notes and a sniffed PDF attachment are kept with the case; a renamed executable is refused', async () => {
      const apps = t.services.applications;
      const { id } = await caseInState(driver, gxj, 'inProgress', '2025-07-01');
      const note = await apps.addNote(driver.officer, id, '已电话联系申请人确认文号');
      assert.equal(note.author?.id, f.users.officer.id);
      const attachment = await apps.addAttachment(driver.officer, {
        id,
        kind: 'application',
        fileName: '../../申请书扫描件.pdf',
        data: PDF,
      });
      assert.deepEqual(
        [attachment.fileName, attachment.contentType, attachment.sizeBytes],
        ['申请书扫描件.pdf', 'application/pdf', PDF.byteLength],
      );
      const read = await apps.readAttachment(driver.officer.actor, id, attachment.id);
      assert.deepEqual(read.data, PDF);
      const fake = new TextEncoder().encode('MZ this is not a pdf');
      const refused = await apps
        .addAttachment(driver.officer, { id, kind: 'other', fileName: 'scan.pdf', data: fake })
        .catch((e: unknown) => e);
      assert.ok(refused instanceof AppError && refused.code === 'UNSUPPORTED_MEDIA_TYPE');
      const detail = await apps.getApplication(driver.officer.actor, id);
      assert.deepEqual(
        detail.notes.map((n) => n.body),
        ['已电话联系申请人确认文号'],
      );
      assert.equal(detail.attachments.length, 1);
      const byAdmin = await apps.readAttachment(orgAdmin.actor, id, attachment.id).catch((e: unknown) => e);
      assert.ok(byAdmin instanceof AppError && byAdmin.code === 'FORBIDDEN');
    });

    test('similar cases rank the same information first, and a proposal for proactive disclosure is recorded', async () => {
      const apps = t.services.applications;
      const ask = (description: string, day: string) =>
        apps.registerApplication(
          driver.officer,
          registration(gxj, day, { request: sampleRequest({ description, documentNumbers: null }) }),
        );
      const a = await ask('申请公开扶沟县2024年度工业企业技术改造专项资金的分配结果和企业名单', '2025-08-04');
      const b = await ask('请提供2024年度全县工业企业技术改造专项资金分配情况及获得资金的企业名单', '2025-08-05');
      const c = await ask('申请公开扶沟县2024年度工业企业技改专项资金企业名单', '2025-08-06');
      const other = await ask('申请公开县工信局2025年部门预算和三公经费', '2025-08-07');
      const similar = await apps.findSimilar(driver.officer.actor, a.id);
      const ids = similar.map((s) => s.id);
      assert.ok(ids.includes(b.id) && ids.includes(c.id));
      assert.ok(!ids.includes(a.id));
      const rank = (id: number) => (ids.includes(id) ? ids.indexOf(id) : ids.length);
      assert.ok(rank(b.id) < rank(other.id) && rank(c.id) < rank(other.id));
      const proposal = await apps.proposeDisclosure(driver.officer, {
        id: a.id,
        note: '多人申请同一信息，建议主动公开',
        relatedCaseIds: [b.id, c.id],
      });
      assert.deepEqual(proposal.relatedCaseIds, [b.id, c.id]);
      assert.equal(
        (await apps.getApplication(driver.officer.actor, a.id)).disclosureProposal?.note,
        '多人申请同一信息，建议主动公开',
      );
    });

    test('the reply letter carries decision, basis, how to obtain and the remedies; a draft until approved', async () => {
      const apps = t.services.applications;
      const early = await caseInState(driver, gxj, 'inProgress', '2025-07-01');
      const none = await apps.getReplyLetterData(driver.officer.actor, early.id).catch((e: unknown) => e);
      assert.ok(none instanceof AppError && none.code === 'INVALID_TRANSITION');
      let c = await apps.runCommand(driver.officer, {
        id: early.id,
        version: early.version,
        on: '2025-07-10',
        command: {
          type: 'submitDecision',
          outcome: 'partiallyGranted',
          reasons: '部分内容涉及第三方商业秘密',
          withheld: [{ item: '企业银行账号', reason: '涉及商业秘密（条例第十五条）' }],
        },
      });
      const draft = await apps.getReplyLetterData(driver.officer.actor, c.id);
      assert.equal(draft.isDraft, true);
      assert.match(draft.legalBasis, /第三十七条/);
      assert.equal(draft.decision.withheld[0].item, '企业银行账号');
      assert.match(draft.howToObtain ?? '', /可以公开部分/);
      assert.equal(draft.remedies.reconsiderationDays, 60);
      assert.equal(draft.remedies.litigationMonths, 6);
      assert.equal(draft.remedies.reconsiderationBody, '扶沟县人民政府');
      assert.match(draft.remedies.text, /六十日内向扶沟县人民政府申请行政复议.*六个月内/);
      c = await apps.runCommand(driver.leader, {
        id: c.id,
        version: c.version,
        on: '2025-07-11',
        command: { type: 'approveDecision' },
      });
      const final = await apps.getReplyLetterData(driver.officer.actor, c.id);
      assert.deepEqual([final.isDraft, final.letterDate], [false, '2025-07-11']);
    });

    test('the portal: an online application gets a query code; status needs code and phone and shows no personal data', async () => {
      const apps = t.services.applications;
      const receipt = await apps.submitOnlineApplication(
        {
          orgId: gxj,
          applicant: {
            type: 'naturalPerson',
            name: '赵六',
            idNumber: VALID_ID_NUMBER,
            phone: '13655556666',
            email: 'z@example.com',
          },
          request: sampleRequest({ delivery: 'email' }),
        },
        { ip: '203.0.113.9', requestId: 'portal' },
      );
      assert.match(receipt.queryCode, /^[2-9A-HJKMNP-Z]{10}$/);
      assert.ok(receipt.dueOn && receipt.dueOn > receipt.receivedOn);
      const status = await apps.getPublicStatus(receipt.queryCode.toLowerCase(), '136-5555-6666');
      assert.deepEqual(
        [status.stage, status.caseNumber, status.dueOn],
        ['received', receipt.caseNumber, receipt.dueOn],
      );
      const text = JSON.stringify(status);
      for (const secret of ['赵六', VALID_ID_NUMBER, '13655556666', 'z@example.com'])
        assert.ok(!text.includes(secret), secret);
      const wrongPhone = await apps.getPublicStatus(receipt.queryCode, '13600000000').catch((e: unknown) => e);
      const wrongCode = await apps.getPublicStatus('ABCDEFGHJK', '13655556666').catch((e: unknown) => e);
      assert.ok(wrongPhone instanceof AppError && wrongCode instanceof AppError);
      assert.equal(wrongPhone.detail, wrongCode.detail);
      const audit = await t.database.db
        .selectFrom('audit_entry')
        .select(['actor_id', 'ip'])
        .where('action', '=', 'application.submit_online')
        .executeTakeFirstOrThrow();
      assert.deepEqual(audit, { actor_id: null, ip: '203.0.113.9' });
      const bad = await apps
        .submitOnlineApplication(
          {
            orgId: gxj,
            applicant: { type: 'business', name: '某公司', phone: '13655556666' },
            request: sampleRequest(),
          },
          { ip: null, requestId: null },
        )
        .catch((e: unknown) => e);
      assert.ok(bad instanceof AppError && bad.code === 'VALIDATION_FAILED');
      assert.deepEqual(bad.fields.map((p) => p.field).sort(), ['applicant.address', 'applicant.contactPerson']);
    });

    test('the applicant sees what to correct, then downloads the reply once it is sent', async () => {
      const apps = t.services.applications;
      const receipt = await apps.submitOnlineApplication(
        {
          orgId: gxj,
          applicant: { type: 'naturalPerson', name: '孙七', phone: '13811112222', email: 's@example.com' },
          request: sampleRequest({ delivery: 'online' }),
        },
        { ip: null, requestId: null },
      );
      const [row] = (
        await apps.listApplications(driver.officer.actor, { q: receipt.caseNumber }, { page: 1, pageSize: 1 })
      ).items;
      let c = await apps.runCommand(driver.officer, {
        id: row.id,
        version: row.version,
        command: { type: 'requestCorrection', items: ['请写明所需文件的文号'] },
      });
      const waiting = await apps.getPublicStatus(receipt.queryCode, '13811112222');
      assert.equal(waiting.stage, 'waitingForApplicant');
      assert.deepEqual(waiting.applicantAction?.kind === 'correction' && waiting.applicantAction.items, [
        '请写明所需文件的文号',
      ]);
      for (const [command, who] of [
        [{ type: 'receiveCorrection' }, 'officer'],
        [{ type: 'submitDecision', outcome: 'granted' }, 'officer'],
        [{ type: 'approveDecision' }, 'leader'],
      ] as const) {
        c = await apps.runCommand(driver[who], { id: c.id, version: c.version, command });
      }
      const letter = await apps.addAttachment(driver.officer, {
        id: c.id,
        kind: 'reply',
        fileName: '答复书.pdf',
        data: PDF,
      });
      assert.deepEqual((await apps.getPublicStatus(receipt.queryCode, '13811112222')).replyFiles, []);
      c = await apps.runCommand(driver.officer, {
        id: c.id,
        version: c.version,
        command: { type: 'reply', method: 'online' },
      });
      const replied = await apps.getPublicStatus(receipt.queryCode, '13811112222');
      assert.equal(replied.stage, 'replied');
      assert.deepEqual(replied.replyFiles, [{ id: letter.id, fileName: '答复书.pdf' }]);
      const file = await apps.readPublicReply(receipt.queryCode, '13811112222', letter.id);
      assert.deepEqual(file.data, PDF);
    });
  });
}
