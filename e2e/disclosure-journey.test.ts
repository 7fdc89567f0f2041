import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumMissingReason, launchBrowser, screenshotPath, type TestBrowser } from './browser.ts';
import {
  capture,
  collectErrors,
  formedOnWithWorkingDaysLeft,
  PASSWORD,
  prepareUsers,
  throttleCpu,
} from './disclosure-helpers.ts';
import { startTestServer, type TestServer } from './server.ts';

// Journey 2 (docs/JOURNEYS.md): 信息员 drafts a department news item, 审核员 sends it back once and
// then passes it, 负责人 approves; the item is then on the portal and found by search.

const ROOT = path.resolve(import.meta.dirname, '..');
const TITLE = '县工信局召开2023年安全生产工作会议';
/** A valid 居民身份证 number (GB 11643 check character X): the content checks must catch it. */
const ID_NUMBER = '41272619900101123X';
/** The first draft: a wrong title (国家副总理), a typo (一如继往) and an ID number for the reviewer to find. */
const FIRST_BODY = `<p>4月3日，县工信局召开2023年安全生产工作会议，传达国家副总理在全国安全生产电视电话会议上的讲话精神，要求一如继往抓好安全生产。联系人身份证号：${ID_NUMBER}。</p>`;
const FIXED_BODY =
  '<p>2023年4月3日，县工信局召开2023年安全生产工作会议，传达国务院副总理在全国安全生产电视电话会议上的讲话精神，要求一如既往抓好安全生产，各股室及重点企业负责人参会。</p>';
