// The letters of a case over the API: the notices sent on the way and the reply, as JSON, Word and
// PDF; editing the reply's text until approval; the reply frozen as a PDF when delivery is recorded.
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
  state: string;
  attachments: { id: number; kind: string; fileName: string; contentType: string }[];
}
interface Letter {
  kind: string;
  title: string;
  date: string;
  isDraft: boolean;
  isEditable: boolean;
  isEdited: boolean;
  editedBy: { name: string } | null;
  document: { titleLines: string[]; addressee: string; paragraphs: string[]; documentNumber: string };
}
interface Problem {
  code: string;
  detail: string;
  fields?: { field: string; message: string }[];
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EDITED = '经审查，检查记录中企业联系人的电话号码属于个人信息，本机关删除该部分后予以公开。';

for (const engine of testEngines()) {
  describe(`case letters API (${engine})`, () => {
    let t: TestApp;
    let f: RoleFixtures;
    let officer: ApiClient;
    let approver: ApiClient;

    before(async () => {
      t = await createTestApp(engine);
      f = await createRoleFixtures(t.services, 'letters');
      officer = await signIn(t.app, f.users.officer.username, f.users.officer.password);
      approver = await signIn(t.app, f.users.approver.username, f.users.approver.password);
    });
    after(() => t.close());

    async function download(client: ApiClient, path: string) {
      const res = await t.app.request(path, { headers: { cookie: `gk_session=${client.cookie('gk_session')}` } });
      return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
    }

    async function register(receivedOn: string, name = '李四'): Promise<Detail> {
      const res = await officer.post<{ case: Detail }>('/api/v1/applications', {
        orgId: f.orgIds['fugou-gxj'],
        channel: 'inPerson',
        submittedOn: receivedOn,
        applicant: {
          type: 'naturalPerson',
          name,
          idType: 'residentId',
          idNumber: VALID_ID_NUMBER,
          phone: '13812345678',
          address: '扶沟县城关镇健康路1号',
        },
        request: { description: '2025年度扶沟县工业企业安全生产检查记录', formWanted: 'paper', delivery: 'post' },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.case;
    }

    async function step(client: ApiClient, c: Detail, path: string, extra: Record<string, unknown>): Promise<Detail> {
      const res = await client.post<Detail>(`/api/v1/applications/${c.id}/${path}`, { version: c.version, ...extra });
      assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body)}`);
      return res.body;
    }

    test('every notice of journey 4 and the reply: listed, composed, downloaded as Word and PDF; the reply edited before approval and frozen as PDF on delivery', async () => {
      let c = await register('2025-09-26');
      c = await step(officer, c, 'claim', { on: '2025-09-28' });
      c = await step(officer, c, 'request-correction', {
        items: ['请写明所需检查记录涉及的企业名称'],
        on: '2025-09-29',
      });
      c = await step(officer, c, 'receive-correction', { on: '2025-09-30' });
      c = await step(officer, c, 'start-consultation', {
        party: 'thirdParty',
        partyName: '扶沟县某某机械制造有限公司',
        on: '2025-10-09',
      });
      c = await step(officer, c, 'end-consultation', { on: '2025-10-10' });
      c = await step(approver, c, 'approve-extension', {
        workingDays: 20,
        reason: '需要汇总多个股室的资料',
        on: '2025-10-13',
      });
      c = await step(officer, c, 'submit-decision', {
        outcome: 'partiallyGranted',
        reasons: '检查记录中企业联系人的电话号码属于个人信息。',
        withheld: [{ item: '企业联系人电话', reason: '涉及个人隐私' }],
        on: '2025-10-20',
      });
      const base = `/api/v1/applications/${c.id}/letters`;

      const list = await officer.get<{ items: Letter[] }>(base);
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.items.map((l) => [l.kind, l.isDraft, l.isEditable]),
        [
          ['correction', false, false],
          ['consultation', false, false],
          ['extension', false, false],
          ['reply', true, true],
        ],
      );

      const correction = (await officer.get<Letter>(`${base}/correction`)).body;
      assert.equal(correction.title, '政府信息公开申请补正告知书');
      assert.equal(correction.date, '2025-09-29');
      assert.equal(correction.document.addressee, '李四：');
      assert.ok(correction.document.paragraphs.join('').includes('请写明所需检查记录涉及的企业名称'));

      const consultation = (await officer.get<Letter>(`${base}/consultation`)).body;
      assert.equal(consultation.document.addressee, '扶沟县某某机械制造有限公司：');
      assert.ok(!JSON.stringify(consultation.document).includes('李四'), '征求意见函不写申请人姓名');

      const extension = (await officer.get<Letter>(`${base}/extension`)).body;
      const clock = (await officer.get<{ dueOn: string }>(`/api/v1/applications/${c.id}/clock`)).body;
      const [y, m, d] = clock.dueOn.split('-').map(Number);
      assert.ok(
        extension.document.paragraphs.join('').includes(`${y}年${m}月${d}日`),
        `延期告知书应写明新的答复期限 ${clock.dueOn}`,
      );

      // Word and PDF of a notice, in the official layout's file formats.
      const word = await download(officer, `${base}/correction/file?format=docx`);
      assert.equal(word.res.status, 200);
      assert.equal(word.res.headers.get('content-type'), DOCX);
      assert.match(word.res.headers.get('content-disposition') ?? '', /filename\*=UTF-8''.*\.docx/);
      assert.ok(docxText(word.bytes).includes('请写明所需检查记录涉及的企业名称'));
      const pdf = await download(officer, `${base}/extension/file?format=pdf`);
      assert.equal(pdf.res.headers.get('content-type'), 'application/pdf');
      assert.ok((await pdfText(pdf.bytes)).includes('延期答复告知书'));

      // Edit the reply: refused on a stale version and with no text, kept otherwise.
      const draft = (await officer.get<Letter>(`${base}/reply`)).body;
      assert.equal(draft.isDraft, true);
      const paragraphs = [...draft.document.paragraphs];
      paragraphs[1] = EDITED;
      const stale = await officer.request<Problem>('PUT', `${base}/reply/text`, {
        body: { version: c.version - 1, paragraphs },
      });
      assert.deepEqual([stale.status, stale.body.code], [409, 'VERSION_CONFLICT']);
      const empty = await officer.request<Problem>('PUT', `${base}/reply/text`, {
        body: { version: c.version, paragraphs: ['  '] },
      });
      assert.equal(empty.status, 400);
      assert.match(empty.body.detail, /正文不能为空/);
      const edited = await officer.request<Letter>('PUT', `${base}/reply/text`, {
        body: { version: c.version, paragraphs },
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      assert.equal(edited.body.isEdited, true);
      assert.equal(edited.body.document.paragraphs[1], EDITED);
      const draftDocx = await download(officer, `${base}/reply/file?format=docx`);
      assert.equal(draftDocx.res.status, 200, new TextDecoder().decode(draftDocx.bytes));
      assert.ok(docxText(draftDocx.bytes).includes(EDITED));
      assert.match(decodeURIComponent(draftDocx.res.headers.get('content-disposition') ?? ''), /草稿/);

      c = (await officer.get<Detail>(`/api/v1/applications/${c.id}`)).body;
      c = await step(approver, c, 'approve-decision', { on: '2025-10-21' });
      const late = await officer.request<Problem>('PUT', `${base}/reply/text`, {
        body: { version: c.version, paragraphs },
      });
      assert.equal(late.status, 409);
      assert.match(late.body.detail, /已经负责人批准，不能修改/);
      const approved = (await officer.get<Letter>(`${base}/reply`)).body;
      assert.deepEqual([approved.isDraft, approved.isEditable, approved.date], [false, false, '2025-10-21']);

      c = await step(officer, c, 'reply', { method: 'post', trackingNumber: 'EMS1234567890', on: '2025-10-22' });
      const frozen = c.attachments.filter((a) => a.kind === 'reply');
      assert.equal(frozen.length, 1, '送达时应生成答复书 PDF');
      assert.equal(frozen[0].contentType, 'application/pdf');
      const file = await download(officer, `/api/v1/applications/${c.id}/attachments/${frozen[0].id}`);
      const text = await pdfText(file.bytes);
      assert.ok(text.includes('本机关删除该部分后予以公开'), `送达的答复书是修改后的正文：${text}`);
      assert.ok(text.includes('二〇二五年十月二十一日'), '落款为批准之日');
    });

    test('a letter the case does not have is 409 with the reason; an unknown kind or format is 400', async () => {
      const c = await register('2025-06-02');
      const none = await officer.get<Problem>(`/api/v1/applications/${c.id}/letters/correction`);
      assert.deepEqual([none.status, none.body.detail], [409, '本案没有发出补正通知']);
      const noReply = await officer.get<Problem>(`/api/v1/applications/${c.id}/letters/reply/file?format=pdf`);
      assert.equal(noReply.status, 409);
      assert.match(noReply.body.detail, /尚未作出处理决定/);
      const kind = await officer.get<Problem>(`/api/v1/applications/${c.id}/letters/memo`);
      assert.equal(kind.status, 400);
      assert.match(kind.body.detail, /文书种类/);
      const format = await officer.get<Problem>(`/api/v1/applications/${c.id}/letters/reply/file?format=odt`);
      assert.equal(format.status, 400);
      assert.match(format.body.detail, /文件格式/);
      assert.deepEqual((await officer.get<{ items: Letter[] }>(`/api/v1/applications/${c.id}/letters`)).body.items, []);
    });

    test('the fee notice states the amount; a different outcome after a return drops the edited reply', async () => {
      let c = await register('2025-06-02', '王五');
      c = await step(officer, c, 'claim', { on: '2025-06-03' });
      c = await step(officer, c, 'notify-fee', { basis: 'perPage', pages: 68, on: '2025-06-04' });
      const fee = (await officer.get<Letter>(`/api/v1/applications/${c.id}/letters/fee`)).body;
      assert.ok(fee.document.paragraphs.join('').includes('380'), JSON.stringify(fee.document.paragraphs));
      c = await step(officer, c, 'record-payment', { on: '2025-06-05' });
      c = await step(officer, c, 'submit-decision', { outcome: 'granted', on: '2025-06-06' });
      const base = `/api/v1/applications/${c.id}/letters`;
      const draft = (await officer.get<Letter>(`${base}/reply`)).body;
      const edited = await officer.request<Letter>('PUT', `${base}/reply/text`, {
        body: { version: c.version, paragraphs: [...draft.document.paragraphs, '如有疑问请来电。'] },
      });
      assert.equal(edited.status, 200);
      c = (await officer.get<Detail>(`/api/v1/applications/${c.id}`)).body;
      c = await step(approver, c, 'return-decision', { reason: '应说明获取方式', on: '2025-06-09' });
      // Same outcome again: the edit stays.
      c = await step(officer, c, 'submit-decision', { outcome: 'granted', on: '2025-06-09' });
      assert.equal((await officer.get<Letter>(`${base}/reply`)).body.isEdited, true);
      c = await step(approver, c, 'return-decision', { reason: '信息不存在', on: '2025-06-10' });
      c = await step(officer, c, 'submit-decision', {
        outcome: 'unableToProvide.notHeld',
        reasons: '经检索，本机关未制作该信息。',
        on: '2025-06-10',
      });
      const fresh = (await officer.get<Letter>(`${base}/reply`)).body;
      assert.equal(fresh.isEdited, false);
      assert.ok(!fresh.document.paragraphs.includes('如有疑问请来电。'));
      const reset = await officer.request<Letter>('PUT', `${base}/reply/text`, {
        body: { version: c.version, paragraphs: null },
      });
      assert.equal(reset.status, 200);
    });
  });
}
