import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fugouReport, pingtanReport } from './fixtures.ts';
import { CjkFontError, loadCjkFont } from './pdf-font.ts';
import { renderPdf } from './render-pdf.ts';

const SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const LATIN_ONLY = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const noFont = !existsSync(SERIF) && 'fonts-noto-cjk 未安装';

interface TextItem {
  str: string;
  x: number;
  y: number;
}

async function pdfText(bytes: Uint8Array): Promise<{ pages: TextItem[][]; width: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: TextItem[][] = [];
  let width = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    width = page.view[2];
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim()
          ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }]
          : [],
      ),
    );
  }
  await doc.destroy();
  return { pages, width };
}

/** Text lines of a page: items on one baseline, left to right. */
function lines(items: TextItem[]): { y: number; text: string }[] {
  const byY = new Map<number, TextItem[]>();
  for (const item of items) {
    const key = [...byY.keys()].find((y) => Math.abs(y - item.y) < 2) ?? item.y;
    byY.set(key, [...(byY.get(key) ?? []), item]);
  }
  return [...byY.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([y, row]) => ({
      y,
      text: row
        .sort((a, b) => a.x - b.x)
        .map((i) => i.str)
        .join(' '),
    }));
}

describe('PDF', { skip: noFont }, async () => {
  const long = { ...pingtanReport(), sections: { ...pingtanReport().sections, overview: '政'.repeat(120) } };
  const bytes = await renderPdf(long);
  const raw = Buffer.from(bytes).toString('latin1');

  test('embeds a subset of the CJK font with a ToUnicode map, and no other font', () => {
    assert.match(raw, /\/FontFile3 \d+ 0 R/);
    assert.match(raw, /\/Subtype \/CIDFontType0C/);
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+NotoSerifCJKsc-Regular/);
    assert.match(raw, /\/ToUnicode \d+ 0 R/);
    const baseFonts = new Set([...raw.matchAll(/\/BaseFont \/(\S+)/g)].map((m) => m[1]));
    assert.equal(baseFonts.size, 1, `fonts: ${[...baseFonts].join(', ')}`);
  });

  test('is A4 and tagged as Chinese', () => {
    assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/);
    assert.match(raw, /\/Lang \(zh-CN\)/);
  });

  test('its Chinese text can be extracted: title, headings, table labels and numbers', async () => {
    const { pages } = await pdfText(bytes);
    const all = pages
      .map((p) =>
        lines(p)
          .map((l) => l.text.replace(/ /g, ''))
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
    const { pages } = await pdfText(bytes);
    const body = lines(pages[0]).filter((l) => /^政+$/.test(l.text));
    assert.ok(body.length >= 4);
    assert.equal(body[0].text.length, 26, 'the first line is indented two characters');
    for (const l of body.slice(1, -1)) assert.equal(l.text.length, 28);
    const pitch = body[0].y - body[1].y;
    const textHeight = 841.89 - ((37 + 35) / 25.4) * 72;
    assert.ok(Math.abs(pitch - textHeight / 22) < 0.05, `line pitch ${pitch}`);
  });

  test('numbers pages "— n —", odd pages on the right and even pages on the left', async () => {
    const { pages, width } = await pdfText(bytes);
    assert.ok(pages.length >= 2);
    pages.forEach((items, i) => {
      const number = items.find((it) => it.str.replace(/\s/g, '') === `—${i + 1}—`);
      assert.ok(number, `page ${i + 1} has no page number`);
      if (i % 2 === 0) assert.ok(number.x > width / 2, 'odd page number not on the right');
      else assert.ok(number.x < width / 2, 'even page number not on the left');
    });
  });

  test('puts each table-三 row’s label and its seven numbers on one baseline', async () => {
    const { pages } = await pdfText(bytes);
    const all = pages.flatMap((p) => lines(p));
    const row = all.find((l) => l.text.startsWith('一、本年新收政府信息公开申请数量'));
    assert.equal(row?.text, '一、本年新收政府信息公开申请数量 71 3 0 0 0 0 74');
    const withheld = all.find((l) => l.text.includes('1.属于国家秘密'));
    assert.equal(withheld?.text, '（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0');
  });
});

describe('CJK font lookup', () => {
  test('without any CJK font, fails with a Chinese message saying how to fix it', () => {
    assert.throws(
      () => loadCjkFont({ env: {}, defaultPaths: ['/nonexistent/NotoSerifCJK-Regular.ttc'] }),
      (error: unknown) =>
        error instanceof CjkFontError &&
        /未找到可嵌入 PDF 的中文字体/.test(error.message) &&
        /fonts-noto-cjk/.test(error.message) &&
        /GONGKAI_CJK_FONT/.test(error.message),
    );
  });

  test('rejects a missing font path given by the user', async () => {
    await assert.rejects(
      renderPdf(fugouReport(), { fontPath: '/nonexistent/font.ttc' }),
      (error: unknown) => error instanceof CjkFontError && /找不到字体文件/.test(error.message),
    );
  });

  test('rejects a font without Chinese glyphs', { skip: !existsSync(LATIN_ONLY) && 'DejaVu 未安装' }, () => {
    assert.throws(
      () => loadCjkFont({ fontPath: LATIN_ONLY }),
      (error: unknown) => error instanceof CjkFontError && /不含中文字形/.test(error.message),
    );
  });

  test('takes the font from GONGKAI_CJK_FONT and picks the Simplified Chinese face of a collection', {
    skip: !existsSync(SANS) && 'Noto Sans CJK 未安装',
  }, () => {
    const font = loadCjkFont({ env: { GONGKAI_CJK_FONT: SANS }, defaultPaths: [] });
    assert.equal(font.postscriptName, 'NotoSansCJKsc-Regular');
  });

  test('an explicit path wins over the environment', { skip: noFont }, () => {
    assert.equal(
      loadCjkFont({ fontPath: SERIF, env: { GONGKAI_CJK_FONT: SANS } }).postscriptName,
      'NotoSerifCJKsc-Regular',
    );
  });
});
