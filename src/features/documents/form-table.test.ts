import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnWidths, type FormTable, placeCells } from './form-table.ts';

const table = (rows: FormTable['rows']): FormTable => ({ columnWeights: [1, 2, 1], rows, fontSizePt: 12 });

test('places cells after those merged down from rows above', () => {
  const placed = placeCells(
    table([
      { cells: [{ text: 'A', rowSpan: 2 }, { text: 'B' }, { text: 'C' }], minHeightPt: 20 },
      { cells: [{ text: 'D', colSpan: 2 }], minHeightPt: 20 },
    ]),
  );
  assert.deepEqual(
    placed[1].map((c) => [c.text, c.col, c.colSpan]),
    [['D', 1, 2]],
  );
});

test('refuses a form whose cells leave a hole or overlap', () => {
  assert.throws(() => placeCells(table([{ cells: [{ text: 'A' }, { text: 'B' }], minHeightPt: 20 }])), /hole/);
  assert.throws(
    () =>
      placeCells(
        table([
          {
            cells: [
              { text: 'A', colSpan: 2 },
              { text: 'B', colSpan: 2 },
            ],
            minHeightPt: 20,
          },
        ]),
      ),
    /overflows/,
  );
});

test('column widths follow the weights and add up exactly', () => {
  const widths = columnWidths(table([]), 1001, true);
  assert.equal(
    widths.reduce((a, b) => a + b, 0),
    1001,
  );
  assert.deepEqual(widths.slice(0, 2), [250, 500]);
});
