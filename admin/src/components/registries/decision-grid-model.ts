import { DECISION_KINDS, type DecisionEntry, type DecisionMonth } from './registry-types.ts';

/** The cells the user changed, as entries for PUT …/decision-counts. */
export function changedEntries(
  year: number,
  original: readonly DecisionMonth[],
  edited: readonly DecisionMonth[],
): DecisionEntry[] {
  const entries: DecisionEntry[] = [];
  for (const row of edited) {
    const before = original.find((m) => m.month === row.month);
    for (const kind of DECISION_KINDS) {
      if (before?.[kind] !== row[kind]) entries.push({ year, month: row.month, kind, count: row[kind] });
    }
  }
  return entries;
}

export function totals(months: readonly DecisionMonth[]): Record<(typeof DECISION_KINDS)[number], number> {
  const sum = { licensing: 0, penalty: 0, coercion: 0 };
  for (const m of months) for (const kind of DECISION_KINDS) sum[kind] += m[kind];
  return sum;
}

/** A sum of 万元 amounts as exact decimal text (up to 4 places), avoiding float drift. */
export function sumWanYuan(amounts: readonly string[]): string {
  const tenThousandths = amounts.reduce((total, amount) => {
    const [whole, fraction = ''] = amount.split('.');
    return total + BigInt(whole || '0') * 10000n + BigInt(`${fraction}0000`.slice(0, 4));
  }, 0n);
  const whole = tenThousandths / 10000n;
  const fraction = (tenThousandths % 10000n).toString().padStart(4, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}
