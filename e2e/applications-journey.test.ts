import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  BAD_ID,
  CITIZEN,
  CITIZEN_ID,
  CITIZEN_MASKED_PHONE,
  CITIZEN_PHONE,
  capture,
  collectErrors,
  confirm,
  EDITED_PARAGRAPH,
  expectDownload,
  expectState,
  lookupStatus,
  NEW_ADMIN_PASSWORD,
  ORG,
  ORG_CODE,
  openAction,
  PNG,
  sequentialSteps,
  signIn,
  startJourneyServer,
} from './applications-steps.ts';
import { chromiumMissingReason, launchBrowser, type TestBrowser } from './browser.ts';
import type { TestServer } from './server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('依申请公开的浏览器旅程', { skip: chromiumMissingReason() }, () => {
  let server: TestServer;
  let browser: TestBrowser;

  before(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-admin.mjs'), '--if-needed'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    server = await startJourneyServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('旅程 3、4：市民网上申请，补正后在网上答复；承办人征求意见、延期、部分公开，负责人批准，答复书下载、送达、归档', async (t) => {
    const page = await browser.context.newPage();
    const citizen = await browser.context.newPage();
    const adminErrors = collectErrors(page);
    const portalErrors = collectErrors(citizen);
    const pageErrors = () => [...adminErrors, ...portalErrors];
    const step = sequentialSteps(t);
    const portal = `${server.url}/o/${ORG_CODE}`;
    let queryCode = '';
    let caseNumber = '';

    await step('管理员用打印出的密码登录并改密', async () => {
      await page.goto(`${server.url}/admin/login`);
      await page.getByLabel('用户名').fill('admin');
      await page.getByLabel('密码', { exact: true }).fill(server.adminPassword);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL('**/admin/change-password');
      await page.getByLabel('当前密码').fill(server.adminPassword);
      await page.getByLabel('新密码', { exact: true }).fill(NEW_ADMIN_PASSWORD);
      await page.getByLabel('确认新密码').fill(NEW_ADMIN_PASSWORD);
      await page.getByRole('button', { name: '保存新密码' }).click();
      await page.getByRole('heading', { name: '工作台' }).waitFor();
      await page.getByText('依申请公开办理看板').waitFor();
    });

    await step('市民读申请指南，在网上填写申请表，得到查询码和预计答复日期', async () => {
      await citizen.goto(`${portal}/apply`);
      await capture(citizen, 'applications-j3-01-guide');
      await citizen
        .getByRole('link', { name: /在线申请/ })
        .first()
        .click();
      await citizen.locator('#f-name').waitFor();
      await citizen.check('#f-applicantType');
      await citizen.fill('#f-name', CITIZEN);
      await citizen.fill('#f-idNumber', CITIZEN_ID);
      await citizen.fill('#f-phone', CITIZEN_PHONE);
      await citizen.fill('#f-description', '2025年度扶沟县工业企业安全生产检查记录');
      await citizen.check('#f-formWanted-electronic');
      await citizen.check('#f-delivery-online');
      await citizen.check('#f-privacy');
      await Promise.all([citizen.waitForURL(`${portal}/apply/receipt`), citizen.click('button[type=submit]')]);
      queryCode = ((await citizen.textContent('.query-code')) ?? '').trim();
      assert.match(queryCode, /^[2-9A-Z]{5} [2-9A-Z]{5}$/);
      assert.match((await citizen.textContent('main')) ?? '', /预计答复日期\s*\d{4}-\d{2}-\d{2}/);
      await capture(citizen, 'applications-j3-02-receipt');
    });

    await step('承办人在看板上看到新申请，打开并签收', async () => {
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '申请办理' }).click();
      await page.getByRole('heading', { name: '依申请公开' }).waitFor();
      const row = page.locator('.ant-table-tbody').getByRole('row').filter({ hasText: CITIZEN_MASKED_PHONE });
      const link = row.getByRole('link', { name: /依申〔/ }).first();
      caseNumber = ((await link.textContent()) ?? '').trim();
      await link.click();
      await page.getByRole('heading', { name: `申请 ${caseNumber}` }).waitFor();
      await expectState(page, '已登记（待签收）');
      await page.getByText('期限是怎样算出来的').waitFor();
      await capture(page, 'applications-j4-01-detail');
      await confirm(await openAction(page, '签收'), '签收');
      await expectState(page, '办理中');
    });

    await step('发出补正通知；补正告知书可下载', async () => {
      const dialog = await openAction(page, '发出补正通知');
      await dialog.getByLabel('补正事项 1').fill('请写明所需检查记录涉及的企业名称');
      await confirm(dialog, '发出补正通知');
      await expectState(page, '补正中');
      await page.getByText('政府信息公开申请补正告知书', { exact: true }).waitFor();
      await expectDownload(page, page.getByRole('link', { name: '下载 Word：政府信息公开申请补正告知书' }), '.docx');
    });

    await step('市民用查询码和电话查到“补正中”，在网上提交补正', async () => {
      await lookupStatus(citizen, portal, queryCode);
      assert.equal(await citizen.textContent('.stage'), '补正中');
      await citizen.getByText('请写明所需检查记录涉及的企业名称').waitFor();
      await capture(citizen, 'applications-j3-03-correction');
      // Submitting nothing: a Chinese message naming the field.
      await Promise.all([citizen.waitForLoadState(), citizen.getByRole('button', { name: '提交补正' }).click()]);
      await citizen.locator('.error-summary').getByText('请填写补正内容').waitFor();
      await citizen.fill('#f-answer', '需要扶沟县某某机械制造有限公司2025年的安全生产检查记录。');
      await Promise.all([citizen.waitForLoadState(), citizen.getByRole('button', { name: '提交补正' }).click()]);
      await citizen.getByText(/已收到您的补正/).waitFor();
      assert.equal(await citizen.textContent('.stage'), '办理中');
      await capture(citizen, 'applications-j3-04-corrected');
    });

    await step('后台看到网上补正：收到补正之日起重新计算 20 个工作日', async () => {
      await page.getByRole('button', { name: '刷新' }).click();
      await expectState(page, '办理中');
      await page.getByText(/申请人在网上提交补正/).waitFor();
      const restart = page.locator('[data-step-kind="correctionReceived"]');
      await restart.waitFor();
      assert.match((await restart.textContent()) ?? '', /重新计算 20 个工作日/);
    });

    await step('征求第三方意见（15 个工作日，不计入答复期限），收到意见后继续办理', async () => {
      const dialog = await openAction(page, '征求意见');
      await dialog.getByLabel('名称').fill('扶沟县某某机械制造有限公司');
      await confirm(dialog, '征求意见');
      await expectState(page, '征求意见中');
      await page
        .locator('[data-step-kind="consultationStarted"]')
        .getByText(/15 个工作日内/)
        .waitFor();
      await page.getByText('政府信息公开征求第三方意见函', { exact: true }).waitFor();
      await confirm(await openAction(page, '结束征求意见'), '结束征求意见');
      await expectState(page, '办理中');
    });

    await step('申请延期，负责人批准后答复期限延长 20 个工作日', async () => {
      const before = await page.locator('[data-step-kind="due"]').textContent();
      const request = await openAction(page, '申请延期');
      await request.getByLabel('延期理由').fill('检查记录涉及多家企业，需要逐一核对');
      await confirm(request, '申请延期');
      await page.getByText(/延期申请待负责人批准：20 个工作日/).waitFor();
      await confirm(await openAction(page, '批准延期'), '批准延期');
      await page
        .locator('[data-step-kind="extension"]')
        .getByText(/延长答复期限 20 个工作日/)
        .waitFor();
      assert.notEqual(await page.locator('[data-step-kind="due"]').textContent(), before, '延期后答复期限应改变');
      await page.getByText('政府信息公开申请延期答复告知书', { exact: true }).waitFor();
    });

    await step('作出部分公开决定，修改答复书正文', async () => {
      const dialog = await openAction(page, '作出处理决定');
      await dialog.getByLabel('处理结果').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '（二）部分公开' }).click();
      assert.match(await dialog.getByLabel('法律依据').inputValue(), /第三十七条/);
      await dialog.getByLabel('理由', { exact: true }).fill('检查记录中企业联系人的电话号码属于个人信息。');
      await dialog.getByLabel('不予公开的内容 1').fill('企业联系人电话');
      await dialog.getByLabel('不予公开的理由 1').fill('涉及个人隐私（条例第十五条）');
      await capture(page, 'applications-j4-02-decision', { only: '.ant-modal' });
      await confirm(dialog, '作出处理决定');
      await expectState(page, '待审批');
      const preview = page.getByRole('article', { name: '答复书预览' });
      await preview.getByText(/企业联系人电话/).waitFor();
      await page.getByRole('button', { name: '修改正文' }).click();
      const editor = page.getByRole('dialog', { name: /^修改答复书正文：/ });
      const text = editor.getByLabel('答复书正文（每行一段）');
      await text.fill(`${await text.inputValue()}\n${EDITED_PARAGRAPH}`);
      await capture(page, 'applications-j4-03-edit-reply', { only: '.ant-modal' });
      await editor.getByRole('button', { name: '保存正文' }).click();
      await editor.waitFor({ state: 'hidden' });
      await preview.getByText(EDITED_PARAGRAPH).waitFor();
      await page.getByText('正文已修改').first().waitFor();
    });

    await step('负责人批准；答复书按公文格式生成，Word 和 PDF 可下载', async () => {
      await confirm(await openAction(page, '批准处理决定'), '批准处理决定');
      await expectState(page, '已批准（待答复）');
      const preview = page.getByRole('article', { name: '答复书预览' });
      await preview.getByText(/60日内/).waitFor();
      await page.getByText('已批准', { exact: true }).first().waitFor();
      assert.equal(await page.getByRole('button', { name: '修改正文' }).count(), 0, '批准后不能再修改正文');
      await expectDownload(page, page.getByRole('link', { name: /^下载 Word：.*答复书$/ }), '.docx');
      await expectDownload(page, page.getByRole('link', { name: /^下载 PDF：.*答复书$/ }), '.pdf');
      await capture(page, 'applications-j4-04-approved');
    });

    await step('记录送达：答复书定稿为 PDF 附件', async () => {
      const dialog = await openAction(page, '答复并送达');
      await confirm(dialog, '答复并送达');
      await expectState(page, '已答复');
      await page.getByRole('link', { name: /答复书\.pdf$/ }).waitFor();
    });

    await step('市民查到“已答复”，下载答复书（PDF）', async () => {
      await lookupStatus(citizen, portal, queryCode);
      assert.equal(await citizen.textContent('.stage'), '已答复');
      const text = (await citizen.textContent('main')) ?? '';
      assert.ok(
        !text.includes(CITIZEN) && !text.includes(CITIZEN_ID) && !text.includes(CITIZEN_PHONE),
        '不显示完整的个人信息',
      );
      await capture(citizen, 'applications-j3-05-replied');
      const file = await expectDownload(citizen, citizen.getByRole('link', { name: /^下载：.*答复书\.pdf$/ }), '.pdf');
      assert.equal(fs.readFileSync(file).subarray(0, 5).toString('latin1'), '%PDF-');
    });

    await step('归档；看板上没有逾期的申请', async () => {
      await confirm(await openAction(page, '归档'), '归档');
      await expectState(page, '已归档');
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '工作台' }).click();
      await page.getByRole('tab', { name: /已逾期/ }).click();
      await page.getByRole('tabpanel').waitFor();
      assert.equal(await page.getByRole('tabpanel').getByText(caseNumber).count(), 0, '本案从未逾期');
    });

    await step('年报表三中本年新收和部分公开各计 1 件', async () => {
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '年报表三、表四' }).click();
      await page.getByLabel('机构', { exact: true }).click();
      await page.locator('.ant-select-tree').getByText(ORG, { exact: true }).click();
      const partial = page.locator('td[data-path="applications.partiallyGranted.naturalPerson"]');
      await partial.filter({ hasText: '1' }).waitFor();
      assert.equal(await page.locator('td[data-path="applications.received.total"]').textContent(), '1');
      await capture(page, 'applications-j4-05-figures');
    });

    assert.deepEqual(pageErrors(), [], '浏览器中不应出现脚本错误');
  });

  test('当面登记：身份证校验位不符只提示；列表脱敏；别人同时改过时提示并重新载入', async (t) => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    let caseNumber = '';
    const step = sequentialSteps(t);

    await step('登记当面提交的申请：身份证校验位不符只提示，不阻止登记', async () => {
      await signIn(page, server.url);
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '申请办理' }).click();
      await page.getByRole('heading', { name: '依申请公开' }).waitFor();
      await page.getByRole('button', { name: '登记申请' }).click();
      await page.getByRole('heading', { name: '登记申请' }).waitFor();
      await page.getByLabel('受理机关').click();
      await page.locator('.ant-select-tree').getByText(ORG, { exact: true }).click();
      await page.getByText('以提交之日为收到申请之日').waitFor();
      await page.getByText('邮寄（需签收）', { exact: true }).click();
      await page.getByText('以签收之日为收到申请之日').waitFor();
      await page.getByLabel('签收日期').waitFor();
      await page.getByText('当面提交', { exact: true }).click();
      await page.getByLabel('姓名').fill('李四');
      await page.getByLabel('证件号码').fill(BAD_ID);
      await page.getByLabel('联系电话').fill('13812345678');
      await page.getByLabel('通信地址').fill('扶沟县城关镇健康路1号');
      await page.getByLabel('所需政府信息的名称或描述').fill('2025年度扶沟县工业企业安全生产检查记录');
      await page.getByLabel('证件号码').blur();
      await page.getByText('身份证号码校验位不符').first().waitFor();
      await capture(page, 'applications-01-register');
      await page.getByRole('button', { name: '登记', exact: true }).click();
      const title = page.getByText(/^已登记：/);
      await title.waitFor();
      caseNumber = ((await title.textContent()) ?? '').replace('已登记：', '').trim();
      assert.match(caseNumber, /依申〔\d{4}〕\d+号$/);
      assert.match((await page.getByTestId('query-code').textContent()) ?? '', /^[A-Z0-9]{6,}$/);
      await page.getByText('请核对（不影响登记）').waitFor();
      await capture(page, 'applications-02-registered');
    });

    await step('列表中电话和证件号码脱敏', async () => {
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '申请办理' }).click();
      await page.getByRole('heading', { name: '依申请公开' }).waitFor();
      const row = page.locator('.ant-table-tbody').getByRole('row').filter({ hasText: caseNumber });
      await row.waitFor();
      const text = (await row.textContent()) ?? '';
      assert.match(text, /138\*{4}5678/);
      assert.match(text, /4127\*{10}1234/);
      assert.ok(!text.includes(BAD_ID), '列表不应显示完整证件号码');
      await capture(page, 'applications-03-list');
      await row.getByRole('link', { name: caseNumber }).click();
      await page.getByRole('heading', { name: `申请 ${caseNumber}` }).waitFor();
    });

    await step('签收：只显示当前状态可执行的操作', async () => {
      await expectState(page, '已登记（待签收）');
      const actions = page.getByRole('group', { name: '办理操作' });
      assert.equal(await actions.getByRole('button', { name: '作出处理决定' }).count(), 0, '签收前不能作出决定');
      await page.getByText('期限是怎样算出来的').waitFor();
      await capture(page, 'applications-04-detail');
      await confirm(await openAction(page, '签收'), '签收');
      await expectState(page, '办理中');
    });

    await step('别人同时改过案件时提示“数据已被他人修改”并重新载入', async () => {
      // Another user changes the case behind this page's back (new version).
      const status = await page.evaluate(async (number) => {
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
        const list = (await (await fetch(`/api/v1/applications?q=${encodeURIComponent(number)}`)).json()) as {
          items: { id: number; version: number }[];
        };
        const item = list.items[0];
        const response = await fetch(`/api/v1/applications/${item.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({
            version: item.version,
            request: {
              description: '2025年度扶沟县工业企业安全生产检查记录（含整改通知）',
              formWanted: 'paper',
              delivery: 'post',
            },
          }),
        });
        return response.status;
      }, caseNumber);
      assert.equal(status, 200);
      const dialog = await openAction(page, '发出补正通知');
      await dialog.getByLabel('补正事项 1').fill('请写明所需检查记录涉及的企业名称');
      await dialog.getByRole('button', { name: '发出补正通知', exact: true }).click();
      await page.getByText(/数据已被他人修改/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('（含整改通知）').waitFor();
    });

    assert.deepEqual(errors, [], '浏览器中不应出现脚本错误');
  });

  test('法人网上申请：征求意见、负责人批准延期、按量收费试算、撤回后重新打开、备注和附件', async (t) => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const step = sequentialSteps(t);

    await step('登记法人通过电子邮件提交的申请：收到日期为双方确认之日', async () => {
      await signIn(page, server.url);
      await page.goto(`${server.url}/admin/applications/new`);
      await page.getByLabel('受理机关').click();
      await page.locator('.ant-select-tree').getByText(ORG, { exact: true }).click();
      await page.getByText('电子邮件', { exact: true }).first().click();
      await page.getByLabel('双方确认日期').waitFor();
      await page.getByText('以双方确认之日为收到申请之日').waitFor();
      await page.getByText('商业企业', { exact: true }).click();
      await page.getByLabel('名称', { exact: true }).fill('扶沟县某某机械制造有限公司');
      await page.getByLabel('统一社会信用代码').fill('91411621MA0000000A');
      await page.getByText(/统一社会信用代码校验位不符/).waitFor();
      await page.getByLabel('联系人').fill('王五');
      await page.getByLabel('联系电话').fill('0394-6211001');
      await page.getByLabel('电子邮箱').fill('wangwu@example.com');
      await page.getByLabel('所需政府信息的名称或描述').fill('2025年度工业企业技术改造专项资金拟支持项目名单');
      await page.getByRole('radio', { name: '电子邮件' }).last().check({ force: true });
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await page.getByRole('button', { name: '打开案件' }).click();
      await page.getByText('期限是怎样算出来的').waitFor();
      await confirm(await openAction(page, '签收'), '签收');
      await expectState(page, '办理中');
    });

    await step('征求第三方意见，期间不计入答复期限', async () => {
      const dialog = await openAction(page, '征求意见');
      await dialog.getByLabel('名称').fill('扶沟县某某机械制造有限公司');
      await confirm(dialog, '征求意见');
      await expectState(page, '征求意见中');
      await page
        .locator('[data-step-kind="consultationStarted"]')
        .getByText(/15 个工作日内/)
        .waitFor();
      await confirm(await openAction(page, '结束征求意见'), '结束征求意见');
      await expectState(page, '办理中');
    });

    await step('承办人申请延期，负责人批准后期限延长 20 个工作日', async () => {
      const before = await page.locator('[data-step-kind="due"]').textContent();
      const request = await openAction(page, '申请延期');
      await request.getByLabel('延期理由').fill('需要汇总多个股室的项目资料');
      await confirm(request, '申请延期');
      await page.getByText(/延期申请待负责人批准：20 个工作日/).waitFor();
      const approve = await openAction(page, '批准延期');
      await approve.getByText('需要汇总多个股室的项目资料').waitFor();
      await confirm(approve, '批准延期');
      await page
        .locator('[data-step-kind="extension"]')
        .getByText(/延长答复期限 20 个工作日/)
        .waitFor();
      assert.notEqual(await page.locator('[data-step-kind="due"]').textContent(), before, '延期后答复期限应改变');
      assert.equal(
        await page.getByRole('group', { name: '办理操作' }).getByRole('button', { name: /延期/ }).count(),
        0,
        '只能延期一次',
      );
    });

    await step('按量收费：68 页试算为 380 元，发出通知后等待缴费', async () => {
      const dialog = await openAction(page, '发出收费通知');
      await dialog.getByLabel('页数').fill('68');
      await dialog.getByText('应收 380 元').waitFor();
      await capture(page, 'applications-08-fee', { only: '.ant-modal' });
      await confirm(dialog, '发出收费通知');
      await expectState(page, '待缴费');
      await page.getByText('按量计收 380 元', { exact: true }).waitFor();
    });

    await step('申请人撤回后关闭，写明理由可重新打开', async () => {
      await confirm(await openAction(page, '登记撤回申请'), '登记撤回申请');
      await expectState(page, '已关闭');
      const dialog = await openAction(page, '重新打开');
      await dialog.getByLabel('重新打开的理由').fill('申请人来电说明撤回系误操作');
      await confirm(dialog, '重新打开');
      await expectState(page, '办理中');
    });

    await step('添加内部备注和扫描件附件', async () => {
      await page.getByLabel('新备注').fill('已电话联系申请人王五核实');
      await page.getByRole('button', { name: '添加备注' }).click();
      await page.getByText('已电话联系申请人王五核实').waitFor();
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: '申请书扫描件.png', mimeType: 'image/png', buffer: PNG });
      await page.getByRole('link', { name: '申请书扫描件.png' }).waitFor();
      await capture(page, 'applications-09-reopened');
    });

    await step('工作日历导入明年的节假日安排', async () => {
      const next = new Date().getFullYear() + 1;
      // The last menu entries sit under the sider's collapse button on an 800-px-high window.
      await page.goto(`${server.url}/admin/calendar`);
      await page.getByRole('heading', { name: '工作日历' }).waitFor();
      const content = JSON.stringify({
        year: next,
        holidays: [{ date: `${next}-01-01`, name: '元旦' }],
        makeupWorkdays: [],
      });
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: `${next}.json`, mimeType: 'application/json', buffer: Buffer.from(content) });
      await page.getByText(`已导入：${next} 年`).waitFor();
      await page.getByRole('cell', { name: String(next), exact: true }).waitFor();
      assert.equal(await page.getByText(`尚未录入 ${next} 年的节假日安排`).count(), 0);
      await capture(page, 'applications-10-calendar');
    });

    await step('工作台看板列出我的待办', async () => {
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '工作台' }).click();
      await page.getByRole('tab', { name: /我的待办/ }).waitFor();
      await page
        .getByRole('tabpanel')
        .getByRole('link', { name: /依申〔/ })
        .first()
        .waitFor();
      await capture(page, 'applications-11-dashboard');
    });

    assert.deepEqual(errors, [], '浏览器中不应出现脚本错误');
  });
});
