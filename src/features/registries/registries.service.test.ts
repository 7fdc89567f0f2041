import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { testEngines } from '../../db/testing.ts';
import { createRoleFixtures, createTestApp, type TestApp } from '../../http/testing.ts';
import { type Contexts, contextsOf } from '../disclosures/testing.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const csv = (text: string) => new TextEncoder().encode(text);

for (const engine of testEngines()) {
  describe(`registries and table 二 (${engine})`, () => {
    let t: TestApp;
    let ctx: Contexts;

    before(async () => {
      t = await createTestApp(engine);
      ctx = await contextsOf(t.services, await createRoleFixtures(t.services));
    });
    after(() => t.close());

    const reg = () => t.services.registries;

    test('an org with empty registries reports zeros (扶沟县工业和信息化局 2023)', async () => {
      assert.deepEqual(await reg().getProactiveFigures(ctx.reviewer.actor, 'fugou-gxj', 2023), {
        regulations: { issued: 0, abolished: 0, inForce: 0 },
        normativeDocuments: { issued: 0, abolished: 0, inForce: 0 },
        licensing: 0,
        penalty: 0,
        coercion: 0,
        feesWanYuan: 0,
      });
    });

    test('table 二 is computed from the registries: documents by life cycle, decisions and fees of the year', async () => {
      const org = 'xihua';
      const admin = ctx.other_org_admin;
      const add = (title: string, issuedOn: string, more: Record<string, unknown> = {}) =>
        reg().createNormativeDocument(admin, org, { title, kind: 'normative', issuedOn, ...more });
      await add('2021年印发 仍有效', '2021-05-01');
      await add('2022年印发 2023年修订 仍有效', '2022-03-01', { revisedOn: ['2023-06-01'] });
      await add('2023年印发', '2023-02-10');
      await add('2023年印发 当年废止', '2023-03-10', { abolishedOn: '2023-11-30' });
      await add('2020年印发 2023年失效', '2020-01-01', { expiredOn: '2023-12-31' });
      await add('2022年印发 2024年废止', '2022-07-01', { abolishedOn: '2024-01-15' });
      await add('2024年印发', '2024-01-05');
      await reg().createNormativeDocument(admin, org, {
        title: '政府规章',
        kind: 'regulation',
        issuedOn: '2023-08-01',
      });
      await reg().putDecisionCounts(admin, org, [
        { year: 2023, month: 1, kind: 'licensing', count: 120 },
        { year: 2023, month: 12, kind: 'licensing', count: 80 },
        { year: 2023, month: 6, kind: 'penalty', count: 7 },
        { year: 2024, month: 1, kind: 'licensing', count: 999 },
      ]);
      await reg().putFee(admin, org, { year: 2023, month: 3, amountWanYuan: '12.3456' });
      await reg().putFee(admin, org, { year: 2023, month: 9, amountWanYuan: '0.1' });
      const figures = await reg().getProactiveFigures(admin.actor, org, 2023);
      assert.deepEqual(figures.normativeDocuments, { issued: 2, abolished: 2, inForce: 4 });
      assert.deepEqual(figures.regulations, { issued: 1, abolished: 0, inForce: 1 });
      assert.equal(figures.licensing, 200);
      assert.equal(figures.penalty, 7);
      assert.equal(figures.coercion, 0);
      assert.equal(figures.feesWanYuan, 12.4456);
      assert.deepEqual((await reg().getProactiveFigures(admin.actor, org, 2024)).normativeDocuments, {
        issued: 1,
        abolished: 1,
        inForce: 4,
      });
    });

    test('a life cycle that ends before it starts is refused', async () => {
      const code = await codeOf(
        reg().createNormativeDocument(ctx.other_org_admin, 'xihua', {
          title: '错',
          kind: 'normative',
          issuedOn: '2023-05-01',
          abolishedOn: '2023-01-01',
        }),
      );
      assert.equal(code, 'VALIDATION_FAILED');
      assert.equal(
        await codeOf(
          reg().createNormativeDocument(ctx.other_org_admin, 'xihua', {
            title: '错',
            kind: 'normative',
            issuedOn: '2023-05-01',
            abolishedOn: '2023-06-01',
            expiredOn: '2023-07-01',
          }),
        ),
        'VALIDATION_FAILED',
      );
    });

    test('a bad CSV imports nothing and says which row and column are wrong', async () => {
      await reg().putDecisionCounts(ctx.clerk, 'fugou-gxj', [{ year: 2022, month: 5, kind: 'penalty', count: 4 }]);
      const file = csv('年份,月份,行政许可,行政处罚\n2022,5,10,9\n2022,6,abc,1\n');
      await assert.rejects(
        reg().importDecisionCounts(ctx.clerk, 'fugou-gxj', { fileName: '决定数.csv', bytes: file }),
        (e: { code: string; detail: string; fields: { field: string }[] }) =>
          e.code === 'VALIDATION_FAILED' &&
          /第 3 行“行政许可”列/.test(e.detail) &&
          /未导入任何数据/.test(e.detail) &&
          e.fields[0].field === '第3行.行政许可',
      );
      const year = await reg().getDecisionCounts(ctx.clerk.actor, 'fugou-gxj', 2022);
      assert.equal(year.months[4].penalty, 4, 'the valid first row was not applied');
      assert.equal(year.months[4].licensing, 0);
    });

    test('an XLSX import replaces the months it names', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('2022');
      sheet.addRow(['年份', '月份', '行政许可', '行政处罚', '行政强制']);
      for (let m = 1; m <= 12; m++) sheet.addRow([2022, m, m, 1, 0]);
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const result = await reg().importDecisionCounts(ctx.clerk, 'fugou-gxj', { fileName: '2022年决定数.xlsx', bytes });
      assert.deepEqual(result, { rows: 12, years: [2022] });
      const year = await reg().getDecisionCounts(ctx.reviewer.actor, 'fugou-gxj', 2022);
      assert.deepEqual(year.totals, { licensing: 78, penalty: 12, coercion: 0 });
    });

    test('fees are exact decimals in 万元, recorded for the year or by month but not both', async () => {
      assert.equal(
        await codeOf(reg().putFee(ctx.clerk, 'fugou-gxj', { year: 2021, month: null, amountWanYuan: '1.23456' })),
        'VALIDATION_FAILED',
      );
      await reg().putFee(ctx.clerk, 'fugou-gxj', { year: 2021, month: null, amountWanYuan: '9116.36' });
      assert.equal(
        await codeOf(reg().putFee(ctx.clerk, 'fugou-gxj', { year: 2021, month: 1, amountWanYuan: '1' })),
        'CONFLICT',
      );
      const fees = await reg().getFees(ctx.clerk.actor, 'fugou-gxj', 2021);
      assert.equal(fees.annual, '9116.3600');
      assert.equal(fees.totalWanYuan, '9116.3600');
    });

    test('registries are kept by the org’s admin and clerks; others may not write', async () => {
      assert.equal(
        await codeOf(
          reg().putDecisionCounts(ctx.reviewer, 'fugou-gxj', [{ year: 2023, month: 1, kind: 'coercion', count: 1 }]),
        ),
        'FORBIDDEN',
      );
      assert.equal(
        await codeOf(
          reg().putDecisionCounts(ctx.other_org_admin, 'fugou-gxj', [
            { year: 2023, month: 1, kind: 'coercion', count: 1 },
          ]),
        ),
        'FORBIDDEN',
      );
      assert.equal(await codeOf(reg().getProactiveFigures(ctx.other_org_admin.actor, 'fugou-gxj', 2023)), 'FORBIDDEN');
    });
  });
}
