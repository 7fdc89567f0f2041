// Chinese word segmentation with jieba plus a dictionary of government terms, so 行政许可 and
// 规范性文件 stay whole words. Index and query go through the same segmenter.
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { sourceFile } from '../../core/repo-paths.ts';

let instance: Jieba | undefined;

/** The shared segmenter; the first call loads the dictionaries (~0.7 s). */
export function segmenter(): Jieba {
  if (!instance) {
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(readFileSync(sourceFile('features/search/gov-terms.txt')));
    instance = jieba;
  }
  return instance;
}

/** Longest text segmented per document: long attachments are cut here. */
export const MAX_INDEXED_CHARS = 100_000;

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Tokens for the index: each word, plus every dictionary word inside it (许可 within 行政许可,
 * 营商环境 within 优化营商环境), so a query for a part finds the whole.
 */
export function indexTokens(text: string): string {
  const jieba = segmenter();
  const out: string[] = [];
  for (const word of jieba.cut(text.slice(0, MAX_INDEXED_CHARS), true)) {
    const token = normalizeToken(word);
    if (!WORDLIKE.test(token)) continue;
    out.push(token);
    if ([...word].length < 3) continue;
    for (const part of jieba.cutAll(word)) {
      const sub = normalizeToken(part);
      if (sub !== token && sub.length > 1 && WORDLIKE.test(sub)) out.push(sub);
    }
  }
  return out.join(' ');
}

// Particles that would only make an AND query stricter without saying anything.
const STOP_WORDS = new Set(['的', '了', '和', '与', '及', '或', '在', '是', '之', '等', '对', '于', '将', '把']);

/** The query's words in precise mode, deduplicated, without punctuation or particles. */
export function queryTokens(query: string): string[] {
  const words = segmenter()
    .cut(query.slice(0, 200), true)
    .map(normalizeToken)
    .filter((w) => WORDLIKE.test(w) && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/** Lower case, no characters that mean something to to_tsquery. */
function normalizeToken(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}\-_.]/gu, '');
}
