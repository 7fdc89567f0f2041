// Greedy line breaking for Chinese text: any CJK character may start a line, runs of
// Latin letters and digits stay whole (so "2023" or "9116.36" never split), closing
// punctuation never starts a line and opening brackets never end one.

const NO_LINE_START = new Set('，。、；：？！）》」』”’…%,.;:?!)]}');
// Opening brackets and quotes never end a line: they stay with what follows.
const NO_LINE_END = new Set('（《「『“‘〔【([{');

/** Splits into breakable units: one CJK character (with surrounding punctuation) or one Latin/digit run. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  const pattern = /[A-Za-z0-9.+\-_/@%]+|\s+|./gsu;
  let pending = '';
  for (const match of text.matchAll(pattern)) {
    const unit = match[0];
    const last = units.length - 1;
    if (NO_LINE_END.has(unit)) pending += unit;
    else if (!pending && last >= 0 && NO_LINE_START.has(unit[0])) units[last] += unit;
    else {
      units.push(pending + unit);
      pending = '';
    }
  }
  if (pending) units.push(pending);
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

/** As few lines as greedy wrapping needs, but of even length ("所需信息的/内容描述", not "所需信息的内容描/述"). */
export function balancedWrap(text: string, width: number, measure: (s: string) => number): string[] {
  const greedy = wrapText(text, width, measure);
  if (greedy.length < 2) return greedy;
  const natural = measure(text);
  for (let w = natural / greedy.length; w < width; w += 1) {
    const lines = wrapText(text, w, measure);
    if (lines.length <= greedy.length) return lines;
  }
  return greedy;
}
