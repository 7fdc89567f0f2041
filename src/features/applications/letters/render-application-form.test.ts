import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pdfLines, readPdfText } from '../../documents/testing/pdf-text.ts';
import { readZip } from '../../documents/testing/read-zip.ts';
import { fugouOrg } from './letter-fixtures.ts';
import { renderBlankApplicationForm } from './render-application-form.ts';

// What Art. 29 asks an application to contain, as the form's labels.
const LABELS = [
  '申请人信息',
  '公民',
  '姓名',
  '证件名称',
  '证件号码',
  '联系电话',
  '通信地址',
  '邮政编码',
  '电子邮箱',
  '法人或其他组织',
  '名称',
  '统一社会信用代码',
  '联系人姓名',
  '所需信息情况',
  '所需信息的内容描述',
  '获取信息的方式',
  '信息的提供方式',
  '申请人签名（盖章）',
  '申请日期',
];
const OPTIONS = ['□纸质', '□电子', '□查阅', '□邮寄', '□电子邮件', '□自行领取', '□网上获取'];

interface Cell {
  text: string;
  vMerge: string | null;
  xml: string;
}

function tableRows(xml: string): Cell[][] {
  const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)?.[1] ?? '';
  return [...table.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => {
      const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc[1]);
      return {
        text: [...tc[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
        vMerge: merge ? (merge[1] ?? 'continue') : null,
        xml: tc[1],
      };
    }),
  );
}

describe('blank application form as DOCX', async () => {
  const files = readZip(await renderBlankApplicationForm(fugouOrg(), 'docx'));
  const xml = files.get('word/document.xml') ?? '';
  const rows = tableRows(xml);
  const cells = rows.flat();

  test('has every field an application needs and the form and delivery choices', () => {
    for (const label of [...LABELS, ...OPTIONS]) {
      assert.ok(
        cells.some((c) => c.text.includes(label)),
        `no “${label}”`,
      );
    }
    assert.ok(cells.some((c) => c.text === '所需信息的名称、文号（选填）'));
    assert.ok(cells.some((c) => c.text === '所需信息的用途（选填）'));
  });

  test('merges 申请人信息 down its 8 rows and writes the group labels vertically', () => {
    const start = rows.findIndex((r) => r.some((c) => c.text === '申请人信息'));
    assert.equal(start, 0);
    let span = 1;
    while (rows[start + span]?.[0]?.vMerge === 'continue') span++;
    assert.equal(span, 8);
    const group = cells.find((c) => c.text === '申请人信息');
    assert.match(group?.xml ?? '', /<w:textDirection w:val="tbRl"\/>/);
  });

  test('names the receiving org and uses the GB/T 9704 page', () => {
    assert.match(xml, /受理机关：扶沟县工业和信息化局/);
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml, /政府信息公开申请表/);
    assert.match(xml, /0394-6231234/);
  });
});

describe('blank application form as PDF', async () => {
  const bytes = await renderBlankApplicationForm(fugouOrg(), 'pdf');
  const { pages } = await readPdfText(bytes);
  const text = pages
    .flatMap((p) => pdfLines(p))
    .map((l) => l.text)
    .join('');

  test('fits on one page', () => {
    assert.equal(pages.length, 1);
  });

  test('prints the title, the org, every field and every choice', () => {
    for (const label of [
      '政府信息公开申请表',
      '受理机关：扶沟县工业和信息化局',
      ...LABELS.filter((l) => l.length < 5),
      ...OPTIONS,
    ]) {
      assert.ok(text.includes(label), `“${label}” not in the PDF`);
    }
    // Long and vertical labels wrap; their characters are all there, in order.
    for (const label of ['申请人信息', '统一社会信用代码', '所需信息的内容描述']) {
      assert.match(text, new RegExp([...label].join('.{0,12}')), label);
    }
  });
});
