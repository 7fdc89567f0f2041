// Fonts of the GB/T 9704 layout, and a font table that names a fallback (w:altName) for
// each, so Word substitutes 宋体/仿宋 where 方正小标宋简体/仿宋_GB2312 are not installed.

export const FONT_TITLE = '方正小标宋简体';
export const FONT_BODY = '仿宋_GB2312';
export const FONT_HEADING = '黑体';
export const FONT_PAGE_NUMBER = '宋体';
export const FONT_LATIN = 'Times New Roman';

interface FontEntry {
  name: string;
  altName?: string;
  charset: string;
  family: 'roman' | 'modern' | 'swiss' | 'script';
  pitch: 'fixed' | 'variable';
}

const FONTS: FontEntry[] = [
  { name: FONT_TITLE, altName: '宋体', charset: '86', family: 'script', pitch: 'variable' },
  { name: FONT_BODY, altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT_HEADING, altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT_PAGE_NUMBER, altName: 'SimSun', charset: '86', family: 'roman', pitch: 'variable' },
  { name: '仿宋', altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT_LATIN, charset: '00', family: 'roman', pitch: 'variable' },
];

/** Replacement for word/fontTable.xml (docx writes an empty one). */
export function fontTableXml(): string {
  const fonts = FONTS.map((f) => {
    const alt = f.altName ? `<w:altName w:val="${f.altName}"/>` : '';
    return `<w:font w:name="${f.name}">${alt}<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  }).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}

/** Run font settings: CJK text in `eastAsia`, digits and Latin in Times New Roman. */
export function runFont(eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: FONT_LATIN, hAnsi: FONT_LATIN, eastAsia, cs: FONT_LATIN };
}
