import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { creditCodeCheckChar } from '../src/features/orgs/credit-code.ts';
import { seriousViolations } from './axe.ts';
import { chromiumMissingReason, launchBrowser, screenshotPath, type TestBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEW_ADMIN_PASSWORD = 'Gongkai-Test-2025';

/**
 * The select list that is open and has finished its opening animation: a click during the
 * animation can land on the dialog behind it, which closes the list. A closed dialog's select may
 * also leave its hidden list in the page, with the same options.
 */
function openList(page: Page) {
  return page.locator(
    '.ant-select-dropdown:visible:not([class*="-appear"]):not([class*="-enter"]):not([class*="-leave"])',
  );
}

/** Opens a select as a user would and waits until its list stands still. */
async function openSelect(page: Page, field: Locator) {
  await field.click();
  const list = openList(page);
  await list.waitFor();
  return list;
}

/** Unexpected browser errors; failed requests we provoke on purpose (401s) are not errors. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  return errors;
}

/** Screenshot for a human to look at, and an axe-core check for the machine. */
async function capture(page: Page, name: string, options: { fullPage?: boolean; only?: string } = {}): Promise<void> {
  // Let opening animations finish (a half-faded dialog would fail the contrast check); spinners loop forever.
  await page.waitForFunction(
    () =>
      document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]') === null &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  // A full-page capture of a scrolled page would draw the sticky menu at the scroll offset.
  if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath(name), fullPage: options.fullPage });
  assert.deepEqual(await seriousViolations(page, options.only), [], `${name}：不应有严重的无障碍问题`);
}

