// Dates as official documents print them: '2026-01-05' → 二〇二六年一月五日 (signature
// blocks, in the traditional style) or 2026年1月5日 (body text; GB/T 9704-2012 style).

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = ISO.exec(date);
  if (!match) throw new RangeError(`日期「${date}」格式不正确，应写成 YYYY-MM-DD，例如 2026-01-05`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`日期「${date}」不是有效日期`);
  }
  return [year, month, day];
}

/** 1–31 in Chinese numerals: 五, 十, 十二, 二十, 三十一. */
function smallNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensText + (ones === 0 ? '' : DIGITS[ones]);
}

/** '2026-01-05' → '二〇二六年一月五日'. */
export function chineseDate(date: string): string {
  const [year, month, day] = parts(date);
  const yearText = [...String(year)].map((d) => DIGITS[Number(d)]).join('');
  return `${yearText}年${smallNumber(month)}月${smallNumber(day)}日`;
}

/** '2026-01-05' → '2026年1月5日'. */
export function arabicDate(date: string): string {
  const [year, month, day] = parts(date);
  return `${year}年${month}月${day}日`;
}
