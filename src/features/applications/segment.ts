// Chinese word segmentation of request descriptions (jieba, search mode) for the similar-case
// search (Art. 44). The dictionary takes about half a second to load, so it loads on first use.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

// Words every application contains: they would make every case look alike.
const STOP_WORDS = new Set([
  '申请',
  '公开',
  '信息',
  '政府',
  '政府信息',
  '要求',
  '提供',
  '相关',
  '关于',
  '有关',
  '我们',
  '本人',
  '贵单位',
  '贵局',
  '请求',
  '以及',
  '及其',
  '文件',
  '资料',
  '情况',
  '内容',
  '具体',
  '全部',
  '所有',
  '需要',
  '希望',
  '依法',
  '予以',
]);

const WORD = /^[\p{L}\p{N}]+$/u;

/** Search tokens of a text, space-separated and de-duplicated, for `to_tsvector('simple', …)`. */
export function segmentForIndex(text: string): string {
  const seen = new Set<string>();
  for (const raw of instance().cutForSearch(text, true)) {
    const token = raw.trim().toLowerCase();
    if (token.length < 2 || !WORD.test(token) || STOP_WORDS.has(token)) continue;
    seen.add(token);
  }
  return [...seen].join(' ');
}

/** The query for similar cases: the most specific tokens (longest first), joined with OR. */
export function similarityQuery(tokens: string, limit = 16): string | null {
  const words = tokens
    .split(' ')
    .filter((word) => WORD.test(word))
    .sort((a, b) => b.length - a.length)
    .slice(0, limit);
  return words.length === 0 ? null : words.join(' | ');
}
