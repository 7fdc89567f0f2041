// The status page and the reply download over in-process HTTP on PGlite, with cases driven
// through the back-office service the way officers do.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CaseState } from '../../features/applications/rules/case-states.ts';
import { caseInState, contextOf, type Driver } from '../../features/applications/testing.ts';
import type { ActionContext } from '../../features/auth/actor.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../testing.ts';
import { createFormBrowser, type FormBrowser, textOf, validFields } from './apply-testing.ts';

let t: TestApp;
let fixtures: RoleFixtures;
let driver: Driver;
let officer: ActionContext;
let deptId: number;

const STATUS = '/o/fugou-gxj/apply/status';
const STAFF_PHONE = '13812345678'; // sampleApplicant's
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

before(async () => {
  t = await createTestApp('pglite', { env: { TRUST_PROXY: '1' } });
  fixtures = await createRoleFixtures(t.services);
  deptId = fixtures.orgIds['fugou-gxj'];
  officer = await contextOf(t.services, fixtures.users.officer.id);
  driver = { services: t.services, officer, leader: await contextOf(t.services, fixtures.users.approver.id) };
});
after(() => t.close());

async function queryCodeOf(id: number): Promise<string> {
  return (await t.services.applications.getApplication(officer.actor, id)).queryCode;
}

async function lookup(queryCode: string, phone: string, browser?: FormBrowser) {
  const b = browser ?? createFormBrowser(t.app);
  await b.get(STATUS);
  return b.post(STATUS, { queryCode, phone });
}

async function caseIn(state: CaseState) {
  const { id, version } = await caseInState(driver, deptId, state);
  return { id, version, queryCode: await queryCodeOf(id) };
}

const stageOf = (html: string) => /<span class="stage stage-[a-z]+">([^<]+)<\/span>/.exec(html)?.[1];

