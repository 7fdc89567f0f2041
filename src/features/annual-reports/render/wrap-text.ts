// Greedy line breaking for Chinese text: any CJK character may start a line, runs of
// Latin letters and digits stay whole (so "2023" or "9116.36" never split), and closing
// punctuation never starts a line.

const NO_LINE_START = new Set('，。、；：？！）》」』”’…%,.;:?!)]}');

/** Splits into breakable units: one CJK character (with trailing closing punctuation) or one Latin/digit run. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  const pattern = /[A-Za-z0-9.+\-_/@%]+|\s+|./gsu;
  for (const match of text.matchAll(pattern)) {
    const unit = match[0];
    const last = units.length - 1;
    if (last >= 0 && NO_LINE_START.has(unit[0])) units[last] += unit;
    else units.push(unit);
  }
  return units;
}

/**
 * Lines of at most `width` by `measure`; a unit wider than a whole line is split by
 * character. The first line may be narrower (`firstWidth`, for a first-line indent).
 */
export function wrapText(text: string, width: number, measure: (s: string) => number, firstWidth = width): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const limit = (): number => (lines.length === 0 ? firstWidth : width);
  const push = (): void => {
    lines.push(line.trimEnd());
    line = '';
    lineWidth = 0;
  };
  for (const unit of breakUnits(text)) {
    const w = measure(unit);
    if (lineWidth + w <= limit() + 0.01) {
      line += unit;
      lineWidth += w;
      continue;
    }
    if (line.trim().length > 0) push();
    if (/^\s+$/.test(unit)) continue;
    if (w <= limit() + 0.01) {
      line = unit;
      lineWidth = w;
      continue;
    }
    for (const ch of unit) {
      const cw = measure(ch);
      if (lineWidth + cw > limit() + 0.01 && line.length > 0) push();
      line += ch;
      lineWidth += cw;
    }
  }
  if (line.trim().length > 0 || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
