// The JSON API end to end: the workflow over HTTP, problem+json refusals in Chinese, multipart
// upload and download, search, and table 二.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import {
  type ApiClient,
  createClient,
  createRoleFixtures,
  createTestApp,
  type RoleFixtures,
  signIn,
  type TestApp,
} from '../../http/testing.ts';
import { createDisclosureFixture, type DisclosureFixture, multipartFile, PASSING_REVIEW, TINY_PDF } from './testing.ts';

interface Problem {
  code: string;
  detail: string;
  status: number;
}

for (const engine of testEngines()) {
  describe(`disclosure API (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let fx: DisclosureFixture;
    const as: Record<string, ApiClient> = {};

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services);
      fx = await createDisclosureFixture(t.services, f);
      for (const role of ['clerk', 'reviewer', 'approver', 'org_admin'] as const)
        as[role] = await signIn(t.app, f.users[role].username, f.users[role].password);
    });
    after(() => t.close());

    test('a clerk drafts, a reviewer reviews, an approver approves and publishes, over HTTP', async () => {
      const created = await as.clerk.post<{ id: number; state: string; bodyHtml: string }>('/api/v1/items', {
        orgId: fx.orgId,
        title: '关于公布行政许可事项目录的通知',
        bodyHtml: '<p onclick="x()">目录见附件。</p><script>alert(1)</script>',
        columnIds: [fx.columns.notices],
        docType: 'notice',
        docNo: '扶工信〔2023〕5号',
        formedOn: '2023-05-04',
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.bodyHtml, '<p>目录见附件。</p>');
      const id = created.body.id;
      const upload = await multipartFile('目录.pdf', TINY_PDF);
      const attached = await as.clerk.request<{ id: number; fileName: string }>(
        'POST',
        `/api/v1/items/${id}/attachments`,
        { raw: upload.raw, headers: { 'content-type': upload.contentType } },
      );
      assert.equal(attached.status, 201);
      assert.equal(attached.body.fileName, '目录.pdf');

      assert.equal((await as.clerk.post(`/api/v1/items/${id}/submit`)).status, 200);
      const review = await as.reviewer.post<{ state: string }>(`/api/v1/items/${id}/review`, PASSING_REVIEW);
      assert.equal(review.body.state, 'reviewed');
      assert.equal((await as.approver.post(`/api/v1/items/${id}/approve`, {})).status, 200);
      const published = await as.approver.post<{ state: string; indexNo: string }>(`/api/v1/items/${id}/publish`);
      assert.equal(published.body.state, 'published');

      const page = await createClient(t.app).get<{
        kind: string;
        item: { title: string; docNo: string; attachments: { href: string }[] };
      }>(`/api/v1/published-items/${id}`);
      assert.equal(page.body.item.docNo, '扶工信〔2023〕5号');
      const file = await createClient(t.app).get<string>(page.body.item.attachments[0].href);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.match(file.headers.get('content-disposition') ?? '', /filename\*=UTF-8''%E7%9B%AE%E5%BD%95\.pdf/);

      const found = await createClient(t.app).get<{ items: { itemId: number; titleHtml: string }[] }>(
        `/api/v1/search?q=${encodeURIComponent('行政许可')}`,
      );
      assert.equal(found.body.items[0].itemId, id);
      assert.match(found.body.items[0].titleHtml, /<mark>行政许可<\/mark>/);
    });

    test('refusals come back as problem+json with a Chinese detail: 403 for the wrong role, 409 for the wrong state', async () => {
      const created = await as.clerk.post<{ id: number }>('/api/v1/items', {
        orgId: fx.orgId,
        title: '待提交',
        columnIds: [fx.columns.news],
      });
      const early = await as.approver.post<Problem>(`/api/v1/items/${created.body.id}/approve`);
      assert.equal(early.status, 409);
      assert.match(early.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(early.body.code, 'INVALID_TRANSITION');
      assert.match(early.body.detail, /草稿.*不能批准/);
      const wrongRole = await as.reviewer.post<Problem>(`/api/v1/items/${created.body.id}/submit`);
      assert.equal(wrongRole.status, 403);
      assert.match(wrongRole.body.detail, /提交审核须由信息员操作/);
      const badReview = await as.reviewer.post<Problem>(`/api/v1/items/${created.body.id}/review`, {
        conclusion: '同意',
      });
      assert.equal(badReview.status, 400);
    });

    test('a 文号 with the wrong brackets is refused and the right form suggested', async () => {
      const res = await as.clerk.post<Problem & { fields: { field: string }[] }>('/api/v1/items', {
        orgId: fx.orgId,
        title: '文号错误',
        columnIds: [fx.columns.news],
        docNo: '扶工信[2023]5号',
      });
      assert.equal(res.status, 400);
      assert.match(res.body.detail, /六角括号.*扶工信〔2023〕5号/);
      assert.equal(res.body.fields[0].field, 'docNo');
    });

    test('a .pdf upload that is not a PDF is refused with 415', async () => {
      const created = await as.clerk.post<{ id: number }>('/api/v1/items', {
        orgId: fx.orgId,
        title: '附件类型',
        columnIds: [fx.columns.news],
      });
      const upload = await multipartFile('伪装.pdf', new TextEncoder().encode('MZ not a pdf at all'));
      const res = await as.clerk.request<Problem>('POST', `/api/v1/items/${created.body.id}/attachments`, {
        raw: upload.raw,
        headers: { 'content-type': upload.contentType },
      });
      assert.equal(res.status, 415);
      assert.match(res.body.detail, /不是 PDF/);
    });

    test('catalogue and guide are public; the guide is pre-filled from the org record until edited', async () => {
      const anonymous = createClient(t.app);
      const catalogue = await anonymous.get<{ columns: { name: string; children: { article: string | null }[] }[] }>(
        '/api/v1/orgs/fugou-gxj/catalogue',
      );
      assert.equal(catalogue.status, 200);
      const statutory = catalogue.body.columns.find((c) => c.name === '法定主动公开内容');
      assert.equal(statutory?.children.length, 22);
      assert.equal(statutory?.children[0].article, '行政法规、规章和规范性文件');
      const guide = await anonymous.get<{ bodyHtml: string; isDefault: boolean }>('/api/v1/orgs/fugou-gxj/guide');
      assert.equal(guide.body.isDefault, true);
      assert.match(guide.body.bodyHtml, /扶沟县工业和信息化局办公室/);
      assert.match(guide.body.bodyHtml, /0394-6213101/);
      const saved = await as.org_admin.request<{ bodyHtml: string; isDefault: boolean }>(
        'PUT',
        '/api/v1/orgs/fugou-gxj/guide',
        { body: { bodyHtml: '<h2>一、主动公开</h2><img src=x onerror=alert(1)>' } },
      );
      assert.equal(saved.status, 200);
      assert.equal(saved.body.isDefault, false);
      assert.doesNotMatch(saved.body.bodyHtml, /onerror/);
    });

    test('table 二 comes from the registries through /reports/{year}/proactive', async () => {
      await as.clerk.request('PUT', '/api/v1/orgs/fugou-gxj/decision-counts', {
        body: { entries: [{ year: 2025, month: 3, kind: 'licensing', count: 12 }] },
      });
      await as.clerk.request('PUT', '/api/v1/orgs/fugou-gxj/fees', {
        body: { year: 2025, month: null, amountWanYuan: '3.5' },
      });
      await as.clerk.post('/api/v1/orgs/fugou-gxj/normative-documents', {
        title: '扶沟县工业企业安全生产管理办法',
        kind: 'normative',
        issuedOn: '2025-02-01',
        docNo: '扶工信〔2025〕1号',
      });
      const res = await as.reviewer.get<Record<string, unknown>>('/api/v1/orgs/fugou-gxj/reports/2025/proactive');
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, {
        regulations: { issued: 0, abolished: 0, inForce: 0 },
        normativeDocuments: { issued: 1, abolished: 0, inForce: 1 },
        licensing: 12,
        penalty: 0,
        coercion: 0,
        feesWanYuan: 3.5,
      });
    });

    test('a CSV import with bad rows is refused row by row over HTTP', async () => {
      const upload = await multipartFile(
        '决定数.csv',
        new TextEncoder().encode('年份,月份,行政处罚\n2024,1,3\n2024,2,三\n'),
      );
      const res = await as.clerk.request<Problem>('POST', '/api/v1/orgs/fugou-gxj/decision-counts/import', {
        raw: upload.raw,
        headers: { 'content-type': upload.contentType },
      });
      assert.equal(res.status, 400);
      assert.match(res.body.detail, /第 3 行“行政处罚”列：“三”不是非负整数/);
    });
  });
}
