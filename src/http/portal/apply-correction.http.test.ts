// Journey 3 on the status page: the applicant sees 补正中, answers the correction online (no
// JavaScript: a multipart form with the CSRF field), the correction counts as received that day
// and the answer period restarts; once the reply is delivered, the reply letter downloads as PDF.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '../../db/testing.ts';
import { chinaDate } from '../../features/applications/china-date.ts';
import { caseInState, contextOf, type Driver } from '../../features/applications/testing.ts';
import type { ActionContext } from '../../features/auth/actor.ts';
import { addDays } from '../../features/calendar/iso-date.ts';
import { createRoleFixtures, createTestApp, type RoleFixtures, type TestApp } from '../testing.ts';
import { createFormBrowser, type FormBrowser, hiddenField, textOf } from './apply-testing.ts';

const STATUS = '/o/fugou-gxj/apply/status';
const CORRECTION = '/o/fugou-gxj/apply/correction';
const STAFF_PHONE = '13812345678'; // sampleApplicant's
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const ANSWER = '所需文件为《扶沟县城关镇桐丘路两侧土地征收补偿安置方案》（周政土〔2024〕15号）及其批复。';

const stageOf = (html: string) => /<span class="stage stage-[a-z]+">([^<]+)<\/span>/.exec(html)?.[1];

