// Per-org letter templates over the API: a county government's template reaches its
// departments' letters (JSON, Word and PDF), a department's own wins, restoring brings back the
// inherited and then the standard wording; bad placeholders, non-admins and the audit trail.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../../http/testing.ts';
import { pdfText } from '../documents/testing/pdf-text.ts';
import { docxText } from '../documents/testing/read-zip.ts';
import { VALID_ID_NUMBER } from './testing.ts';

interface Detail {
  id: number;
  version: number;
}
interface Letter {
  isEdited: boolean;
  document: { titleLines: string[]; paragraphs: string[] };
}
interface Entry {
  key: string;
  label: string;
  source: 'own' | 'inherited' | 'standard';
  from: { id: number; name: string } | null;
  usesGeneralReply: boolean;
  effective: { title: string | null; body: string } | null;
  standard: { title: string | null; body: string };
  placeholders: { name: string }[];
}
interface List {
  canEdit: boolean;
  items: Entry[];
}
interface Problem {
  code: string;
  detail: string;
  fields?: { field: string; message: string }[];
}

const COUNTY_TEXT =
  '经审查，{{you}}申请的信息属于可以公开的政府信息（扶沟县统一措辞），{{applicant}}可按下列方式获取。';
const DEPT_TEXT = '{{applicant}}：本局已办结{{you}}的申请（工信局自定措辞），{{decision}}';

