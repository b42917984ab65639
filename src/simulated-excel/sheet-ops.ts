/** Structural worksheet operations: inserting/deleting cells, renaming/deleting sheets in formulas. */
import {
  type CellRect,
  MAX_COLS,
  MAX_ROWS,
  isEntireColumns,
  isEntireRows,
  quoteSheetName,
  rectContains,
  rectsIntersect,
} from "./address";
import { SimErrorCodes, fail } from "./errors";
import { type Cell, type SimulatedWorkbook, type SimulatedWorksheet, cellKey, keyCol, keyRow } from "./model";

export type ShiftDirection = "Up" | "Left" | "Down" | "Right";

function conflict(what: string): never {
  return fail(
    SimErrorCodes.insertDeleteConflict,
    `The insert or delete operation can't be performed because it would shift cells in ${what}.`,
  );
}

/**
 * Inserts (Down/Right) or deletes (Up/Left) the cells of `rect`, shifting neighbouring cells like
 * Excel. Tables and merged areas must either move as a whole, or (for whole rows/columns) grow or
 * shrink; anything else fails with InsertDeleteConflict. Formulas are not adjusted.
 */
export function shiftCells(ws: SimulatedWorksheet, rect: CellRect, direction: ShiftDirection): void {
  const vertical = direction === "Up" || direction === "Down";
  const insert = direction === "Down" || direction === "Right";
  const size = vertical ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
  const delta = insert ? size : -size;
  const fullSpan = vertical ? isEntireRows(rect) : isEntireColumns(rect);
  // The band of cells that moves: from rect (insert) or after rect (delete) to the sheet's end.
  const band: CellRect = vertical
    ? { r0: insert ? rect.r0 : rect.r1 + 1, r1: MAX_ROWS - 1, c0: rect.c0, c1: rect.c1 }
    : { r0: rect.r0, r1: rect.r1, c0: insert ? rect.c0 : rect.c1 + 1, c1: MAX_COLS - 1 };

  if (insert) {
    const edge: CellRect = vertical
      ? { r0: MAX_ROWS - size, r1: MAX_ROWS - 1, c0: rect.c0, c1: rect.c1 }
      : { r0: rect.r0, r1: rect.r1, c0: MAX_COLS - size, c1: MAX_COLS - 1 };
    ws.forEachCellIn(edge, (cell) => {
      if (cell.value !== null || cell.formula) {
        fail(
          SimErrorCodes.nonBlankCellOffSheet,
          "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
        );
      }
    });
  }

  const area: CellRect = vertical
    ? { r0: rect.r0, r1: MAX_ROWS - 1, c0: rect.c0, c1: rect.c1 }
    : { r0: rect.r0, r1: rect.r1, c0: rect.c0, c1: MAX_COLS - 1 };

  // Tables.
  for (const table of [...ws.tables]) {
    const t = table.rect;
    if (!rectsIntersect(t, area)) continue;
    const inBand =
      rectContains(band, t) ||
      rectContains(vertical ? { ...band, r0: rect.r0 } : { ...band, c0: rect.c0 }, t);
    const crossSpan = vertical ? t.c0 < rect.c0 || t.c1 > rect.c1 : t.r0 < rect.r0 || t.r1 > rect.r1;
    if (crossSpan) conflict(`the table '${table.name}'`);
    if (!insert && rectsIntersect(t, rect)) {
      if (rectContains(rect, t)) {
        table.deleted = true;
        ws.tables = ws.tables.filter((x) => x !== table);
        continue;
      }
      if (
        !fullSpan &&
        !(vertical ? t.c0 >= rect.c0 && t.c1 <= rect.c1 : t.r0 >= rect.r0 && t.r1 <= rect.r1)
      ) {
        conflict(`the table '${table.name}'`);
      }
      // Deleting rows/columns inside the table shrinks it.
      const map = (i: number, lo: number, hi: number, endSide: boolean): number =>
        i < lo ? i : i > hi ? i - size : endSide ? lo - 1 : lo;
      if (vertical) {
        if (table.showHeaders && rect.r0 <= t.r0) conflict(`the header row of table '${table.name}'`);
        table.rect = { ...t, r0: map(t.r0, rect.r0, rect.r1, false), r1: map(t.r1, rect.r0, rect.r1, true) };
      } else {
        const c0 = Math.max(t.c0, rect.c0);
        const c1 = Math.min(t.c1, rect.c1);
        table.columns.splice(c0 - t.c0, c1 - c0 + 1);
        table.rect = { ...t, c0: map(t.c0, rect.c0, rect.c1, false), c1: map(t.c1, rect.c0, rect.c1, true) };
      }
      continue;
    }
    if (insert && !inBand) {
      // Inserting inside the table: it grows (rows/columns are inserted into the table).
      if (vertical && rect.r0 > t.r0 && rect.r0 <= t.r1) {
        table.rect = { ...t, r1: t.r1 + size };
        continue;
      }
      if (!vertical && rect.c0 > t.c0 && rect.c0 <= t.c1) {
        const at = rect.c0 - t.c0;
        const newCols = Array.from({ length: size }, () => ({ id: table.nextColumnId++, name: "" }));
        table.columns.splice(at, 0, ...newCols);
        table.rect = { ...t, c1: t.c1 + size };
        continue;
      }
    }
    table.rect = vertical
      ? { ...t, r0: t.r0 + delta, r1: t.r1 + delta }
      : { ...t, c0: t.c0 + delta, c1: t.c1 + delta };
  }

  // Merged areas.
  const merges: CellRect[] = [];
  for (const m of ws.merges) {
    if (!rectsIntersect(m, area)) {
      merges.push(m);
      continue;
    }
    if (!insert && rectContains(rect, m)) continue;
    if (!insert && rectsIntersect(m, rect)) conflict("a merged area");
    const crossSpan = vertical ? m.c0 < rect.c0 || m.c1 > rect.c1 : m.r0 < rect.r0 || m.r1 > rect.r1;
    if (crossSpan) conflict("a merged area");
    const startsBefore = vertical ? m.r0 < band.r0 : m.c0 < band.c0;
    if (startsBefore) {
      merges.push(
        vertical ? { ...m, r1: m.r1 + (insert ? size : 0) } : { ...m, c1: m.c1 + (insert ? size : 0) },
      );
    } else {
      merges.push(
        vertical
          ? { ...m, r0: m.r0 + delta, r1: m.r1 + delta }
          : { ...m, c0: m.c0 + delta, c1: m.c1 + delta },
      );
    }
  }
  ws.merges = merges;

  // Cells.
  const moved: Array<[number, Cell]> = [];
  for (const [key, cell] of [...ws.cells]) {
    const r = keyRow(key);
    const c = keyCol(key);
    const inArea = r >= area.r0 && r <= area.r1 && c >= area.c0 && c <= area.c1;
    if (!inArea) continue;
    ws.cells.delete(key);
    const inDeleted = !insert && r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
    if (inDeleted) continue;
    const nr = vertical ? r + delta : r;
    const nc = vertical ? c : c + delta;
    if (nr < 0 || nc < 0 || nr >= MAX_ROWS || nc >= MAX_COLS) continue;
    moved.push([cellKey(nr, nc), cell]);
  }
  for (const [key, cell] of moved) ws.cells.set(key, cell);

  // Whole rows/columns also move heights/widths and row/column styles.
  if (fullSpan) {
    const shiftMap = <V>(map: Map<number, V>, start: number, end: number): void => {
      const entries = [...map].filter(([i]) => i >= start);
      for (const [i] of entries) map.delete(i);
      for (const [i, v] of entries) {
        if (!insert && i <= end) continue;
        const ni = i + delta;
        if (ni >= 0) map.set(ni, v);
      }
    };
    if (vertical) {
      shiftMap(ws.rowHeights, rect.r0, rect.r1);
      shiftMap(ws.rowStyles, rect.r0, rect.r1);
    } else {
      shiftMap(ws.columnWidths, rect.c0, rect.c1);
      shiftMap(ws.columnStyles, rect.c0, rect.c1);
    }
  }

  // Conditional formats: shift ranges inside the band; drop ranges that were deleted entirely.
  for (const cf of ws.conditionalFormats) {
    cf.rects = cf.rects
      .filter((r) => insert || !rectContains(rect, r))
      .map((r) => {
        if (!rectContains(band, r)) return r;
        return vertical
          ? { ...r, r0: r.r0 + delta, r1: r.r1 + delta }
          : { ...r, c0: r.c0 + delta, c1: r.c1 + delta };
      });
  }
  ws.conditionalFormats = ws.conditionalFormats.filter((cf) => cf.rects.length > 0);
}