describe('后台管理浏览器旅程', { skip: chromiumMissingReason() }, () => {
  let server: TestServer;
  let browser: TestBrowser;

  before(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-admin.mjs'), '--if-needed'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    server = await startTestServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('管理员首次登录须改密，新建用户后在用户列表和审计日志中都能看到', async (t) => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const username = `zhang-san-${Date.now().toString(36)}`;
    let initialPassword = '';

    await t.test('未登录访问后台被带到登录页，错误密码显示服务器的中文说明', async () => {
      await page.goto(`${server.url}/admin/`);
      await page.waitForURL('**/admin/login');
      await page.getByLabel('用户名').fill('admin');
      await page.getByLabel('密码', { exact: true }).fill('wrong-password-123');
      await page.getByRole('button', { name: '登录' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', /[\u4e00-\u9fff]/, '错误说明应为中文');
      await capture(page, 'admin-01-login');
    });

    await t.test('用打印出的初始密码登录后必须先修改密码', async () => {
      await page.getByLabel('密码', { exact: true }).fill(server.adminPassword);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL('**/admin/change-password');
      await page.getByText('长度至少 10 位').waitFor();
      await capture(page, 'admin-02-change-password');
      // Other screens are closed until the password is changed.
      await page.goto(`${server.url}/admin/users`);
      await page.waitForURL('**/admin/change-password');
      await page.getByLabel('当前密码').fill(server.adminPassword);
      await page.getByLabel('新密码', { exact: true }).fill(NEW_ADMIN_PASSWORD);
      await page.getByLabel('确认新密码').fill(NEW_ADMIN_PASSWORD);
      await page.getByRole('button', { name: '保存新密码' }).click();
      await page.getByRole('heading', { name: '工作台' }).waitFor();
    });

    await t.test('平台管理员的菜单有机构管理、用户管理和审计日志', async () => {
      const menu = page.getByRole('navigation', { name: '主菜单' });
      for (const label of ['工作台', '机构管理', '用户管理', '审计日志'])
        await menu.getByRole('link', { name: label }).waitFor();
      await capture(page, 'admin-03-home');
    });

    await t.test('机构管理显示机构树；信用代码校验位错误时提示写在该字段下', async () => {
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '机构管理' }).click();
      await page.getByRole('heading', { name: '机构管理' }).waitFor();
      const tree = page.getByRole('tree', { name: '机构树' });
      await tree.getByText('扶沟县人民政府').first().waitFor();
      const first17 = '11411621MB0000001';
      const wrongCheck = creditCodeCheckChar(first17) === '0' ? '1' : '0';
      await page.getByLabel('统一社会信用代码').fill(first17 + wrongCheck);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      const fieldError = page.locator('#org-edit_creditCode_help');
      await fieldError.waitFor();
      assert.match((await fieldError.textContent()) ?? '', /统一社会信用代码/);
      await capture(page, 'admin-04-orgs', { fullPage: true });
    });

    await t.test('新建用户后一次性显示初始密码，并出现在用户列表', async () => {
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '用户管理' }).click();
      await page.getByRole('heading', { name: '用户管理' }).waitFor();
      await page.getByRole('button', { name: '新建用户' }).click();
      const dialog = page.getByRole('dialog', { name: '新建用户' });
      await dialog.getByLabel('用户名').fill(username);
      await dialog.getByLabel('姓名').fill('张三');
      await (await openSelect(page, dialog.getByLabel('所属机构')))
        .locator('.ant-select-tree')
        .getByText('扶沟县工业和信息化局', { exact: true })
        .click();
      await (await openSelect(page, dialog.getByLabel('角色')))
        .locator('.ant-select-item-option')
        .getByText('信息员', { exact: true })
        .click();
      await dialog.getByRole('button', { name: '创建' }).click();
      const passwordDialog = page.getByRole('dialog', { name: '初始密码' });
      initialPassword = ((await passwordDialog.getByTestId('initial-password').textContent()) ?? '').trim();
      assert.ok(initialPassword.length >= 10, '初始密码至少 10 位');
      await capture(page, 'admin-05-initial-password', { only: '.ant-modal' });
      await passwordDialog.getByRole('button', { name: '我已记下' }).click();
      await page.getByLabel('搜索用户名或姓名').fill(username);
      await page.getByLabel('搜索用户名或姓名').press('Enter');
      const row = page.getByRole('row').filter({ hasText: username });
      await row.waitFor();
      assert.match((await row.textContent()) ?? '', /张三[\s\S]*信息员/);
      await page.getByLabel('搜索用户名或姓名').fill('');
      await page.getByLabel('搜索用户名或姓名').press('Enter');
      await page.getByRole('row').filter({ hasText: '平台管理员' }).first().waitFor();
      await capture(page, 'admin-06-users');
    });

    await t.test('给用户授予并撤销角色，重置密码后显示新的初始密码', async () => {
      await page.getByLabel('搜索用户名或姓名').fill(username);
      await page.getByLabel('搜索用户名或姓名').press('Enter');
      await page.getByRole('button', { name: `角色：${username}` }).click();
      const dialog = page.getByRole('dialog', { name: /角色授权/ });
      await (await openSelect(page, dialog.getByLabel('机构', { exact: true })))
        .locator('.ant-select-tree')
        .getByText('运行股', { exact: true })
        .click();
      await (await openSelect(page, dialog.getByLabel('角色', { exact: true })))
        .locator('.ant-select-item-option')
        .getByText('审核员', { exact: true })
        .click();
      await dialog.getByRole('button', { name: '授予' }).click();
      const granted = dialog.getByRole('row').filter({ hasText: '审核员' });
      await granted.waitFor();
      await capture(page, 'admin-06b-grants', { only: '.ant-modal' });
      await granted.getByRole('button', { name: '撤销' }).click();
      await page.getByRole('tooltip').getByRole('button', { name: '撤销' }).click();
      await granted.waitFor({ state: 'detached' });
      await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: `重置密码：${username}` }).click();
      await page.getByRole('tooltip').getByRole('button', { name: '重置' }).click();
      const passwordDialog = page.getByRole('dialog', { name: '初始密码' });
      const resetPassword = ((await passwordDialog.getByTestId('initial-password').textContent()) ?? '').trim();
      assert.ok(resetPassword.length >= 10 && resetPassword !== initialPassword, '重置后应得到新的初始密码');
      initialPassword = resetPassword;
      await passwordDialog.getByRole('button', { name: '我已记下' }).click();
    });

    await t.test('审计日志有新建用户的记录，展开可见修改后的内容', async () => {
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '审计日志' }).click();
      await page.getByRole('heading', { name: '审计日志' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: '新建用户' }).first();
      await row.waitFor();
      await row.getByRole('button', { name: /展开/ }).click();
      await page.getByRole('region', { name: '修改后' }).getByText(username, { exact: false }).waitFor();
      await capture(page, 'admin-07-audit', { fullPage: true });
    });

    await t.test('会话失效时回到登录页，重新登录后回到原来的页面', async () => {
      await browser.context.clearCookies();
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '用户管理' }).click();
      await page.waitForURL('**/admin/login');
      await page.getByLabel('用户名').fill('admin');
      await page.getByLabel('密码', { exact: true }).fill(NEW_ADMIN_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL('**/admin/users');
      await page.getByRole('heading', { name: '用户管理' }).waitFor();
    });

    await t.test('新用户只看到工作台，且同样须先改密', async () => {
      await page.getByRole('button', { name: '退出' }).click();
      await page.waitForURL('**/admin/login');
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码', { exact: true }).fill(initialPassword);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL('**/admin/change-password');
      await page.getByLabel('当前密码').fill(initialPassword);
      await page.getByLabel('新密码', { exact: true }).fill('Zhangsan-2025!');
      await page.getByLabel('确认新密码').fill('Zhangsan-2025!');
      await page.getByRole('button', { name: '保存新密码' }).click();
      await page.getByRole('heading', { name: '工作台' }).waitFor();
      const menu = page.getByRole('navigation', { name: '主菜单' });
      await menu.getByRole('link', { name: '工作台' }).waitFor();
      assert.equal(await menu.getByRole('link', { name: '用户管理' }).count(), 0);
      assert.equal(await menu.getByRole('link', { name: '审计日志' }).count(), 0);
      await page.goto(`${server.url}/admin/users`);
      await page.getByText('无权访问').waitFor();
      await capture(page, 'admin-08-clerk-forbidden');
    });

    assert.deepEqual(errors, [], '浏览器中不应出现脚本错误');
  });
});
