// Finds and loads the CJK font a PDF embeds: an explicit path (--font), then
// GONGKAI_CJK_FONT, then Debian's fonts-noto-cjk and a few other common locations, and last
// Noto Serif SC from npm (@expo-google-fonts/noto-serif-sc), so a fresh install needs no system font.
// Shared by every PDF writer (annual reports, reply letters, forms).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** The part of a fontkit font that we and pdfkit use. */
export interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphsForString(text: string): FontkitGlyph[];
  layout(text: string): unknown;
}

interface FontkitCollection {
  fonts: FontkitFont[];
}

interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont | FontkitCollection;
}

// fontkit is pdfkit's own font engine; resolve it from pdfkit so both agree on the version.
let fontkit: Fontkit | undefined;
function loadFontkit(): Fontkit {
  fontkit ??= createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as Fontkit;
  return fontkit;
}

/** No usable CJK font for the PDF (none installed, or the given file is not one). */
export class CjkFontError extends Error {}

export const CJK_FONT_ENV = 'GONGKAI_CJK_FONT';

const DEFAULT_FONT_PATHS = [
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
];

/** Noto Serif SC installed with our npm dependencies (static TrueType, OFL). */
function npmFontPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return path.join(
      path.dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')),
      '400Regular/NotoSerifSC_400Regular.ttf',
    );
  } catch {
    return undefined;
  }
}

const PROBE = '政'.codePointAt(0) ?? 0x653f;

export interface LoadedCjkFont {
  path: string;
  postscriptName: string;
  /** A fontkit font whose layout maps characters to glyphs without shaping (see below). */
  font: FontkitFont;
}

const cache = new Map<string, LoadedCjkFont>();

/** Picks the Simplified Chinese face of a collection, else any face with CJK glyphs. */
function pickFace(loaded: FontkitFont | FontkitCollection): FontkitFont | undefined {
  const faces = 'fonts' in loaded ? loaded.fonts : [loaded];
  const cjk = faces.filter((f) => f.hasGlyphForCodePoint(PROBE));
  const serif = (f: FontkitFont): boolean => /serif|song|ming/i.test(f.postscriptName);
  const simplified = cjk.filter((f) => /(sc|gb|hans|cn)(-|$)/i.test(f.postscriptName));
  return simplified.find(serif) ?? simplified[0] ?? cjk[0];
}

/**
 * CJK text needs no shaping, and fontkit's OpenType shaping over a CJK font's large
 * GSUB/GPOS tables costs about a millisecond per string: map characters straight to glyphs.
 */
function withoutShaping(font: FontkitFont): FontkitFont {
  const fast = Object.create(font) as FontkitFont;
  fast.layout = (text: string) => {
    const glyphs = font.glyphsForString(text);
    const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    return {
      glyphs,
      positions,
      // A getter, as in fontkit: pdfkit scales the positions after layout.
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
  return fast;
}

function loadFile(path: string): LoadedCjkFont {
  const cached = cache.get(path);
  if (cached) return cached;
  let face: FontkitFont | undefined;
  try {
    face = pickFace(loadFontkit().create(readFileSync(path)));
  } catch {
    throw new CjkFontError(`无法读取字体文件：${path}（需要 TrueType/OpenType 字体或 .ttc 字体集）。`);
  }
  if (!face) throw new CjkFontError(`字体文件不含中文字形：${path}。请改用中文字体，例如 Noto Serif CJK。`);
  const loaded = { path, postscriptName: face.postscriptName, font: withoutShaping(face) };
  cache.set(path, loaded);
  return loaded;
}

export interface FontSearch {
  fontPath?: string;
  env?: Record<string, string | undefined>;
  /** Defaults to the usual system locations; tests pass their own. */
  defaultPaths?: readonly string[];
  /** Fall back to the Noto Serif SC installed from npm (default true). */
  bundled?: boolean;
}

export function loadCjkFont(search: FontSearch = {}): LoadedCjkFont {
  const env = search.env ?? process.env;
  const explicit = search.fontPath ?? env[CJK_FONT_ENV];
  if (explicit) {
    if (!existsSync(explicit)) throw new CjkFontError(`找不到字体文件：${explicit}。`);
    return loadFile(explicit);
  }
  const candidates = [
    ...(search.defaultPaths ?? DEFAULT_FONT_PATHS),
    search.bundled === false ? '' : (npmFontPath() ?? ''),
  ];
  const found = candidates.find((p) => p !== '' && existsSync(p));
  if (!found) {
    throw new CjkFontError(
      `未找到可嵌入 PDF 的中文字体。请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk），或用 --font 指定字体文件，或设置环境变量 ${CJK_FONT_ENV}。`,
    );
  }
  return loadFile(found);
}