/** 成文日期 17 working days ago on the official calendar: 3 left, so the item is on the 时限提醒 list. */
const FORMED_ON = formedOnWithWorkingDaysLeft(3);
/** A 1×1 PNG: the "photo" of the meeting. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('主动公开浏览器旅程：起草、审核、批准、门户可见可搜', {
  skip: chromiumMissingReason(),
}, () => {
  let server: TestServer;
  let browser: TestBrowser;
  let page: Page;
  let errors: string[];
  let itemUrl = '';

  const signInAs = async (username: string) => {
    await page.goto(`${server.url}/admin/`);
    const signedIn = page.getByRole('button', { name: '退出' });
    await signedIn.or(page.getByLabel('用户名')).first().waitFor();
    if (await signedIn.isVisible()) {
      await signedIn.click();
      await page.waitForURL('**/admin/login');
    }
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
  };

  const openItem = async () => {
    await page.goto(itemUrl);
    await page.getByRole('heading', { name: '编辑信息' }).waitFor();
    await page.waitForFunction(
      (title) => document.querySelector<HTMLInputElement>('#item_title')?.value === title,
      TITLE,
    );
  };

  const stateIs = (label: string) =>
    page
      .locator('.ant-tag')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .first()
      .waitFor();

  /** A test that leaves a screenshot behind when it fails, to see what the browser saw. */
  let failures = 0;
  const step = (name: string, body: () => Promise<void>) =>
    test(name, async (t) => {
      // Each step starts where the previous one left off: after a failure the rest cannot run.
      if (failures > 0) {
        t.skip('前面的步骤失败');
        return;
      }
      try {
        await body();
      } catch (error) {
        failures += 1;
        await page
          ?.screenshot({ path: screenshotPath(`disclosure-failed-${failures}`), fullPage: true })
          .catch(() => undefined);
        throw error;
      }
    });

  before(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-admin.mjs'), '--if-needed'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    server = await startTestServer();
    await prepareUsers(server);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await throttleCpu(page);
    errors = collectErrors(page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('管理员维护公开目录（第二十条各项、增设栏目、调整顺序）和公开指南', async () => {
    await signInAs('admin');
    await page.goto(`${server.url}/admin/disclosures/catalogue`);
    await page.getByRole('heading', { name: '目录管理' }).waitFor();
    await page.getByLabel('选择单位').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .getByText('扶沟县工业和信息化局', { exact: true })
      .click();
    // The demo seed may already have made the catalogue; otherwise the admin makes the default one here.
    const generate = page.getByRole('button', { name: '生成默认目录' });
    const news = page.getByRole('cell', { name: /部门动态/ }).first();
    await generate.or(news).first().waitFor();
    if (await generate.isVisible()) await generate.click();
    await news.waitFor();
    await page.getByText('第二十条（十五）').waitFor();
    await capture(page, 'disclosure-01-catalogue', { fullPage: true });

    // A column of the org's own, moved up one place among the top-level columns.
    await page.getByRole('button', { name: '新增栏目' }).click();
    const dialog = page.getByRole('dialog', { name: '新增栏目' });
    await dialog.getByLabel('栏目名称').fill('优化营商环境');
    await dialog.getByLabel('栏目代码').fill('yingshang');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const topLevel = async () => page.locator('tr.ant-table-row-level-0 td:first-child').allTextContents();
    await page.getByRole('button', { name: '上移：优化营商环境' }).waitFor();
    const before = await topLevel();
    const at = before.findIndex((name) => name.includes('优化营商环境'));
    assert.ok(at > 0, '新栏目应出现在顶级栏目中');
    await page.getByRole('button', { name: '上移：优化营商环境' }).click();
    await page.waitForFunction(
      ([index]) =>
        document
          .querySelectorAll('tr.ant-table-row-level-0 td:first-child')
          [index]?.textContent?.includes('优化营商环境'),
      [at - 1],
    );
    const after = await topLevel();
    assert.equal(after[at], before[at - 1], '原来在前面的栏目应排到新栏目之后');

    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '公开指南' }).click();
    await page.getByText(/信息更新日期：\d{4}-\d{2}-\d{2}/).waitFor();
    assert.match(await page.getByLabel('指南正文').inputValue(), /受理机构/, '指南应按机构信息预填');
    await page.getByRole('button', { name: '保存指南' }).click();
    await page.getByText('公开指南已保存').waitFor();
  });

  step('信息员在部门动态起草信息、上传照片并提交审核', async () => {
    await signInAs('clerk');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '信息发布' }).click();
    await page.getByRole('heading', { name: '信息发布' }).waitFor();
    await page.getByRole('button', { name: '新建信息' }).click();
    await page.getByRole('heading', { name: '新建信息' }).waitFor();
    await page.getByLabel('标题', { exact: true }).fill(TITLE);
    await page.getByLabel('所属栏目').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-tree').getByText('部门动态', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('正文', { exact: true }).fill(FIRST_BODY);
    await page.getByLabel('成文日期').fill(FORMED_ON);
    await page.getByLabel('成文日期').press('Tab'); // leaving the date box keeps the typed date
    await page.getByLabel('文号', { exact: true }).fill('扶工信[2023]5号');
    await page.getByLabel('文号', { exact: true }).blur();
    await page.getByText('文号中的年份应使用六角括号〔〕，应为：扶工信〔2023〕5号').waitFor();
    await page.getByLabel('文号', { exact: true }).fill('');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/admin\/disclosures\/items\/\d+$/);
    itemUrl = page.url();
    await stateIs('草稿');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '上传附件' }).click();
    await (await chooser).setFiles({
      name: 'not-a-photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('MZ这不是图片'),
    });
    await page.getByRole('alert').filter({ hasText: 'not-a-photo.png' }).waitFor();
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '上传附件' }).click();
    await (await chooser2).setFiles({ name: '会议现场.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByRole('link', { name: '会议现场.png' }).waitFor();
    // The clerk sees the same content checks the reviewer will.
    await page.getByRole('list', { name: '内容检查发现' }).getByText(ID_NUMBER).waitFor();
    await capture(page, 'disclosure-02-editor-draft', { fullPage: true });

    await page.getByRole('button', { name: '提交审核' }).click();
    await stateIs('待审核');
  });

  step('审核员看到内容检查结果（敏感词、错别字、身份证号码），记录保密审查结论并退回一次', async () => {
    await signInAs('reviewer');
    await page.goto(`${server.url}/admin/disclosures/items`);
    await page.getByLabel('按状态筛选').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .getByText('待审核', { exact: true })
      .click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await capture(page, 'disclosure-03-list');
    await openItem();
    await page.getByRole('button', { name: '审核', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /审核：/ });
    const found = dialog.getByRole('list', { name: '内容检查发现' });
    await found.waitFor();
    const findings = (await found.getByRole('listitem').allTextContents()).join('\n');
    assert.match(findings, /敏感词[\s\S]*国家副总理[\s\S]*应为“国务院副总理”/, '应发现错误的职务称谓');
    assert.match(findings, /错别字[\s\S]*一如继往[\s\S]*应为“一如既往”/, '应发现错别字');
    assert.match(findings, new RegExp(`身份证号码[\\s\\S]*${ID_NUMBER}[\\s\\S]*去标识化`), '应发现身份证号码');
    const answer = async (question: string, value: '是' | '否') =>
      dialog.getByRole('radiogroup', { name: question }).getByRole('radio', { name: value }).check();
    await answer('是否涉及国家秘密', '否');
    await answer('是否涉及工作秘密', '否');
    await answer('是否含未经处理的个人信息', '是');
    await answer('内容是否准确、表述规范', '否');
    await dialog.getByText('审查发现：含未经处理的个人信息；内容不准确或表述不规范').first().waitFor();
    assert.equal(await dialog.getByRole('button', { name: '审核通过' }).isDisabled(), true, '有问题的信息不能审核通过');
    assert.match(
      await dialog.getByLabel('审查结论').inputValue(),
      /经审查，含未经处理的个人信息、内容不准确或表述不规范，暂不同意公开/,
      '审查结论随清单生成',
    );
    const reason = await dialog.getByLabel('退回理由').inputValue();
    assert.match(reason, /正文错别字“一如继往”/, '退回理由列入内容检查发现');
    await dialog.getByLabel('退回理由').fill(`${reason}会议日期请写明年份，并补充参会单位。`);
    await capture(page, 'disclosure-04-review-dialog', { only: '.ant-modal' });
    await dialog.getByRole('button', { name: '退回修改' }).click();
    await page.getByText('保密审查结论已记录').waitFor();
    await stateIs('草稿');
    await page.getByText(/退回：保密审查发现：含未经处理的个人信息/).waitFor();
  });

  step('信息员按退回意见修改后重新提交，内容检查不再有发现；审核员审核通过', async () => {
    await signInAs('clerk');
    await openItem();
    await page.getByText(/退回：保密审查发现/).waitFor();
    await page.getByRole('list', { name: '内容检查发现' }).waitFor();
    await page.getByLabel('正文', { exact: true }).fill(FIXED_BODY);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('未发现敏感词、错别字或身份证号码、手机号码、银行卡号。').waitFor();
    await page.getByRole('button', { name: '提交审核' }).click();
    await stateIs('待审核');

    await signInAs('reviewer');
    await openItem();
    await page.getByRole('button', { name: '审核', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /审核：/ });
    await dialog.getByText('未发现敏感词、错别字或身份证号码、手机号码、银行卡号。').waitFor();
    for (const question of ['是否涉及国家秘密', '是否涉及工作秘密', '是否含未经处理的个人信息']) {
      await dialog.getByRole('radiogroup', { name: question }).getByRole('radio', { name: '否' }).check();
    }
    await dialog.getByRole('radiogroup', { name: '内容是否准确、表述规范' }).getByRole('radio', { name: '是' }).check();
    assert.match(await dialog.getByLabel('审查结论').inputValue(), /同意公开/);
    await dialog.getByRole('button', { name: '审核通过' }).click();
    await stateIs('待批准');
  });

  step('负责人在时限提醒中看到临近 20 个工作日时限的信息，批准并立即发布', async () => {
    await signInAs('approver');
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '时限提醒' }).click();
    await page.getByRole('heading', { name: '时限提醒' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.getByText(FORMED_ON).waitFor();
    await row.getByText('3 天').waitFor();
    await capture(page, 'disclosure-05-deadlines');
    await row.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: '编辑信息' }).waitFor();
    await page.getByRole('button', { name: '批准', exact: true }).click();
    const approve = page.getByRole('dialog', { name: /批准：/ });
    await approve.getByText('立即发布').waitFor();
    await approve.getByRole('button', { name: '批准' }).click();
    await stateIs('已发布');
    const indexNo = page.locator('.ant-descriptions-item').filter({ hasText: '索引号' });
    assert.doesNotMatch((await indexNo.textContent()) ?? '', /发布时生成/, '发布后应显示索引号');
  });

  step('记录显示谁起草、谁审核、谁批准，版本历史有第1版', async () => {
    const record = page.getByRole('region', { name: '公开审查记录' });
    const text = (await record.textContent()) ?? '';
    assert.match(text, /起草（谁公开）王丽/);
    assert.match(text, /审核（谁审查）李强/);
    assert.match(text, /批准（谁负责）张建国/);
    assert.match(text, /审查结论经审查，不涉及国家秘密/);
    await page.getByRole('region', { name: '版本历史' }).getByRole('cell', { name: '第1版', exact: true }).waitFor();
    await capture(page, 'disclosure-06-published', { fullPage: true });

    // The list: this year's items, each with its Art. 26 flag; published within 20 working days.
    await page.getByRole('link', { name: '返回信息列表' }).click();
    await page.getByRole('heading', { name: '信息发布' }).waitFor();
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear(); // published today, China time
    await page.getByLabel('按年度筛选').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .getByText(`${year}年`, { exact: true })
      .click();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.getByText('按时').waitFor();
    await capture(page, 'disclosure-07-list-timeliness');
  });

  step('门户网站的站内搜索“安全生产”能找到该信息，并打开信息页', async () => {
    await page.goto(`${server.url}/search?q=${encodeURIComponent('安全生产')}`);
    const hit = page.getByRole('link', { name: TITLE });
    await hit.first().waitFor();
    await capture(page, 'disclosure-08-portal-search', { fullPage: true });
    await hit.first().click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('会议现场.png').waitFor();
    assert.doesNotMatch(await page.content(), new RegExp(ID_NUMBER), '退回修改后的正文不含身份证号码');
    await capture(page, 'disclosure-09-portal-item', { fullPage: true });
  });

  step('部门动态栏目的 Atom 订阅含该信息', async () => {
    const column = page.getByRole('navigation', { name: /面包屑|当前位置/ }).getByRole('link', { name: '部门动态' });
    const href = await column
      .or(page.getByRole('link', { name: '部门动态' }))
      .first()
      .getAttribute('href');
    assert.ok(href, '信息页应链接到所属栏目');
    const feed = await fetch(new URL(`${href.replace(/\/$/, '')}/feed.atom`, server.url));
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), new RegExp(TITLE));
    assert.deepEqual(errors, [], '后台页面不应出现脚本错误');
  });

  step('台账：登记规范性文件并记录废止；导入决定数时逐行报告错误，改正后表二随之变化', async () => {
    await signInAs('clerk');
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('link', { name: '规范性文件' }).click();
    await page.getByRole('heading', { name: '规范性文件' }).waitFor();
    await page.getByRole('button', { name: '登记文件' }).click();
    const form = page.getByRole('dialog', { name: '登记规范性文件' });
    await form.getByLabel('文件名称').fill('扶沟县工业和信息化局行政执法公示办法');
    await form.getByLabel('文号').fill('扶工信〔2023〕3号');
    await form.getByLabel('制发日期').fill('2023-03-01');
    await form.getByLabel('制发日期').press('Tab'); // leaving the date box keeps the typed date
    await form.getByRole('button', { name: '保存' }).click();
    const row = page.getByRole('row').filter({ hasText: '行政执法公示办法' });
    await row.getByText('有效').waitFor();
    await row.getByRole('button', { name: /记录变动/ }).click();
    const event = page.getByRole('dialog', { name: /记录变动/ });
    await event.getByRole('radio', { name: '废止' }).check();
    await event.getByLabel('日期').fill('2023-12-01');
    await event.getByLabel('日期').press('Tab'); // leaving the date box keeps the typed date
    await event.getByRole('button', { name: '保存' }).click();
    await row.getByText('已废止').waitFor();
    await capture(page, 'disclosure-10-normative');

    await menu.getByRole('link', { name: '行政决定与收费' }).click();
    await page.getByRole('heading', { name: '行政决定与收费' }).waitFor();
    await page.getByLabel('选择年度').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .getByText('2023年', { exact: true })
      .click();
    await page
      .getByRole('heading', { name: /2023 年行政许可/ })
      .or(page.getByText('2023 年行政许可、行政处罚、行政强制决定数量'))
      .first()
      .waitFor();
    const upload = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '从 CSV/XLSX 导入' }).click();
      await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    };
    await upload('bad.csv', '年份,月份,行政许可,行政处罚\n2023,13,5,1\n2023,2,abc,0\n');
    const report = page.getByRole('alert').filter({ hasText: '未导入任何数据' });
    await report.waitFor();
    const reportText = (await report.textContent()) ?? '';
    assert.match(reportText, /第2行[\s\S]*月份/, '错误报告应指出第 2 行的月份');
    assert.match(reportText, /第3行[\s\S]*行政许可/, '错误报告应指出第 3 行的行政许可');
    await capture(page, 'disclosure-11-import-errors', { fullPage: true });
    assert.equal(await page.getByLabel('2023年1月行政许可').inputValue(), '0', '有错误的文件不应导入任何一行');
    await upload('good.csv', '年份,月份,行政许可,行政处罚\n2023,1,5,2\n2023,2,3,0\n');
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[aria-label="2023年1月行政许可"]')?.value === '5',
    );
    await page.getByLabel('2023 年收费金额').fill('1.25');
    await page.getByRole('button', { name: '保存收费金额' }).click();
    await page.getByText('本年合计：1.25 万元').waitFor();

    await menu.getByRole('link', { name: '年报表二数据' }).click();
    // The page before had a 选择年度 too: until the new page is up (its code is loaded on demand,
    // slow on a busy machine) that old box is the one a click would reach, and 2023 was lost.
    await page.getByRole('heading', { name: '年报表二数据' }).waitFor();
    await page.getByLabel('选择年度').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .getByText('2023年', { exact: true })
      .click();
    const table = page.getByRole('table', { name: /主动公开政府信息情况.*2023/ });
    await table.waitFor();
    const cells = async (label: string) =>
      (
        await table
          .getByRole('row', { name: new RegExp(`^${label}`) })
          .getByRole('cell')
          .allTextContents()
      ).map((t) => t.trim());
    assert.deepEqual(await cells('行政规范性文件'), ['1', '1', '0'], '本年制发 1、废止 1、现行有效 0');
    assert.deepEqual(await cells('行政许可'), ['8']);
    assert.deepEqual(await cells('行政处罚'), ['2']);
    assert.deepEqual(await cells('行政事业性收费'), ['1.25']);
    await capture(page, 'disclosure-12-table-two', { fullPage: true });
    assert.deepEqual(errors, [], '后台页面不应出现脚本错误');
  });
});