for (const engine of testEngines()) {
  describe(`letter templates API (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let officer: ApiClient;
    let countyAdmin: ApiClient;
    let otherAdmin: ApiClient;
    let county: string;
    const dept = 'fugou-gxj';

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'tpl');
      officer = await signIn(t.app, f.users.officer.username, f.users.officer.password);
      countyAdmin = await signIn(t.app, f.users.org_admin.username, f.users.org_admin.password);
      otherAdmin = await signIn(t.app, f.users.other_org_admin.username, f.users.other_org_admin.password);
      county = String(f.orgIds.fugou);
    });
    after(() => t.close());

    async function download(path: string): Promise<Uint8Array> {
      const res = await t.app.request(path, { headers: { cookie: `gk_session=${officer.cookie('gk_session')}` } });
      assert.equal(res.status, 200, path);
      return new Uint8Array(await res.arrayBuffer());
    }

    async function step(c: Detail, path: string, extra: Record<string, unknown>): Promise<Detail> {
      const res = await officer.post<Detail>(`/api/v1/applications/${c.id}/${path}`, { version: c.version, ...extra });
      assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
      return res.body;
    }

    async function register(name: string): Promise<Detail> {
      const res = await officer.post<{ case: Detail }>('/api/v1/applications', {
        orgId: f.orgIds[dept],
        channel: 'inPerson',
        submittedOn: '2025-06-02',
        applicant: {
          type: 'naturalPerson',
          name,
          idType: 'residentId',
          idNumber: VALID_ID_NUMBER,
          phone: '13812345678',
          email: 'applicant@example.com',
          address: '扶沟县城关镇健康路1号',
        },
        request: { description: '2024年度扶沟县工业企业技术改造项目名单', formWanted: 'electronic', delivery: 'email' },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.case;
    }

    async function entry(org: string, key: string): Promise<Entry> {
      const res = await officer.get<List>(`/api/v1/orgs/${org}/letter-templates`);
      assert.equal(res.status, 200);
      const found = res.body.items.find((e) => e.key === key);
      assert.ok(found, key);
      return found;
    }

    const put = (client: ApiClient, org: string, key: string, body: unknown) =>
      client.request<Entry & Problem>('PUT', `/api/v1/orgs/${org}/letter-templates/${encodeURIComponent(key)}`, {
        body,
      });
    const restore = (client: ApiClient, org: string, key: string) =>
      client.delete<Entry & Problem>(`/api/v1/orgs/${org}/letter-templates/${encodeURIComponent(key)}`);

    test("the county's template reaches a department's reply; the department's own wins; restoring brings back the standard wording", async () => {
      let c = await register('赵六');
      c = await step(c, 'claim', { on: '2025-06-03' });
      c = await step(c, 'submit-decision', { outcome: 'granted', on: '2025-06-06' });
      const reply = `/api/v1/applications/${c.id}/letters/reply`;
      const standard = (await officer.get<Letter>(reply)).body.document;
      assert.ok(!standard.paragraphs.join('').includes('统一措辞'));

      const saved = await put(countyAdmin, county, 'reply:granted', {
        title: null,
        body: `{{opening}}\n${COUNTY_TEXT}\n{{access}}\n{{remedies}}\n{{closing}}`,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.source, 'own');
      const inherited = await entry(dept, 'reply:granted');
      assert.deepEqual([inherited.source, inherited.from?.id], ['inherited', f.orgIds.fugou]);

      const countyLetter = (await officer.get<Letter>(reply)).body.document.paragraphs.join('\n');
      assert.ok(
        countyLetter.includes('经审查，您申请的信息属于可以公开的政府信息（扶沟县统一措辞），赵六可按下列方式获取。'),
        countyLetter,
      );
      assert.ok(countyLetter.includes('行政复议'), '救济途径段仍在');
      assert.ok(docxText(await download(`${reply}/file?format=docx`)).includes('扶沟县统一措辞'));
      assert.ok((await pdfText(await download(`${reply}/file?format=pdf`))).includes('扶沟县统一措辞'));

      // The department's own general reply template is nearer than the county's decision-type one.
      const own = await put(countyAdmin, dept, 'reply', { title: '政府信息公开答复书', body: DEPT_TEXT });
      assert.equal(own.status, 200, JSON.stringify(own.body));
      const deptEntry = await entry(dept, 'reply:granted');
      assert.deepEqual([deptEntry.source, deptEntry.usesGeneralReply], ['own', true]);
      const deptLetter = (await officer.get<Letter>(reply)).body.document;
      assert.equal(deptLetter.titleLines.at(-1), '政府信息公开答复书');
      assert.ok(deptLetter.paragraphs[0].startsWith('赵六：本局已办结您的申请（工信局自定措辞），经审查'));
      assert.ok(!deptLetter.paragraphs.join('').includes('扶沟县统一措辞'));

      assert.equal((await restore(countyAdmin, dept, 'reply')).status, 200);
      assert.ok((await officer.get<Letter>(reply)).body.document.paragraphs.join('').includes('扶沟县统一措辞'));
      const back = await restore(countyAdmin, county, 'reply:granted');
      assert.deepEqual([back.status, back.body.source], [200, 'standard']);
      assert.deepEqual((await officer.get<Letter>(reply)).body.document, standard);

      const audit = await t.database.db
        .selectFrom('audit_entry')
        .select(['action', 'org_id', 'actor_id', 'after'])
        .where('action', 'like', 'application.letterTemplate.%')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((a) => [a.action, a.org_id, a.actor_id]),
        [
          ['application.letterTemplate.save', f.orgIds.fugou, f.users.org_admin.id],
          ['application.letterTemplate.save', f.orgIds[dept], f.users.org_admin.id],
          ['application.letterTemplate.restore', f.orgIds[dept], f.users.org_admin.id],
          ['application.letterTemplate.restore', f.orgIds.fugou, f.users.org_admin.id],
        ],
      );
      assert.ok(JSON.stringify(audit[0].after).includes('扶沟县统一措辞'));
    });

    test("staff's edit of a case's reply still wins over the org's template", async () => {
      let c = await register('钱七');
      c = await step(c, 'claim', { on: '2025-06-03' });
      c = await step(c, 'submit-decision', { outcome: 'granted', on: '2025-06-06' });
      const reply = `/api/v1/applications/${c.id}/letters/reply`;
      const edited = await officer.request<Letter>('PUT', `${reply}/text`, {
        body: { version: c.version, paragraphs: ['承办人修改的正文。'] },
      });
      assert.equal(edited.status, 200);
      assert.equal((await put(countyAdmin, dept, 'reply', { body: DEPT_TEXT })).status, 200);
      const letter = (await officer.get<Letter>(reply)).body;
      assert.deepEqual([letter.isEdited, letter.document.paragraphs], [true, ['承办人修改的正文。']]);
      assert.equal((await restore(countyAdmin, dept, 'reply')).status, 200);
    });

    test("the fee notice's payment details are the org's text, placeholders filled", async () => {
      let c = await register('孙八');
      c = await step(c, 'claim', { on: '2025-06-03' });
      c = await step(c, 'notify-fee', { basis: 'perPage', pages: 68, on: '2025-06-04' });
      const saved = await put(countyAdmin, county, 'feePayment', {
        body: '转账至扶沟县财政局非税收入专户（账号 4113 0000 1234），用途栏注明{{caseNumber}}',
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const fee = (await officer.get<Letter>(`/api/v1/applications/${c.id}/letters/fee`)).body.document;
      const text = fee.paragraphs.join('');
      assert.match(
        text,
        /通过以下方式缴纳：转账至扶沟县财政局非税收入专户（账号 4113 0000 1234），用途栏注明[^，。]+依申〔\d{4}〕\d+号。/,
      );
      assert.equal((await restore(countyAdmin, county, 'feePayment')).status, 200);
      const standard = (await officer.get<Letter>(`/api/v1/applications/${c.id}/letters/fee`)).body.document;
      assert.ok(standard.paragraphs.join('').includes('办理缴费手续'));
    });

    const auditCount = async () =>
      (
        await t.database.db
          .selectFrom('audit_entry')
          .select('id')
          .where('action', 'like', 'application.letterTemplate.%')
          .execute()
      ).length;

    test('an unknown placeholder is refused naming it and the field; non-admins are refused; preview uses the draft', async () => {
      const audited = await auditCount();
      const unknown = await put(countyAdmin, dept, 'correction', { body: '{{opening}}\n请补正：{{补正事项}}' });
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.detail, /正文第2行有未知的占位符「\{\{补正事项\}\}」/);
      assert.deepEqual(
        unknown.body.fields?.map((x) => x.field),
        ['body'],
      );
      const wrongKind = await put(countyAdmin, dept, 'consultation', { body: '{{applicant}}申请公开' });
      assert.equal(wrongKind.status, 400);
      assert.match(wrongKind.body.detail, /\{\{applicant\}\}」不能用于政府信息公开征求第三方意见函/);
      const badTitle = await put(countyAdmin, dept, 'extension', { title: '{{标题}}', body: '{{standardBody}}' });
      assert.equal(badTitle.status, 400);
      assert.deepEqual(
        badTitle.body.fields?.map((x) => x.field),
        ['title'],
      );
      const unknownKey = await put(countyAdmin, dept, 'memo', { body: '{{standardBody}}' });
      assert.equal(unknownKey.status, 404);

      const byOfficer = await put(officer, dept, 'extension', { body: '{{standardBody}}' });
      assert.deepEqual([byOfficer.status, byOfficer.body.code], [403, 'FORBIDDEN']);
      assert.match(byOfficer.body.detail, /单位管理员/);
      assert.equal((await restore(officer, dept, 'extension')).status, 403);
      assert.equal((await put(otherAdmin, dept, 'extension', { body: '{{standardBody}}' })).status, 403);
      assert.equal((await officer.get<List>(`/api/v1/orgs/${dept}/letter-templates`)).body.canEdit, false);
      assert.equal((await countyAdmin.get<List>(`/api/v1/orgs/${dept}/letter-templates`)).body.canEdit, true);

      const preview = await officer.post<LetterDocumentLike>(
        `/api/v1/orgs/${dept}/letter-templates/extension/preview`,
        {
          body: '{{applicant}}：因{{extensionReason}}，延长{{workingDays}}个工作日。\n{{closing}}',
        },
      );
      assert.equal(preview.status, 200, JSON.stringify(preview.body));
      assert.deepEqual(preview.body.paragraphs, [
        '张三：因所申请信息涉及多个股室，需要汇总，延长20个工作日。',
        '特此告知。',
      ]);
      const badPreview = await officer.post<Problem>(`/api/v1/orgs/${dept}/letter-templates/extension/preview`, {
        body: '{{nope}}',
      });
      assert.equal(badPreview.status, 400);
      assert.match(badPreview.body.detail, /\{\{nope\}\}/);
      const standard = await entry(dept, 'fee');
      assert.equal(standard.source, 'standard');
      const stdPreview = await officer.post<LetterDocumentLike>(`/api/v1/orgs/${dept}/letter-templates/fee/preview`, {
        body: standard.standard.body,
      });
      assert.equal(stdPreview.status, 200, JSON.stringify(stdPreview.body));
      const plain = await officer.post<LetterDocumentLike>(`/api/v1/orgs/${dept}/letter-templates/fee/preview`, {});
      assert.deepEqual(stdPreview.body.paragraphs, plain.body.paragraphs, '标准格式填充后与标准措辞一致');
      assert.equal(await auditCount(), audited, '被拒绝的修改和预览不留下审计记录（也没有改动）');
      assert.equal((await entry(dept, 'correction')).source, 'standard');
    });
  });
}

interface LetterDocumentLike {
  titleLines: string[];
  paragraphs: string[];
}
