/** Applying and reading cell formatting over ranges (including whole rows, columns and sheets). */
import { type CellRect, isEntireColumns, isEntireRows, rectArea } from "./address";
import { type BorderData, type CellEdge, type CellStyle, type SimulatedWorksheet } from "./model";

function patchStyle(style: CellStyle | undefined, patch: CellStyle): CellStyle {
  const next: CellStyle = { ...style };
  for (const [k, v] of Object.entries(patch) as Array<[keyof CellStyle, unknown]>) {
    if (v === undefined) delete next[k];
    else if (k === "borders") next.borders = { ...next.borders, ...(v as CellStyle["borders"]) };
    else (next as Record<string, unknown>)[k] = v;
  }
  return next;
}

function patchCell(ws: SimulatedWorksheet, row: number, col: number, patch: CellStyle): void {
  const cell = ws.ensureCell(row, col);
  cell.style = patchStyle(cell.style, patch);
  ws.pruneCell(row, col);
}

/** Applies `patch` to every cell of `rect`. Whole rows/columns/sheets are stored efficiently. */
export function applyStyle(ws: SimulatedWorksheet, rect: CellRect, patch: CellStyle): void {
  const cols = isEntireColumns(rect);
  const rows = isEntireRows(rect);
  if (cols && rows) {
    ws.sheetStyle = patchStyle(ws.sheetStyle, patch);
    for (const [c, s] of ws.columnStyles) ws.columnStyles.set(c, patchStyle(s, patch));
    for (const [r, s] of ws.rowStyles) ws.rowStyles.set(r, patchStyle(s, patch));
    for (const cell of ws.cells.values()) if (cell.style) cell.style = patchStyle(cell.style, patch);
    return;
  }
  if (cols) {
    for (let c = rect.c0; c <= rect.c1; c++)
      ws.columnStyles.set(c, patchStyle(ws.columnStyles.get(c), patch));
    for (const r of ws.rowStyles.keys()) for (let c = rect.c0; c <= rect.c1; c++) patchCell(ws, r, c, patch);
    ws.forEachCellIn(rect, (cell) => {
      cell.style = patchStyle(cell.style, patch);
    });
    return;
  }
  if (rows) {
    for (let r = rect.r0; r <= rect.r1; r++) ws.rowStyles.set(r, patchStyle(ws.rowStyles.get(r), patch));
    ws.forEachCellIn(rect, (cell) => {
      cell.style = patchStyle(cell.style, patch);
    });
    return;
  }
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) patchCell(ws, r, c, patch);
  }
}

/** Removes all formatting from `rect` (Range.clear("Formats")). */
export function clearStyle(ws: SimulatedWorksheet, rect: CellRect): void {
  const cols = isEntireColumns(rect);
  const rows = isEntireRows(rect);
  if (cols && rows) ws.sheetStyle = {};
  if (cols) for (let c = rect.c0; c <= rect.c1; c++) ws.columnStyles.delete(c);
  if (rows) for (let r = rect.r0; r <= rect.r1; r++) ws.rowStyles.delete(r);
  const keys: Array<[number, number]> = [];
  ws.forEachCellIn(rect, (cell, r, c) => {
    delete cell.style;
    keys.push([r, c]);
  });
  for (const [r, c] of keys) ws.pruneCell(r, c);
  // Cells that inherit a row/column/sheet style get an explicit "default" style so they read as cleared.
  const inherited =
    Object.keys(ws.sheetStyle).length > 0 || ws.columnStyles.size > 0 || ws.rowStyles.size > 0;
  if (inherited && !cols && !rows && rectArea(rect) <= 1_000_000) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const eff = ws.effectiveStyle(r, c);
        if (Object.keys(eff).length > 0) {
          const cell = ws.ensureCell(r, c);
          cell.style = {
            numberFormat: "General",
            bold: false,
            italic: false,
            underline: "None",
            fontColor: "#000000",
            fontSize: 11,
            fontName: "Calibri",
            fill: null,
            horizontalAlignment: "General",
            verticalAlignment: "Bottom",
            wrapText: false,
            indentLevel: 0,
            borders: {},
          };
        }
      }
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "object" && typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/** The value of a style property if it is the same for every cell of `rect`, else null. */
export function readUniform<T>(
  ws: SimulatedWorksheet,
  rect: CellRect,
  pick: (style: CellStyle) => T,
): T | null {
  let first: { v: T } | undefined;
  let same = true;
  const visit = (style: CellStyle): boolean => {
    const v = pick(style);
    if (!first) first = { v };
    else if (!sameValue(v, first.v)) same = false;
    return same;
  };
  if (rectArea(rect) <= 20000) {
    for (let r = rect.r0; r <= rect.r1 && same; r++) {
      for (let c = rect.c0; c <= rect.c1 && same; c++) visit(ws.effectiveStyle(r, c));
    }
  } else {
    ws.forEachCellIn(rect, (_cell, r, c) => {
      if (same) visit(ws.effectiveStyle(r, c));
    });
    // Empty cells: sheet + column (+ row) styles.
    for (let c = rect.c0; c <= rect.c1 && same; c++) {
      visit({ ...ws.sheetStyle, ...ws.columnStyles.get(c) });
    }
    for (const [r, rs] of ws.rowStyles) {
      if (!same) break;
      if (r >= rect.r0 && r <= rect.r1) visit({ ...ws.sheetStyle, ...ws.columnStyles.get(rect.c0), ...rs });
    }
  }
  return same && first ? first.v : null;
}