for (const engine of testEngines()) {
  describe(`answering a correction on the status page (${engine})`, () => {
    let t: TestApp;
    let fixtures: RoleFixtures;
    let driver: Driver;
    let officer: ActionContext;
    let deptId: number;

    before(async () => {
      t = await createTestApp(engine, { env: { TRUST_PROXY: '1' } });
      fixtures = await createRoleFixtures(t.services, 'corr');
      deptId = fixtures.orgIds['fugou-gxj'];
      officer = await contextOf(t.services, fixtures.users.officer.id);
      driver = { services: t.services, officer, leader: await contextOf(t.services, fixtures.users.approver.id) };
    });
    after(() => t.close());

    const today = () => chinaDate(t.clock.now());

    /** A case received yesterday whose correction notice went out today (still open for answers). */
    async function awaitingCorrection(receivedOn = addDays(today(), -1)) {
      const { id } = await caseInState(driver, deptId, 'awaitingCorrection', receivedOn);
      return { id, queryCode: (await t.services.applications.getApplication(officer.actor, id)).queryCode };
    }

    async function lookup(queryCode: string, browser: FormBrowser = createFormBrowser(t.app)) {
      await browser.get(STATUS);
      const res = await browser.post(STATUS, { queryCode, phone: STAFF_PHONE });
      assert.equal(res.status, 200);
      return res;
    }

    test('补正中 → the applicant answers with a scan → 办理中, the correction received today and the period restarted', async () => {
      const { id, queryCode } = await awaitingCorrection();
      const browser = createFormBrowser(t.app);
      const status = await lookup(queryCode, browser);
      assert.equal(stageOf(status.html), '补正中');
      assert.match(
        status.html,
        /<form class="apply-form" method="post" action="\/o\/fugou-gxj\/apply\/correction" enctype="multipart\/form-data"/,
      );
      assert.match(status.html, /<label for="f-answer">补正内容<span class="requirement">（必填）<\/span><\/label>/);
      const ticket = hiddenField(status.html, 'ticket') ?? '';
      assert.ok(ticket.length > 40);
      assert.ok(!status.html.includes(STAFF_PHONE) && !ticket.includes(queryCode), '表单不以明文携带查询码和电话');

      const res = await browser.postMultipart(
        CORRECTION,
        { ticket, answer: ANSWER },
        {
          file: { name: '补正材料.png', type: 'image/png', data: PNG },
        },
      );
      assert.equal(res.status, 200, textOf(res.html).slice(0, 400));
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.equal(stageOf(res.html), '办理中');
      const text = textOf(res.html);
      assert.ok(text.includes(`已收到您的补正（${today()}）`), text.slice(0, 300));

      const detail = await t.services.applications.getApplication(officer.actor, id);
      const last = detail.events.at(-1);
      assert.equal(last?.type, 'correctionReceived');
      assert.equal(last?.on, today());
      assert.equal(last?.by, null);
      assert.equal(last?.data.answer, ANSWER);
      assert.deepEqual(
        detail.attachments.map((a) => [a.kind, a.fileName, a.contentType]),
        [['correction', '补正材料.png', 'image/png']],
      );
      const calendar = await t.services.calendar.getCalendar();
      assert.equal(
        detail.clock.dueOn,
        calendar.addWorkingDays(today(), 20).date,
        '自收到补正之日起重新计算 20 个工作日',
      );
      assert.ok(text.includes(`新的预计答复日期：${detail.clock.dueOn}`));
      const audit = await t.database.db
        .selectFrom('audit_entry')
        .select(['actor_id', 'action'])
        .where('target_type', '=', 'application')
        .where('target_id', '=', String(id))
        .where('action', '=', 'application.receiveCorrection')
        .execute();
      assert.deepEqual(audit, [{ actor_id: null, action: 'application.receiveCorrection' }]);

      // The same form sent again: the case no longer waits for a correction.
      const again = await browser.postMultipart(CORRECTION, { ticket, answer: ANSWER });
      assert.equal(again.status, 400);
      assert.ok(textOf(again.html).includes('本申请当前不需要补正'));
      assert.equal(
        (await t.services.applications.getApplication(officer.actor, id)).events.length,
        detail.events.length,
      );
    });

    test('an empty answer and a file of the wrong type are named in Chinese; the answer typed is kept', async () => {
      const { queryCode } = await awaitingCorrection();
      const browser = createFormBrowser(t.app);
      const ticket = hiddenField((await lookup(queryCode, browser)).html, 'ticket') ?? '';
      const empty = await browser.postMultipart(CORRECTION, { ticket, answer: '   ' });
      assert.equal(empty.status, 400);
      assert.match(empty.html, /<a href="#f-answer">请填写补正内容<\/a>/);
      assert.equal(stageOf(empty.html), '补正中');
      const wrongType = await browser.postMultipart(
        CORRECTION,
        { ticket: hiddenField(empty.html, 'ticket') ?? '', answer: ANSWER },
        { file: { name: 'answer.exe', type: 'application/octet-stream', data: new TextEncoder().encode('MZ hello') } },
      );
      assert.equal(wrongType.status, 400);
      assert.match(wrongType.html, /<a href="#f-file">补正材料只接受 PDF、JPEG、PNG 文件<\/a>/);
      assert.ok(wrongType.html.includes(ANSWER), '已填写的补正内容保留');
    });

    test('without the CSRF field 403; a made-up ticket is an expired page; nothing is recorded', async () => {
      const { id, queryCode } = await awaitingCorrection();
      const browser = createFormBrowser(t.app);
      const ticket = hiddenField((await lookup(queryCode, browser)).html, 'ticket') ?? '';
      const noCsrf = await browser.postMultipart(CORRECTION, { ticket, answer: ANSWER, _csrf: 'wrong' });
      assert.equal(noCsrf.status, 403);
      const forged = await browser.postMultipart(CORRECTION, { ticket: `${ticket.slice(0, -4)}AAAA`, answer: ANSWER });
      assert.equal(forged.status, 400);
      assert.match(textOf(forged.html), /页面已过期/);
      assert.equal((await t.services.applications.getApplication(officer.actor, id)).state, 'awaitingCorrection');
    });

    test('after the correction deadline the online answer is refused with the date', async () => {
      const { queryCode } = await awaitingCorrection('2025-03-03');
      const browser = createFormBrowser(t.app);
      const ticket = hiddenField((await lookup(queryCode, browser)).html, 'ticket') ?? '';
      const late = await browser.postMultipart(CORRECTION, { ticket, answer: ANSWER });
      assert.equal(late.status, 400);
      assert.match(textOf(late.html), /补正期限已于 \d{4}-\d{2}-\d{2} 届满/);
    });

    test('once delivered: 已答复 and the reply letter generated at delivery downloads as PDF', async () => {
      const { id, version } = await caseInState(driver, deptId, 'approved');
      const queryCode = (await t.services.applications.getApplication(officer.actor, id)).queryCode;
      await t.services.applications.runCommand(officer, {
        id,
        version,
        on: '2025-03-07',
        command: { type: 'reply', method: 'post' },
      });
      const res = await lookup(queryCode);
      assert.equal(stageOf(res.html), '已答复');
      const link = /<a href="(\/o\/fugou-gxj\/apply\/reply\/[^"]+)">下载：([^<]+)<\/a>/.exec(res.html);
      assert.ok(link, '答复后可下载答复书');
      assert.match(link[2], /政府信息公开申请答复书\.pdf$/);
      const file = await createFormBrowser(t.app).get(link[1]);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.equal(new TextDecoder().decode(file.bytes.subarray(0, 5)), '%PDF-');
    });
  });
}
