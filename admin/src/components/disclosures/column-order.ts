// Moving a column up or down among its siblings: the new `sort` values to save. Siblings that
// share a sort value (or are packed tight) are renumbered 10, 20, 30… so a swap always moves.
export interface Sortable {
  id: number;
  sort: number;
}

export function moveColumn(siblings: readonly Sortable[], id: number, direction: -1 | 1): Sortable[] {
  const ordered = [...siblings].sort((a, b) => a.sort - b.sort || a.id - b.id);
  const from = ordered.findIndex((s) => s.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= ordered.length) return [];
  [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
  const renumbered = ordered.map((s, index) => ({ id: s.id, sort: (index + 1) * 10 }));
  const before = new Map(siblings.map((s) => [s.id, s.sort]));
  return renumbered.filter((s) => before.get(s.id) !== s.sort);
}