export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;

export type BorderIndexName = (typeof BORDER_INDEXES)[number];

export const NO_BORDER: BorderData = { style: "None", color: "#000000", weight: "Thin" };

/** The cells and the cell edge a border index refers to, within `rect`. */
function borderTargets(rect: CellRect, index: BorderIndexName): Array<{ rect: CellRect; edge: CellEdge }> {
  switch (index) {
    case "EdgeTop":
      return [{ rect: { ...rect, r1: rect.r0 }, edge: "EdgeTop" }];
    case "EdgeBottom":
      return [{ rect: { ...rect, r0: rect.r1 }, edge: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ rect: { ...rect, c1: rect.c0 }, edge: "EdgeLeft" }];
    case "EdgeRight":
      return [{ rect: { ...rect, c0: rect.c1 }, edge: "EdgeRight" }];
    case "InsideHorizontal":
      if (rect.r0 === rect.r1) return [];
      return [
        { rect: { ...rect, r1: rect.r1 - 1 }, edge: "EdgeBottom" },
        { rect: { ...rect, r0: rect.r0 + 1 }, edge: "EdgeTop" },
      ];
    case "InsideVertical":
      if (rect.c0 === rect.c1) return [];
      return [
        { rect: { ...rect, c1: rect.c1 - 1 }, edge: "EdgeRight" },
        { rect: { ...rect, c0: rect.c0 + 1 }, edge: "EdgeLeft" },
      ];
    default:
      return [{ rect, edge: index }];
  }
}

export function applyBorder(
  ws: SimulatedWorksheet,
  rect: CellRect,
  index: BorderIndexName,
  patch: Partial<BorderData>,
): void {
  for (const target of borderTargets(rect, index)) {
    const current = readUniform(ws, target.rect, (s) => s.borders?.[target.edge] ?? null);
    const base = current ?? { ...NO_BORDER };
    const next: BorderData = { ...base, ...patch };
    if (patch.style && patch.style !== "None" && base.style === "None") {
      next.weight = patch.weight ?? "Thin";
      next.color = patch.color ?? base.color;
    }
    applyStyle(ws, target.rect, { borders: { [target.edge]: next } });
  }
}

export function readBorder(
  ws: SimulatedWorksheet,
  rect: CellRect,
  index: BorderIndexName,
): BorderData | null {
  const targets = borderTargets(rect, index);
  if (targets.length === 0) return { ...NO_BORDER };
  let result: BorderData | null | undefined;
  for (const target of targets) {
    const v = readUniform(ws, target.rect, (s) => s.borders?.[target.edge] ?? NO_BORDER);
    if (v === null) return null;
    if (result === undefined) result = v;
    else if (!sameValue(result, v)) return null;
  }
  return result ?? null;
}
