/** Table model operations: creation, totals/header rows, renaming. */
import { type CellRect, rectsIntersect } from "./address";
import { clearContents, readCell, syncHeaderCells } from "./cells";
import { invalidArgument } from "./errors";
import type { SimulatedWorksheet, TableData } from "./model";
import type { RangeTarget } from "./range";
import { shiftCells } from "./sheet-ops";
import { validateTableOrDefinedName } from "./validation";

export function bodyRect(t: TableData): CellRect {
  return {
    ...t.rect,
    r0: t.rect.r0 + (t.showHeaders ? 1 : 0),
    r1: t.rect.r1 - (t.showTotals ? 1 : 0),
  };
}

/** Runs `fn` with the table detached from its sheet, so that cell shifts don't move it. */
export function withDetached(t: TableData, fn: () => void): void {
  const ws = t.worksheet;
  const idx = ws.tables.indexOf(t);
  ws.tables.splice(idx, 1);
  try {
    fn();
  } finally {
    ws.tables.splice(idx, 0, t);
  }
}

export function rowIsEmpty(ws: SimulatedWorksheet, row: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) {
    const cell = ws.getCell(row, c);
    if (cell && (cell.value !== null || cell.formula)) return false;
  }
  return true;
}

/** Creates a table over `target` (tables.add). */
export function createTable(target: RangeTarget, hasHeaders: boolean): TableData {
  const ws = target.sheet;
  const wb = ws.workbook;
  let rect = { ...target.rect };
  if (rect.r1 - rect.r0 + 1 > 1048575) invalidArgument("A table can't span entire columns.");
  const overlapping = ws.tables.find((t) => rectsIntersect(t.rect, rect));
  if (overlapping) invalidArgument(`A table can't overlap another table ('${overlapping.name}').`);
  if (ws.merges.some((m) => rectsIntersect(m, rect))) invalidArgument("A table can't overlap merged cells.");
  if (!hasHeaders) {
    // Excel generates a header row and shifts the data down by one row.
    shiftCells(ws, { ...rect, r1: rect.r0 }, "Down");
    rect = { ...rect, r1: rect.r1 + 1 };
  } else if (rect.r0 === rect.r1) {
    rect = { ...rect, r1: rect.r1 + 1 };
  }
  const table: TableData = {
    id: wb.newTableId(),
    name: wb.nextTableName(),
    worksheet: ws,
    rect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    columns: [],
    nextColumnId: 1,
  };
  for (let c = rect.c0; c <= rect.c1; c++) {
    table.columns.push({ id: table.nextColumnId++, name: "" });
    if (!hasHeaders) {
      const cell = ws.ensureCell(rect.r0, c);
      clearContents(cell);
    }
  }
  syncHeaderCells(ws, table);
  ws.tables.push(table);
  return table;
}

function totalsFormula(t: TableData, index: number): string {
  const col = t.columns[index];
  const body = bodyRect(t);
  let numeric = false;
  for (let r = body.r0; r <= body.r1 && !numeric; r++) {
    numeric = typeof readCell(t.worksheet, r, t.rect.c0 + index).value === "number";
  }
  return `=SUBTOTAL(${numeric ? 109 : 103},${t.name}[${col.name.replace(/([[\]#'])/g, "'$1")}])`;
}

export function setShowTotals(t: TableData, show: boolean): void {
  if (show === t.showTotals) return;
  const ws = t.worksheet;
  if (show) {
    const row = t.rect.r1 + 1;
    withDetached(t, () => {
      if (!rowIsEmpty(ws, row, t.rect.c0, t.rect.c1)) shiftCells(ws, { ...t.rect, r0: row, r1: row }, "Down");
    });
    t.rect = { ...t.rect, r1: row };
    t.showTotals = true;
    const first = ws.ensureCell(row, t.rect.c0);
    clearContents(first);
    first.value = "Total";
    if (t.columns.length > 1) {
      const last = ws.ensureCell(row, t.rect.c1);
      clearContents(last);
      last.formula = totalsFormula(t, t.columns.length - 1);
    }
  } else {
    const row = t.rect.r1;
    ws.forEachCellIn({ ...t.rect, r0: row, r1: row }, (cell) => clearContents(cell));
    t.rect = { ...t.rect, r1: row - 1 };
    t.showTotals = false;
  }
}

export function setShowHeaders(t: TableData, show: boolean): void {
  if (show === t.showHeaders) return;
  const ws = t.worksheet;
  if (show) {
    const row = t.rect.r0 - 1;
    if (row < 0 || !rowIsEmpty(ws, row, t.rect.c0, t.rect.c1)) {
      withDetached(t, () => shiftCells(ws, { ...t.rect, r1: t.rect.r0 }, "Down"));
      t.rect = { ...t.rect, r1: t.rect.r1 + 1 };
    } else {
      t.rect = { ...t.rect, r0: row };
    }
    t.showHeaders = true;
    t.columns.forEach((col, i) => {
      const cell = ws.ensureCell(t.rect.r0, t.rect.c0 + i);
      clearContents(cell);
      cell.value = col.name;
    });
  } else {
    ws.forEachCellIn({ ...t.rect, r1: t.rect.r0 }, (cell) => clearContents(cell));
    t.rect = { ...t.rect, r0: t.rect.r0 + 1 };
    t.showHeaders = false;
  }
}

export function renameTable(t: TableData, value: unknown): void {
  const wb = t.worksheet.workbook;
  const name = validateTableOrDefinedName(wb, value, "table", t);
  const old = t.name;
  t.name = name;
  const re = new RegExp(`(^|[^\\w.])${old.replace(/[.\\]/g, "\\$&")}\\[`, "gi");
  for (const ws of wb.worksheets) {
    for (const cell of ws.cells.values()) {
      if (cell.formula) cell.formula = cell.formula.replace(re, (_m, lead: string) => `${lead}${name}[`);
    }
  }
}
