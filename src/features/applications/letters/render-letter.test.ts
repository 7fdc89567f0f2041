import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CjkFontError } from '../../documents/cjk-font.ts';
import { pdfLines, readPdfText } from '../../documents/testing/pdf-text.ts';
import { readZip } from '../../documents/testing/read-zip.ts';
import { withEditedParagraphs } from './letter-checks.ts';
import { decisionFor, letterData, PROCEDURAL_DETAILS } from './letter-fixtures.ts';
import { composeLetter } from './letter-text.ts';
import { renderLetterDocx, renderLetterPdf } from './render-letter.ts';

const mmToTwips = (mm: number): number => (mm / 25.4) * 1440;

const withheldLetter = composeLetter(
  letterData({
    kind: 'reply',
    decision: decisionFor('partiallyGranted', {
      withheld: [
        {
          part: '获得资金企业的银行账号',
          reason: '属于企业的商业秘密，经征求意见，企业不同意公开',
          ground: 'withheld.thirdPartyRights',
        },
      ],
      access: {
        form: 'electronic',
        delivery: 'email',
        items: ['关于下达2025年中小企业发展专项资金的通知（扶工信〔2025〕31号）'],
      },
    }),
  }),
);

/** Paragraph elements of document.xml, with their text. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    return { xml: inner, text: [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') };
  });
}

describe('reply letter as DOCX', async () => {
  const files = readZip(await renderLetterDocx(withheldLetter));
  const documentXml = files.get('word/document.xml') ?? '';
  const paras = paragraphs(documentXml);
  const find = (text: string) => paras.find((p) => p.text === text);

  test('is A4 with margins 37/35/28/26 mm', () => {
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(documentXml);
    assert.deepEqual([Number(size?.[1]), Number(size?.[2])], [11906, 16838]);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
    const twips = (name: string): number => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
    assert.ok(Math.abs(twips('top') - mmToTwips(37)) <= 1);
    assert.ok(Math.abs(twips('bottom') - mmToTwips(35)) <= 1);
    assert.ok(Math.abs(twips('left') - mmToTwips(28)) <= 1);
    assert.ok(Math.abs(twips('right') - mmToTwips(26)) <= 1);
  });

  test('sets a grid of 22 lines of 28 characters of 3号', () => {
    const grid = /<w:docGrid w:type="linesAndChars" w:linePitch="(\d+)" w:charSpace="(-?\d+)"/.exec(documentXml);
    assert.ok(grid, 'no linesAndChars grid');
    const textHeight = 16838 - mmToTwips(37) - mmToTwips(35);
    assert.equal(Math.floor(textHeight / Number(grid[1])), 22);
    const pitchPt = 16 + Number(grid[2]) / 4096;
    assert.equal(Math.floor((11906 - mmToTwips(28) - mmToTwips(26)) / 20 / pitchPt + 0.01), 28);
  });

  test('centres the org name and title in 2号 小标宋 and the case number under them', () => {
    for (const line of ['扶沟县工业和信息化局', '政府信息公开申请答复书']) {
      const title = find(line);
      assert.ok(title, `no title line ${line}`);
      assert.match(title.xml, /<w:jc w:val="center"\/>/);
      assert.match(title.xml, /w:eastAsia="方正小标宋简体"/);
      assert.match(title.xml, /<w:sz w:val="44"\/>/);
    }
    assert.match(find('扶工信依申〔2026〕12号')?.xml ?? '', /<w:jc w:val="center"\/>/);
  });

  test('sets the body in 3号 仿宋 with a two-character first-line indent, the addressee flush left', () => {
    const styles = files.get('word/styles.xml') ?? '';
    assert.match(styles, /w:eastAsia="仿宋_GB2312"/);
    assert.match(styles, /<w:sz w:val="32"\/>/);
    const body = paras.find((p) => p.text.startsWith('本机关于2026年1月5日收到您'));
    assert.match(body?.xml ?? '', /w:firstLineChars="200"/);
    assert.match(body?.xml ?? '', /<w:jc w:val="both"\/>/);
    assert.doesNotMatch(find('张三：')?.xml ?? 'missing', /firstLineChars/);
    assert.ok(paras.some((p) => p.text.includes('（1）获得资金企业的银行账号')));
  });

  test('right-aligns the signature: org name over the date in Chinese numerals', () => {
    const texts = paras.map((p) => p.text);
    const date = texts.indexOf('二〇二六年一月二十七日');
    assert.ok(date > 0, 'no date line');
    assert.equal(texts.lastIndexOf('扶沟县工业和信息化局'), date - 1);
    for (const line of [paras[date], paras[date - 1]]) assert.match(line.xml, /<w:jc w:val="right"\/>/);
    assert.ok(texts.indexOf('特此答复。') < date - 1, 'signature before the body ends');
  });

  test('numbers pages "— n —" right on odd pages and left on even pages', () => {
    assert.match(files.get('word/settings.xml') ?? '', /<w:evenAndOddHeaders\/>/);
    const footers = [...files.entries()].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    assert.equal(footers.length, 2);
    for (const footer of footers) assert.match(footer, /— <\/w:t>.*PAGE.*<w:t[^>]*> —<\/w:t>/s);
    assert.deepEqual(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort(), ['left', 'right']);
  });

  test('names fallbacks for the official fonts', () => {
    assert.match(files.get('word/fontTable.xml') ?? '', /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  });

  test('prints the edited paragraphs, not the generated ones', async () => {
    const edited = withEditedParagraphs(withheldLetter, ['经研究，现答复如下：同意公开。', '特此答复。']);
    const xml = readZip(await renderLetterDocx(edited)).get('word/document.xml') ?? '';
    const texts = paragraphs(xml).map((p) => p.text);
    assert.ok(texts.includes('经研究，现答复如下：同意公开。'));
    assert.ok(!texts.some((t) => t.startsWith('本机关于2026年1月5日')));
  });
});

describe('reply letter as PDF', async () => {
  const long = withEditedParagraphs(withheldLetter, [...withheldLetter.paragraphs, '政'.repeat(600)]);
  const bytes = await renderLetterPdf(long);
  const raw = Buffer.from(bytes).toString('latin1');
  const { pages, pageWidth } = await readPdfText(bytes);
  const lines = pages.map((items) => pdfLines(items));
  const all = lines
    .flat()
    .map((l) => l.text)
    .join('\n');

  test('embeds a subset of one CJK font with a ToUnicode map', () => {
    assert.match(raw, /\/FontFile[23] \d+ 0 R/);
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+NotoSerif(CJKsc|SC)-Regular/);
    assert.match(raw, /\/ToUnicode \d+ 0 R/);
    assert.equal(new Set([...raw.matchAll(/\/BaseFont \/(\S+)/g)].map((m) => m[1])).size, 1);
  });

  test('is A4 and tagged as Chinese', () => {
    assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/);
    assert.match(raw, /\/Lang \(zh-CN\)/);
  });

  test('its text can be read back: title, case number, addressee, decision, remedies, signature', () => {
    for (const text of [
      '扶沟县工业和信息化局',
      '政府信息公开申请答复书',
      '扶工信依申〔2026〕12号',
      '张三：',
      '本机关决定部',
      '60日内向扶沟县人民政府申请行政复议',
      '二〇二六年一月二十七日',
    ]) {
      assert.ok(all.replace(/\n/g, '').includes(text.replace(/\n/g, '')), `“${text}” not extractable`);
    }
  });

  test('sets the body 28 characters to a line and 22 lines to a page', () => {
    const body = lines[0].concat(lines[1] ?? []).filter((l) => /^政+$/.test(l.text));
    assert.ok(body.length >= 10);
    for (const l of body.slice(0, -1)) {
      if (l.x < 100) assert.equal(l.text.length, 28);
    }
    const pitch = body[1].y - body[2].y;
    assert.ok(Math.abs(pitch - (841.89 - ((37 + 35) / 25.4) * 72) / 22) < 0.05, `line pitch ${pitch}`);
  });

  test('puts the date right of centre, below the org name, on the last page', () => {
    const last = lines[lines.length - 1];
    const date = last.find((l) => l.text === '二〇二六年一月二十七日');
    const org = last.filter((l) => l.text === '扶沟县工业和信息化局').at(-1);
    assert.ok(date && org, 'signature not on the last page');
    assert.ok(date.x > pageWidth / 2 - 40 && org.y > date.y);
    // Four characters (16 pt each) in from the right margin (26 mm).
    assert.ok(Math.abs(pageWidth - (26 / 25.4) * 72 - date.right - 4 * 16) < 4, `date ends at ${date.right}`);
  });

  test('numbers every page "— n —", odd right, even left', () => {
    assert.ok(pages.length >= 2);
    pages.forEach((items, i) => {
      const number = items.find((it) => it.str.replace(/\s/g, '') === `—${i + 1}—`);
      assert.ok(number, `page ${i + 1} has no number`);
      assert.equal(number.x > pageWidth / 2, i % 2 === 0);
    });
  });
});

test('the DOCX keeps the last paragraph with the signature', async () => {
  const xml = readZip(await renderLetterDocx(withheldLetter)).get('word/document.xml') ?? '';
  const texts = paragraphs(xml);
  const closing = texts.findIndex((p) => p.text === '特此答复。');
  const date = texts.findIndex((p) => p.text === '二〇二六年一月二十七日');
  for (const p of texts.slice(closing, date)) assert.match(p.xml, /<w:keepNext\/>/);
  assert.doesNotMatch(texts[date].xml, /<w:keepNext\/>/);
});

test('the PDF never leaves the signature alone on a page, however long the body', async () => {
  // One-line paragraphs: some count of them puts the page break inside the signature block.
  const pageCounts = new Set<number>();
  for (let count = 8; count <= 12; count++) {
    const filler = Array.from({ length: count }, (_, i) => `第${i + 1}段。`);
    const letter = withEditedParagraphs(withheldLetter, [...filler, '特此答复。']);
    const { pages } = await readPdfText(await renderLetterPdf(letter));
    const last = pdfLines(pages[pages.length - 1]).map((l) => l.text);
    assert.ok(last.includes('二〇二六年一月二十七日'), `${count}: date not on the last page`);
    assert.ok(last.includes('扶沟县工业和信息化局'), `${count}: org name split from the date`);
    assert.ok(last.includes('特此答复。'), `${count}: signature alone on its page`);
    pageCounts.add(pages.length);
  }
  assert.deepEqual([...pageCounts], [1, 2], 'the range no longer crosses a page break');
});

describe('procedural letters as PDF', () => {
  for (const details of Object.values(PROCEDURAL_DETAILS)) {
    test(`${details.kind}: renders with its title and the case number`, async () => {
      const letter = composeLetter(letterData(details));
      const { pages } = await readPdfText(await renderLetterPdf(letter));
      const text = pages
        .flatMap((p) => pdfLines(p))
        .map((l) => l.text)
        .join('');
      assert.ok(text.includes(letter.titleLines[1]));
      assert.ok(text.includes('扶工信依申〔2026〕12号'));
    });
  }
});

test('a PDF without a CJK font fails with a Chinese message', async () => {
  await assert.rejects(
    renderLetterPdf(withheldLetter, { fontPath: '/nonexistent/font.ttc' }),
    (error: unknown) => error instanceof CjkFontError && /找不到字体文件/.test(error.message),
  );
});
