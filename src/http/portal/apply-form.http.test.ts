// The 依申请公开 guide, blank forms and online form over in-process HTTP on PGlite.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../testing.ts';
import { createFormBrowser, textOf, VALID_ID, validFields } from './apply-testing.ts';
import { COUNTY, insertPortalOrgs } from './portal-testing.ts';

let t: TestApp;

before(async () => {
  t = await createTestApp('pglite', { env: { TRUST_PROXY: '1' } });
  await insertPortalOrgs(t.database.db);
});
after(() => t.close());

const countCases = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('application')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const NEW = '/o/fugou/apply/new';

describe('the 依申请公开 page', () => {
  test('explains how to apply, where, how long and what it costs, and links to the form, blank forms and status', async () => {
    const browser = createFormBrowser(t.app);
    const { status, html } = await browser.get('/o/fugou/apply');
    assert.equal(status, 200);
    const text = textOf(html);
    for (const words of [
      COUNTY.address,
      COUNTY.hours,
      COUNTY.phone,
      '20 个工作日',
      '信息处理费',
      '一般不收取费用',
      '双方确认之日',
    ])
      assert.ok(text.includes(words) || html.includes(words), `mentions ${words}`);
    for (const href of [
      '/o/fugou/apply/new',
      '/o/fugou/apply/form.pdf',
      '/o/fugou/apply/form.docx',
      '/o/fugou/apply/status',
    ])
      assert.ok(html.includes(`href="${href}"`), `links ${href}`);
    assert.match(html, /<a href="\/o\/fugou\/apply" aria-current="page">依申请公开<\/a>/);
  });

  test('the blank application form downloads as PDF and Word, named after the org', async () => {
    const browser = createFormBrowser(t.app);
    const pdf = await browser.get('/o/fugou-gxj/apply/form.pdf');
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(new TextDecoder().decode(pdf.bytes.slice(0, 5)), '%PDF-');
    assert.match(pdf.headers.get('content-disposition') ?? '', /^attachment;.*filename\*=UTF-8''/);
    assert.ok(
      decodeURIComponent(pdf.headers.get('content-disposition') ?? '').includes(
        '扶沟县工业和信息化局政府信息公开申请表.pdf',
      ),
    );
    const docx = await browser.get('/o/fugou-gxj/apply/form.docx');
    assert.equal(docx.status, 200);
    assert.match(docx.headers.get('content-type') ?? '', /wordprocessingml/);
    assert.equal(new TextDecoder().decode(docx.bytes.slice(0, 2)), 'PK');
  });
});