describe('status by query code and phone', () => {
  test('the form posts (no phone in any URL) and carries the CSRF field', async () => {
    const { status, html } = await createFormBrowser(t.app).get(STATUS);
    assert.equal(status, 200);
    assert.match(
      html,
      /<form class="panel apply-form" method="post" action="\/o\/fugou-gxj\/apply\/status" novalidate="">/,
    );
    assert.match(html, /<input type="hidden" name="_csrf"/);
    assert.match(html, /<label for="f-queryCode">查询码<span class="requirement">（必填）<\/span><\/label>/);
  });

  test('an application made on the portal shows 已登记 with its due date and only masked personal data', async () => {
    const browser = createFormBrowser(t.app);
    await browser.get('/o/fugou-gxj/apply/new');
    assert.equal((await browser.post('/o/fugou-gxj/apply/new', validFields())).status, 303);
    const row = await t.database.db
      .selectFrom('application')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    // Typed the way people copy it from the receipt: grouped, lower case.
    const typed = `${row.query_code.slice(0, 5)} ${row.query_code.slice(5)}`.toLowerCase();
    const res = await lookup(typed, '139-1234-5678', browser);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(stageOf(res.html), '已登记');
    const text = textOf(res.html);
    assert.ok(text.includes(`预计答复日期${row.due_on}`), `due ${row.due_on}`);
    assert.ok(text.includes(row.case_number));
    assert.ok(text.includes('139****5678') && text.includes('4127**********1236'));
    assert.ok(
      !res.html.includes('13912345678') && !res.html.includes('412727199001011236') && !res.html.includes('李四'),
    );
  });

  test('a wrong phone, a wrong code and a malformed code all get the same "not found" message', async () => {
    const { queryCode } = await caseIn('registered');
    const messageOf = (html: string) => /<ul><li><a href="#f-queryCode">([^<]+)<\/a>/.exec(html)?.[1];
    const wrongPhone = await lookup(queryCode, '13800000000');
    const wrongCode = await lookup(
      queryCode.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A')),
      STAFF_PHONE,
    );
    const malformed = await lookup('ABC', STAFF_PHONE);
    for (const res of [wrongPhone, wrongCode, malformed]) {
      assert.equal(res.status, 404);
      assert.equal(messageOf(res.html), '未找到相应的申请：查询码或联系电话不正确，请核对后重试');
      assert.doesNotMatch(res.html, /class="stage/);
    }
    assert.doesNotMatch(wrongPhone.html, /13800000000/, 'the phone is not echoed back');
  });

  test('empty fields are named in the error summary', async () => {
    const res = await lookup('', '');
    assert.equal(res.status, 400);
    assert.match(res.html, /<a href="#f-queryCode">请填写查询码<\/a>/);
    assert.match(res.html, /<a href="#f-phone">请填写联系电话<\/a>/);
  });

  test('a lookup without the CSRF field is refused with 403', async () => {
    const { queryCode } = await caseIn('registered');
    const browser = createFormBrowser(t.app);
    await browser.get(STATUS);
    const res = await browser.post(STATUS, { queryCode, phone: STAFF_PHONE }, { omitCsrf: true });
    assert.equal(res.status, 403);
    assert.doesNotMatch(res.html, /class="stage/);
  });

  test('a correction request shows 补正中 with what to correct and the deadline', async () => {
    const { id, queryCode } = await caseIn('awaitingCorrection');
    const detail = await t.services.applications.getApplication(officer.actor, id);
    const res = await lookup(queryCode, STAFF_PHONE);
    assert.equal(stageOf(res.html), '补正中');
    const text = textOf(res.html);
    assert.ok(text.includes('请写明所需文件的名称或文号'), 'the item to correct');
    assert.ok(detail.clock.applicantDueOn && text.includes(`补正期限：${detail.clock.applicantDueOn}`), 'the deadline');
    assert.ok(text.includes('收到补正后重新计算'));
  });

  test('consultation, fee and handling stages read in plain Chinese', async () => {
    const expected: [CaseState, string][] = [
      ['inProgress', '办理中'],
      ['pendingApproval', '办理中'],
      ['consulting', '征求意见中'],
      ['awaitingFee', '待缴费'],
      ['closed', '已办结'],
      ['archived', '已归档'],
    ];
    for (const [state, label] of expected) {
      const { queryCode } = await caseIn(state);
      const res = await lookup(queryCode, STAFF_PHONE);
      assert.equal(stageOf(res.html), label, state);
      if (state === 'awaitingFee') assert.match(textOf(res.html), /金额380 元/, '68 pages → 380 元');
    }
  });

  test('the reply can be downloaded only once it has been delivered, and only through a valid link', async () => {
    const { id, queryCode } = await caseIn('approved');
    const uploaded = await t.services.applications.addAttachment(officer, {
      id,
      kind: 'reply',
      fileName: '答复书.pdf',
      data: PDF,
    });
    const beforeReply = await lookup(queryCode, STAFF_PHONE);
    assert.equal(stageOf(beforeReply.html), '办理中');
    assert.doesNotMatch(beforeReply.html, /apply\/reply\//, 'no link before delivery');

    const current = await t.services.applications.getApplication(officer.actor, id);
    await t.services.applications.runCommand(officer, {
      id,
      version: current.version,
      on: '2025-03-07',
      command: { type: 'reply', method: 'online' },
    });
    const browser = createFormBrowser(t.app);
    const replied = await lookup(queryCode, STAFF_PHONE, browser);
    assert.equal(stageOf(replied.html), '已答复');
    const href = /<a href="(\/o\/fugou-gxj\/apply\/reply\/[^"]+)">下载：答复书\.pdf<\/a>/.exec(replied.html)?.[1];
    assert.ok(href, 'a download link once replied');
    assert.ok(!href.includes(queryCode) && !href.includes(STAFF_PHONE), 'the link does not reveal the code or phone');
    const file = await createFormBrowser(t.app).get(href);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(file.bytes, PDF);
    assert.equal(file.headers.get('cache-control'), 'no-store');

    const tampered = href.slice(0, -3) + (href.endsWith('AAA') ? 'BBB' : 'AAA');
    const refused = await createFormBrowser(t.app).get(tampered);
    assert.equal(refused.status, 404);
    assert.match(refused.html, /下载链接已失效/);
    assert.ok(uploaded.id > 0);
  });

  test('after 10 failed lookups from one address even a right one waits (429)', async () => {
    const { queryCode } = await caseIn('registered');
    const browser = createFormBrowser(t.app);
    await browser.get(STATUS);
    for (let i = 0; i < 10; i++) {
      const res = await browser.post(STATUS, { queryCode, phone: `1380000000${i}` });
      assert.equal(res.status, 404, `attempt ${i + 1}`);
    }
    const limited = await browser.post(STATUS, { queryCode, phone: STAFF_PHONE });
    assert.equal(limited.status, 429);
    assert.match(limited.html, /查询失败次数过多/);
    assert.doesNotMatch(limited.html, /class="stage/);
    const elsewhere = await lookup(queryCode, STAFF_PHONE);
    assert.equal(elsewhere.status, 200, 'another address is not affected');
  });
});