function sheetPrefixPattern(name: string): RegExp {
  const escapedQuoted = quoteSheetName(name)
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/^'/, "'");
  const plain = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}'`;
  void escapedQuoted;
  return new RegExp(`(^|[^\\w.'\\]])(?:${quoted}|${plain})!`, "gi");
}

function rewriteFormulas(wb: SimulatedWorkbook, rewrite: (formula: string) => string): void {
  for (const ws of wb.worksheets) {
    for (const cell of ws.cells.values()) {
      if (cell.formula) cell.formula = rewrite(cell.formula);
    }
    for (const cf of ws.conditionalFormats) {
      for (const k of ["formula1", "formula2", "formula"] as const) {
        const f = cf.rule[k];
        if (f) cf.rule[k] = rewrite(f);
      }
    }
  }
  for (const n of wb.names) n.formula = rewrite(n.formula);
}

/** Updates references in formulas and names after a sheet rename, like Excel. */
export function renameSheetInFormulas(wb: SimulatedWorkbook, oldName: string, newName: string): void {
  const re = sheetPrefixPattern(oldName);
  const replacement = `${quoteSheetName(newName)}!`;
  rewriteFormulas(wb, (f) => f.replace(re, (_m, lead: string) => `${lead}${replacement}`));
}

/** Turns references to a deleted sheet into #REF!, like Excel. */
export function deleteSheetFromFormulas(wb: SimulatedWorkbook, name: string): void {
  const prefix = sheetPrefixPattern(name).source;
  const re = new RegExp(`${prefix}\\$?[A-Za-z]{0,3}\\$?\\d*(?::\\$?[A-Za-z]{0,3}\\$?\\d*)?`, "gi");
  rewriteFormulas(wb, (f) => f.replace(re, (_m, lead: string) => `${lead}#REF!`));
}