describe('the online form', () => {
  test('labels every input, groups choices in fieldsets with legends, marks required fields in text and needs no JavaScript', async () => {
    const { status, html } = await createFormBrowser(t.app).get(NEW);
    assert.equal(status, 200);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<form class="apply-form" method="post" action="\/o\/fugou\/apply\/new" novalidate="">/);
    const ids = [...html.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(ids.length >= 20, `found ${ids.length} inputs`);
    for (const id of ids) assert.ok(html.includes(`<label for="${id}">`), `input #${id} has a label`);
    const legends = [...html.matchAll(/<legend>([^<]+)/g)].map((m) => m[1]);
    for (const legend of [
      '申请人类型',
      '自然人填写：身份证明',
      '法人或其他组织填写',
      '联系方式',
      '获取信息的方式',
      '信息的提供方式',
    ])
      assert.ok(legends.includes(legend), `fieldset「${legend}」`);
    assert.match(html, /申请人姓名或名称<span class="requirement">（必填）<\/span>/);
    assert.match(html, /所需信息的内容描述<span class="requirement">（必填）<\/span>/);
    assert.match(html, /所需信息的用途<span class="requirement">（选填）<\/span>/);
    for (const kind of ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他法人或其他组织'])
      assert.ok(html.includes(`法人或其他组织：${kind}`), kind);
    assert.match(html, /<input type="hidden" name="_csrf" value="[^"]{20,}"\/>/);
    assert.match(
      html,
      /<div class="hp-field" aria-hidden="true"><label for="f-website">请勿填写<\/label><input id="f-website" type="text" name="website" value="" tabindex="-1" autocomplete="off"\/>/,
    );
    for (const words of ['收集哪些信息', '为什么收集', '谁能看到', '我已阅读并同意上述个人信息处理说明'])
      assert.ok(html.includes(words), words);
    assert.doesNotMatch(html, /aria-invalid|error-summary/, 'nothing is marked wrong on a fresh form');
  });

  test('bad input answers 400 with an error summary naming each field in Chinese, messages beside the fields and the values kept', async () => {
    const browser = createFormBrowser(t.app);
    await browser.get(NEW);
    const before = await countCases();
    const { status, html } = await browser.post(
      NEW,
      validFields({
        name: '',
        idNumber: '4127271990',
        phone: '123',
        description: '',
        delivery: 'post',
        address: '',
        privacy: '',
        email: 'lisi@',
      }),
    );
    assert.equal(status, 400);
    assert.match(html, /<title>错误：在线申请/);
    const summary = html.slice(
      html.indexOf('class="error-summary"'),
      html.indexOf('</ul>', html.indexOf('class="error-summary"')),
    );
    const links = [...summary.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(
      links.map(([id]) => id),
      ['f-name', 'f-idNumber', 'f-phone', 'f-email', 'f-address', 'f-description', 'f-privacy'],
    );
    assert.deepEqual(links[0], ['f-name', '请填写申请人姓名']);
    assert.deepEqual(links[5], ['f-description', '请描述所需的政府信息']);
    assert.match(links[1][1], /居民身份证号码应为 18 位/);
    assert.match(links[4][1], /选择邮寄送达的，请填写通信地址/);
    for (const [id, message] of links) {
      assert.ok(
        html.includes(`id="${id}-error"><span class="visually-hidden">错误：</span>${message}</span>`),
        `${id} message beside the field`,
      );
      const input = new RegExp(`<(?:input|textarea)[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
      assert.match(input, new RegExp(`aria-describedby="[^"]*${id}-error"`), `${id} describedby its error`);
      assert.match(input, /aria-invalid="true"/);
    }
    assert.match(html, /id="f-idNumber"[^>]*value="4127271990"/, 'values kept');
    assert.match(html, /id="f-email"[^>]*value="lisi@"/);
    assert.match(html, /value="post" checked=""/, 'the chosen radio stays chosen');
    assert.equal(await countCases(), before, 'nothing registered');
  });

  test('a legal person needs a credit code and a contact person; a citizen must not give a credit code', async () => {
    const browser = createFormBrowser(t.app);
    await browser.get(NEW);
    const legal = await browser.post(
      NEW,
      validFields({ applicantType: 'business', name: '扶沟县某某商贸有限公司', idNumber: '' }),
    );
    assert.equal(legal.status, 400);
    assert.ok(legal.html.includes('>请填写统一社会信用代码</a>'));
    assert.ok(legal.html.includes('>请填写联系人姓名</a>'));
    assert.ok(!legal.html.includes('请填写证件号码'), 'no ID needed from a company');
    const badCode = await browser.post(
      NEW,
      validFields({ applicantType: 'research', creditCode: '12345', contactPerson: '王五' }),
    );
    assert.ok(badCode.html.includes('统一社会信用代码应为 18 位，当前为 5 位'));
    const citizen = await browser.post(NEW, validFields({ creditCode: '91410000MA00000000' }));
    assert.ok(citizen.html.includes('自然人申请无需填写统一社会信用代码'));
  });

  test('a post without the CSRF field is refused with 403 and registers nothing', async () => {
    const browser = createFormBrowser(t.app);
    await browser.get(NEW);
    const before = await countCases();
    const res = await browser.post(NEW, validFields(), { omitCsrf: true });
    assert.equal(res.status, 403);
    assert.match(res.html, /安全令牌/);
    assert.equal(await countCases(), before);
  });

  test('a filled honeypot looks like success to the bot but registers nothing', async () => {
    const browser = createFormBrowser(t.app);
    await browser.get(NEW);
    const before = await countCases();
    const res = await browser.post(NEW, validFields({ website: 'http://spam.example' }));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/o/fugou/apply/receipt');
    const receipt = await browser.get('/o/fugou/apply/receipt');
    assert.equal(receipt.status, 200);
    assert.match(receipt.html, /您的申请已提交/);
    assert.doesNotMatch(receipt.html, /查询码/);
    assert.equal(await countCases(), before);
  });

  test('a submission registers an online case and the receipt shows its query code, dates and masked data only', async () => {
    const browser = createFormBrowser(t.app);
    await browser.get(NEW);
    const before = await countCases();
    const res = await browser.post(NEW, validFields());
    assert.equal(res.status, 303, res.html.slice(0, 300));
    assert.equal(await countCases(), before + 1);
    const row = await t.database.db
      .selectFrom('application')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(row.channel, 'online');
    assert.equal(row.applicant_name, '李四');
    assert.equal(row.applicant_id_number, VALID_ID);
    const receipt = await browser.get('/o/fugou/apply/receipt');
    assert.equal(receipt.status, 200);
    assert.equal(receipt.headers.get('cache-control'), 'no-store');
    const text = textOf(receipt.html);
    assert.ok(text.includes(`${row.query_code.slice(0, 5)} ${row.query_code.slice(5)}`), 'query code shown');
    assert.ok(text.includes(row.case_number));
    assert.ok(row.due_on, 'due date computed');
    assert.ok(text.includes(`预计答复日期${row.due_on}`), `due date ${row.due_on} shown`);
    assert.ok(text.includes(`收到申请之日${row.received_on}`));
    assert.ok(text.includes('以双方确认之日为收到申请之日'));
    assert.ok(text.includes('4127**********1236') && text.includes('139****5678') && text.includes('李*'));
    assert.ok(
      !receipt.html.includes(VALID_ID) && !receipt.html.includes('13912345678') && !receipt.html.includes('李四'),
    );
    const again = await browser.get('/o/fugou/apply/receipt');
    assert.ok(textOf(again.html).includes(row.case_number), 'a refresh shows the same receipt and registers nothing');
    assert.equal(await countCases(), before + 1);
  });

  test('an ID number with a wrong check digit is accepted and the receipt warns about it', async () => {
    const browser = createFormBrowser(t.app);
    await browser.get(NEW);
    const wrong = `${VALID_ID.slice(0, 17)}5`;
    const res = await browser.post(NEW, validFields({ idNumber: wrong }));
    assert.equal(res.status, 303);
    const receipt = await browser.get('/o/fugou/apply/receipt');
    assert.match(receipt.html, /身份证号码校验位不符/);
    const row = await t.database.db
      .selectFrom('application')
      .select(['applicant_id_warning'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.match(row.applicant_id_warning ?? '', /校验位/);
  });

  test('the receipt page without a fresh submission says so instead of showing anything', async () => {
    const { status, html } = await createFormBrowser(t.app).get('/o/fugou/apply/receipt');
    assert.equal(status, 200);
    assert.match(html, /没有可以显示的回执/);
  });

  test('the sixth submission from one address within 10 minutes gets a Chinese 429 page; another address still gets through', async () => {
    const browser = createFormBrowser(t.app);
    await browser.get(NEW);
    for (let i = 0; i < 5; i++) {
      const res = await browser.post(
        NEW,
        validFields({ description: `第${i + 1}份申请：扶沟县2024年财政预算执行情况` }),
      );
      assert.equal(res.status, 303, `submission ${i + 1}`);
    }
    const before = await countCases();
    const limited = await browser.post(NEW, validFields());
    assert.equal(limited.status, 429);
    assert.match(limited.html, /访问过于频繁/);
    assert.match(limited.html, /10 分钟内最多在线提交 5 份申请/);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(await countCases(), before);
    const other = createFormBrowser(t.app);
    await other.get(NEW);
    assert.equal((await other.post(NEW, validFields())).status, 303);
  });
});
