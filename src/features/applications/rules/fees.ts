// 信息处理费 per 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号): one basis per
// application, marginal tiers (each unit is priced by the tier it falls in).

export type FeeBasis = 'perApplication' | 'perPage';

export const FEE_BASIS_LABELS: Record<FeeBasis, string> = {
  perApplication: '按件计收',
  perPage: '按量计收',
};

export interface FeeTierLine {
  /** First and last unit of the tier actually charged, e.g. pages 31–68. */
  from: number;
  to: number;
  units: number;
  unitPrice: number;
  subtotal: number;
}

export interface FeeQuote {
  basis: FeeBasis;
  /** In 元. */
  amount: number;
  lines: FeeTierLine[];
  /** For the fee notice, in Chinese. */
  explanation: string;
}

// Far above any real request; keeps a typo from looping for minutes.
const MAX_UNITS = 1_000_000;

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_UNITS) {
    throw new RangeError(`${what}「${value}」无效，应为 0–${MAX_UNITS} 之间的整数`);
  }
}

/** Price of the n-th application an applicant files in a calendar month (1-based). */
export function perApplicationUnitPrice(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  // 31–40: 200, 41–50: 300, …
  return 100 * (2 + Math.floor((n - 31) / 10));
}

/** Price of the n-th page of one application (1-based). */
export function perPageUnitPrice(n: number): number {
  if (n <= 30) return 0;
  if (n <= 100) return 10;
  if (n <= 200) return 20;
  return 40;
}

function quote(fromUnit: number, toUnit: number, unitPrice: (n: number) => number): FeeTierLine[] {
  const lines: FeeTierLine[] = [];
  for (let n = fromUnit; n <= toUnit; n++) {
    const price = unitPrice(n);
    const last = lines.at(-1);
    if (last && last.unitPrice === price) {
      last.to = n;
      last.units += 1;
      last.subtotal += price;
    } else lines.push({ from: n, to: n, units: 1, unitPrice: price, subtotal: price });
  }
  return lines;
}

function explain(lines: FeeTierLine[], unit: string): string {
  return lines
    .map(
      (line) =>
        `第 ${line.from}–${line.to} ${unit}${line.unitPrice === 0 ? '免费' : `每${unit} ${line.unitPrice} 元，共 ${line.subtotal} 元`}`,
    )
    .join('；');
}

/** 按量: the fee for one application of `pages` pages (≤ 30 free; 31–100 at 10; 101–200 at 20; 201+ at 40). */
export function perPageFee(pages: number): FeeQuote {
  assertCount(pages, '页数');
  const lines = quote(1, pages, perPageUnitPrice);
  const amount = lines.reduce((sum, line) => sum + line.subtotal, 0);
  return {
    basis: 'perPage',
    amount,
    lines,
    explanation: pages === 0 ? '无页数，不收费' : `共 ${pages} 页：${explain(lines, '页')}`,
  };
}

/**
 * 按件: the fee for the applications numbered `first`…`last` that one applicant filed in one
 * calendar month (1–10 free; 11–30 at 100; from the 31st +100 per further 10). A single case is
 * `perApplicationFee(n, n)`; a whole month from 1 to its count.
 */
export function perApplicationFee(first: number, last: number = first): FeeQuote {
  assertCount(first, '申请序号');
  assertCount(last, '申请序号');
  if (first < 1 || last < first) throw new RangeError(`申请序号范围 ${first}–${last} 无效`);
  const lines = quote(first, last, perApplicationUnitPrice);
  const amount = lines.reduce((sum, line) => sum + line.subtotal, 0);
  return {
    basis: 'perApplication',
    amount,
    lines,
    explanation: `本月第 ${first === last ? first : `${first}–${last}`} 件：${explain(lines, '件')}`,
  };
}

/** Total for an applicant's whole month of `count` applications. */
export function monthlyPerApplicationFee(count: number): FeeQuote {
  assertCount(count, '申请件数');
  if (count === 0) return { basis: 'perApplication', amount: 0, lines: [], explanation: '本月无申请，不收费' };
  return perApplicationFee(1, count);
}
