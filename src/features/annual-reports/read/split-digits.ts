// Splits runs of digits into cells (“713000074” → 71,3,0,0,0,0,74) by trying every reading
// with no leading zeros and keeping those the caller accepts (R3/R5 sums). The search is
// bounded by a step budget shared across a document, so adversarial input cannot make it
// explode: when the budget runs out the caller reports the cells as unreadable.

export interface SplitOptions {
  /** How many cells the runs hold. */
  parts: number;
  /** Consecutive groups of this size whose last cell is the sum of the others (R3: 7, R5: 5). */
  sumGroupSize?: number;
  /** Widest plausible cell, in digits. */
  maxCellDigits?: number;
  /** Stop after this many accepted readings (the caller only needs a handful). */
  maxReadings?: number;
  /** Search steps left; decremented in place so several calls can share one budget. */
  budget?: { steps: number };
}

export interface SplitResult {
  readings: number[][];
  /** True when the step budget ran out before the search finished. */
  isExhausted: boolean;
}

export function splitDigitRuns(tokens: readonly string[], options: SplitOptions): SplitResult {
  const { parts, sumGroupSize = 0, maxCellDigits = 9, maxReadings = 64 } = options;
  const budget = options.budget ?? { steps: 100_000 };
  const segments = tokens.filter((t) => t !== '');
  const digitCount = segments.reduce((n, t) => n + (/^\d+$/.test(t) ? t.length : 1), 0);
  const readings: number[][] = [];
  if (digitCount < parts || digitCount > parts * maxCellDigits) return { readings, isExhausted: false };
  if (sumGroupSize === parts) return splitOneSum(segments, parts, maxCellDigits, maxReadings, budget);
  // Digits still to place after each segment, for the “enough room left” pruning.
  const tail = segments.map((_, i) => segments.slice(i + 1).reduce((n, t) => n + (/^\d+$/.test(t) ? t.length : 1), 0));
  const current = new Array<number>(parts);
  let count = 0;
  let isExhausted = false;

  const groupHolds = (): boolean => {
    if (!sumGroupSize || count % sumGroupSize !== 0) return true;
    let sum = 0;
    for (let i = count - sumGroupSize; i < count - 1; i++) sum += current[i];
    return sum === current[count - 1];
  };

  const walk = (segment: number, offset: number): void => {
    if (readings.length >= maxReadings || isExhausted) return;
    if (--budget.steps < 0) {
      isExhausted = true;
      return;
    }
    if (segment === segments.length) {
      if (count === parts) readings.push(current.slice());
      return;
    }
    const token = segments[segment];
    const partsLeft = parts - count;
    const tokensAfter = segments.length - segment - 1;
    if (partsLeft <= tokensAfter) return;
    if (!/^\d+$/.test(token)) {
      current[count++] = Number(token);
      if (groupHolds()) walk(segment + 1, 0);
      count--;
      return;
    }
    const maxLen = token[offset] === '0' ? 1 : Math.min(maxCellDigits, token.length - offset);
    for (let len = 1; len <= maxLen; len++) {
      const isTokenDone = offset + len === token.length;
      const digitsLeft = token.length - offset - len + tail[segment];
      const partsAfter = partsLeft - 1;
      if (digitsLeft < partsAfter || digitsLeft > partsAfter * maxCellDigits) continue;
      if (!isTokenDone && partsAfter <= tokensAfter) continue;
      current[count++] = Number(token.slice(offset, offset + len));
      if (groupHolds()) {
        if (isTokenDone) walk(segment + 1, 0);
        else walk(segment, offset + len);
      }
      count--;
    }
  };

  walk(0, 0);
  return { readings, isExhausted };
}

// One group whose last cell is the sum (a table 三 row): fix the total first, then split the
// rest into cells no wider than the total with a running sum that may never exceed it.
function splitOneSum(
  segments: string[],
  parts: number,
  maxCellDigits: number,
  maxReadings: number,
  budget: { steps: number },
): SplitResult {
  const readings: number[][] = [];
  const lastToken = segments[segments.length - 1];
  const current = new Array<number>(parts);
  let isExhausted = false;
  const isDigits = /^\d+$/.test(lastToken);
  const widths = isDigits ? Array.from({ length: Math.min(maxCellDigits, lastToken.length) }, (_, i) => i + 1) : [0];
  for (const width of widths) {
    const totalText = width === 0 ? lastToken : lastToken.slice(lastToken.length - width);
    if (width > 1 && totalText[0] === '0') continue;
    const total = Number(totalText);
    const head =
      width === 0 ? segments.slice(0, -1) : [...segments.slice(0, -1), lastToken.slice(0, lastToken.length - width)];
    const prefix = head.filter((t) => t !== '');
    if (width > 0 && width < lastToken.length && prefix.length === 0) continue;
    const cellWidth = Math.max(1, String(total).length);
    const tails = prefix.map((_, i) => prefix.slice(i + 1).reduce((n, t) => n + t.length, 0));
    let count = 0;
    let sum = 0;
    const walk = (segment: number, offset: number): void => {
      if (readings.length >= maxReadings || isExhausted) return;
      if (--budget.steps < 0) {
        isExhausted = true;
        return;
      }
      if (segment === prefix.length) {
        if (count === parts - 1 && sum === total) {
          current[parts - 1] = total;
          readings.push(current.slice());
        }
        return;
      }
      const token = prefix[segment];
      const partsLeft = parts - 1 - count;
      const tokensAfter = prefix.length - segment - 1;
      if (partsLeft <= tokensAfter) return;
      if (!/^\d+$/.test(token)) {
        const value = Number(token);
        if (sum + value > total) return;
        current[count++] = value;
        sum += value;
        walk(segment + 1, 0);
        sum -= value;
        count--;
        return;
      }
      const maxLen = token[offset] === '0' ? 1 : Math.min(cellWidth, token.length - offset);
      for (let len = 1; len <= maxLen; len++) {
        const isTokenDone = offset + len === token.length;
        const digitsLeft = token.length - offset - len + tails[segment];
        const partsAfter = partsLeft - 1;
        if (digitsLeft < partsAfter || digitsLeft > partsAfter * cellWidth) continue;
        if (!isTokenDone && partsAfter <= tokensAfter) continue;
        const value = Number(token.slice(offset, offset + len));
        if (sum + value > total) break;
        current[count++] = value;
        sum += value;
        if (isTokenDone) walk(segment + 1, 0);
        else walk(segment, offset + len);
        sum -= value;
        count--;
      }
    };
    walk(0, 0);
  }
  return { readings, isExhausted };
}
