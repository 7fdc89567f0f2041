import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CjkFontError } from '../../documents/cjk-font.ts';
import { pdfLines, readPdfText } from '../../documents/testing/pdf-text.ts';
import { fugouReport, pingtanReport } from './fixtures.ts';
import { renderPdf } from './render-pdf.ts';

describe('PDF', async () => {
  const long = { ...pingtanReport(), sections: { ...pingtanReport().sections, overview: '政'.repeat(120) } };
  const bytes = await renderPdf(long);
  const raw = Buffer.from(bytes).toString('latin1');

  test('embeds a subset of the CJK font with a ToUnicode map, and no other font', () => {
    // The font program is embedded: CFF from Debian's Noto CJK, or TrueType from the npm Noto Serif SC.
    assert.match(raw, /\/FontFile[23] \d+ 0 R/);
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+NotoSerif(CJKsc|SC)-Regular/);
    assert.match(raw, /\/ToUnicode \d+ 0 R/);
    const baseFonts = new Set([...raw.matchAll(/\/BaseFont \/(\S+)/g)].map((m) => m[1]));
    assert.equal(baseFonts.size, 1, `fonts: ${[...baseFonts].join(', ')}`);
  });

  test('is A4 and tagged as Chinese', () => {
    assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/);
    assert.match(raw, /\/Lang \(zh-CN\)/);
  });

  test('its Chinese text can be extracted: title, headings, table labels and numbers', async () => {
    const { pages } = await readPdfText(bytes);
    const all = pages
      .map((p) =>
        pdfLines(p)
          .map((l) => l.text)
          .join('\n'),
      )
      .join('\n');
    for (const text of [
      '平潭综合实验区2022年',
      '政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '申请人情况',
      '法人或其他组织',
      '（七）总计',
      '9116.36',
      '未经复议直接起诉',
    ]) {
      assert.ok(all.includes(text), `“${text}” not extractable`);
    }
  });

  test('sets narrative text 28 characters to a line and 22 lines to a page', async () => {
    const { pages } = await readPdfText(bytes);
    const body = pdfLines(pages[0]).filter((l) => /^政+$/.test(l.text));
    assert.ok(body.length >= 4);
    assert.equal(body[0].text.length, 26, 'the first line is indented two characters');
    for (const l of body.slice(1, -1)) assert.equal(l.text.length, 28);
    const pitch = body[0].y - body[1].y;
    const textHeight = 841.89 - ((37 + 35) / 25.4) * 72;
    assert.ok(Math.abs(pitch - textHeight / 22) < 0.05, `line pitch ${pitch}`);
  });

  test('numbers pages "— n —", odd pages on the right and even pages on the left', async () => {
    const { pages, pageWidth: width } = await readPdfText(bytes);
    assert.ok(pages.length >= 2);
    pages.forEach((items, i) => {
      const number = items.find((it) => it.str.replace(/\s/g, '') === `—${i + 1}—`);
      assert.ok(number, `page ${i + 1} has no page number`);
      if (i % 2 === 0) assert.ok(number.x > width / 2, 'odd page number not on the right');
      else assert.ok(number.x < width / 2, 'even page number not on the left');
    });
  });

  test('puts each table-三 row’s label and its seven numbers on one baseline', async () => {
    const { pages } = await readPdfText(bytes);
    const all = pages.flatMap((p) => pdfLines(p)).map((l) => l.parts.join(' '));
    const row = all.find((text) => text.startsWith('一、本年新收政府信息公开申请数量'));
    assert.equal(row, '一、本年新收政府信息公开申请数量 71 3 0 0 0 0 74');
    const withheld = all.find((text) => text.includes('1.属于国家秘密'));
    assert.equal(withheld, '（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0');
  });
});

// The font lookup itself is tested in documents/cjk-font.test.ts; here, that the renderer reports it.
describe('CJK font for the report PDF', () => {
  test('rejects a missing font path given by the user', async () => {
    await assert.rejects(
      renderPdf(fugouReport(), { fontPath: '/nonexistent/font.ttc' }),
      (error: unknown) => error instanceof CjkFontError && /找不到字体文件/.test(error.message),
    );
  });
});
