import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CjkFontError, loadCjkFont } from './cjk-font.ts';

const SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const LATIN_ONLY = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe('CJK font lookup', () => {
  test('without any CJK font, says in Chinese how to install or configure one', () => {
    assert.throws(
      () => loadCjkFont({ env: {}, defaultPaths: ['/nonexistent/NotoSerifCJK-Regular.ttc'], bundled: false }),
      (error: unknown) =>
        error instanceof CjkFontError &&
        /未找到可嵌入 PDF 的中文字体/.test(error.message) &&
        /fonts-noto-cjk/.test(error.message) &&
        /GONGKAI_CJK_FONT/.test(error.message),
    );
  });

  test('without a system CJK font, the Noto Serif SC installed with the npm dependencies is used', () => {
    const font = loadCjkFont({ env: {}, defaultPaths: ['/nonexistent/NotoSerifCJK-Regular.ttc'] });
    assert.equal(font.postscriptName, 'NotoSerifSC-Regular');
    assert.match(font.path, /noto-serif-sc/);
    assert.ok(font.font.hasGlyphForCodePoint('政'.codePointAt(0) ?? 0));
  });

  test('a missing font file named in GONGKAI_CJK_FONT is reported, not silently replaced', () => {
    assert.throws(
      () => loadCjkFont({ env: { GONGKAI_CJK_FONT: '/nonexistent/font.ttc' } }),
      (error: unknown) => error instanceof CjkFontError && /找不到字体文件/.test(error.message),
    );
  });

  test('refuses a font without Chinese glyphs', { skip: !existsSync(LATIN_ONLY) && 'DejaVu 未安装' }, () => {
    assert.throws(
      () => loadCjkFont({ fontPath: LATIN_ONLY }),
      (error: unknown) => error instanceof CjkFontError && /不含中文字形/.test(error.message),
    );
  });

  test('picks the Simplified Chinese face of a collection', {
    skip: !existsSync(SANS) && 'Noto Sans CJK 未安装',
  }, () => {
    assert.equal(
      loadCjkFont({ env: { GONGKAI_CJK_FONT: SANS }, defaultPaths: [] }).postscriptName,
      'NotoSansCJKsc-Regular',
    );
  });

  test('finds Debian’s Noto Serif CJK by default', { skip: !existsSync(SERIF) && 'fonts-noto-cjk 未安装' }, () => {
    assert.equal(loadCjkFont({ env: {} }).postscriptName, 'NotoSerifCJKsc-Regular');
  });

  test('an explicit path wins over the environment', { skip: !existsSync(SERIF) && 'fonts-noto-cjk 未安装' }, () => {
    assert.equal(
      loadCjkFont({ fontPath: SERIF, env: { GONGKAI_CJK_FONT: SANS } }).postscriptName,
      'NotoSerifCJKsc-Regular',
    );
  });
});
