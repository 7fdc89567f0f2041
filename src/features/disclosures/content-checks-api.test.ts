// The reviewer's content checks over the API: findings on GET /items/{id}, platform words in the
// disclosure settings, attachments' text checked too.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../../http/testing.ts';
import { idCardCheckChar } from '../applications/rules/id-card.ts';
import { createDisclosureFixture, type DisclosureFixture, multipartFile } from './testing.ts';

interface Finding {
  kind: string;
  field: string;
  fieldLabel: string;
  text: string;
  start: number;
  end: number;
  context: string;
  suggestion: string;
}

const ID = `41272619900101124${idCardCheckChar('41272619900101124')}`;

for (const engine of testEngines()) {
  describe(`content checks on items (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let fx: DisclosureFixture;
    const as: Record<string, ApiClient> = {};

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services);
      fx = await createDisclosureFixture(t.services, f);
      for (const role of ['clerk', 'reviewer', 'org_admin'] as const)
        as[role] = await signIn(t.app, f.users[role].username, f.users[role].password);
    });
    after(() => t.close());

    const draft = async (title: string, bodyHtml: string) => {
      const created = await as.clerk.post<{ id: number; contentChecks: Finding[] }>('/api/v1/items', {
        orgId: fx.orgId,
        title,
        bodyHtml,
        columnIds: [fx.columns.news],
      });
      assert.equal(created.status, 201);
      return created.body;
    };

    test('the reviewer sees a sensitive word, a typo and an ID number in the draft, with positions and suggestions', async () => {
      const created = await draft(
        '县工信局召开安全生产工作会议',
        `<p>会议传达了国家副总理讲话精神，要求一如继往抓好安全生产。</p><p>联系人身份证号：${ID}。</p>`,
      );
      assert.equal(created.contentChecks.length, 3, 'the draft returned to the clerk carries the findings too');
      await as.clerk.post(`/api/v1/items/${created.id}/submit`);
      const item = await as.reviewer.get<{ contentChecks: Finding[] }>(`/api/v1/items/${created.id}`);
      assert.equal(item.status, 200);
      const findings = item.body.contentChecks;
      assert.deepEqual(
        findings.map((x) => [x.kind, x.fieldLabel, x.text]),
        [
          ['sensitiveWord', '正文', '国家副总理'],
          ['typo', '正文', '一如继往'],
          ['idCard', '正文', ID],
        ],
      );
      assert.equal(findings[0].suggestion, '应为“国务院副总理”');
      assert.equal(findings[1].suggestion, '“一如继往”应为“一如既往”');
      assert.match(findings[2].suggestion, /去标识化/);
      assert.ok(findings[2].start > findings[1].end, 'positions follow the text');
      assert.match(findings[2].context, /身份证号/);
    });

    test('sending back, the reviewer records the 保密审查 answers and conclusion in the audit log', async () => {
      const created = await draft('县工信局召开会议', `<p>身份证号：${ID}</p>`);
      await as.clerk.post(`/api/v1/items/${created.id}/submit`);
      const review = {
        checklist: { noStateSecrets: true, noWorkSecrets: true, personalInfoProtected: false, contentAccurate: true },
        conclusion: '经审查，正文含未经处理的身份证号码，暂不同意公开',
      };
      const back = await as.reviewer.post<{ state: string }>(`/api/v1/items/${created.id}/send-back`, {
        reason: '请删去身份证号码',
        review,
      });
      assert.equal(back.status, 200);
      assert.equal(back.body.state, 'draft');
      const entry = await t.database.db
        .selectFrom('audit_entry')
        .select('after')
        .where('action', '=', 'item.send_back')
        .where('target_id', '=', String(created.id))
        .executeTakeFirstOrThrow();
      assert.deepEqual((entry.after as { detail: unknown }).detail, { reason: '请删去身份证号码', review });
      const bad = await as.reviewer.post<{ fields: { field: string }[] }>(`/api/v1/items/${created.id}/send-back`, {
        reason: '再退',
        review: { checklist: review.checklist, conclusion: ' ' },
      });
      assert.equal(bad.status, 400);
    });

    test('a clean draft has no findings', async () => {
      const created = await draft('关于开展安全生产检查的通知', '<p>各企业要认真安排部署，截至6月底完成自查。</p>');
      assert.deepEqual(created.contentChecks, []);
    });

    test("the platform's own words are checked and shipped ones can be switched off", async () => {
      const patched = await as.org_admin.patch<{ extraSensitiveWords: { word: string }[] }>(
        '/api/v1/orgs/fugou/disclosure-settings',
        {
          extraSensitiveWords: [{ word: '内部资料', suggestion: '内部资料不得公开' }],
          disabledSensitiveWords: ['测试'],
        },
      );
      assert.equal(patched.status, 200);
      // Set on the county, inherited by its department.
      const created = await draft('测试', '<p>本文为内部资料。</p>');
      assert.deepEqual(
        created.contentChecks.map((x) => [x.kind, x.text, x.suggestion]),
        [['sensitiveWord', '内部资料', '内部资料不得公开']],
      );
      const bad = await as.org_admin.patch<{ fields: { field: string }[] }>('/api/v1/orgs/fugou/disclosure-settings', {
        extraSensitiveWords: [{ word: '  ' }],
      });
      assert.equal(bad.status, 400);
      await as.org_admin.patch('/api/v1/orgs/fugou/disclosure-settings', {
        extraSensitiveWords: [],
        disabledSensitiveWords: [],
      });
    });

    test("an attachment's text is checked as well, and named in the finding", async () => {
      const created = await draft('补贴发放名单', '<p>名单见附件。</p>');
      const docx = new Uint8Array(
        await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(`张三，13812345678，${ID}`)] }] })),
      );
      const upload = await multipartFile('名单.docx', docx);
      const attached = await as.clerk.request('POST', `/api/v1/items/${created.id}/attachments`, {
        raw: upload.raw,
        headers: { 'content-type': upload.contentType },
      });
      assert.equal(attached.status, 201);
      const item = await as.clerk.get<{ contentChecks: Finding[] }>(`/api/v1/items/${created.id}`);
      assert.deepEqual(
        item.body.contentChecks.map((x) => [x.kind, x.fieldLabel]),
        [
          ['mobile', '附件“名单.docx”'],
          ['idCard', '附件“名单.docx”'],
        ],
      );
    });
  });
}
