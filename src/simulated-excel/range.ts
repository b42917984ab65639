/** The Range proxy. */
import {
  type CellRect,
  MAX_COLS,
  MAX_ROWS,
  boundingRect,
  isEntireColumns,
  isEntireRows,
  parseAddress,
  qualifiedAddress,
  rectArea,
  rectInBounds,
  rectIntersection,
  rectsIntersect,
} from "./address";
import {
  apiFormula,
  apiText,
  apiValue,
  apiValueType,
  checkInputElement,
  checkMatrix,
  checkWritable,
  clearContents,
  normalizeTableHeaders,
  writeInput,
} from "./cells";
import { type InstantiateSpec, type LoadSpec, SimClientObject, defineClass } from "./client-object";
import type { SimRequestContext, SyncTransaction } from "./context";
import { ConditionalFormatCollectionProxy } from "./conditional-format";
import { SimErrorCodes, fail, invalidArgument, itemNotFound } from "./errors";
import type { HyperlinkData, SimulatedWorkbook, SimulatedWorksheet } from "./model";
import { RangeFormatProxy } from "./range-format";
import { type ShiftDirection, shiftCells } from "./sheet-ops";
import { applyStyle, clearStyle } from "./styles";
import { validateEnum, validateInteger } from "./validation";
import { WorksheetProxy } from "./worksheet";

export interface RangeTarget {
  sheet: SimulatedWorksheet;
  rect: CellRect;
}

/** Resolves a Range proxy or an address string (optionally sheet-qualified or a defined name). */
export function resolveRangeArg(
  arg: unknown,
  wb: SimulatedWorkbook,
  defaultSheet: SimulatedWorksheet | undefined,
): RangeTarget {
  if (arg instanceof RangeProxy) {
    const t = arg._ref();
    if (!t) return itemNotFound("The range argument is a null object.");
    return t;
  }
  if (typeof arg === "string") return resolveAddress(arg, wb, defaultSheet);
  return invalidArgument("Expected a Range object or an address string.");
}

export function resolveAddress(
  address: string,
  wb: SimulatedWorkbook,
  sheet: SimulatedWorksheet | undefined,
): RangeTarget {
  const parsed = parseAddress(address);
  if (parsed) {
    let target = sheet;
    if (parsed.sheetName !== undefined) {
      target = wb.findWorksheet(parsed.sheetName);
      if (!target)
        return itemNotFound(`The worksheet '${parsed.sheetName}' in the address '${address}' doesn't exist.`);
      if (sheet && target !== sheet) {
        return invalidArgument(`The address '${address}' refers to another worksheet than '${sheet.name}'.`);
      }
    }
    if (!target) return invalidArgument(`The address '${address}' must be sheet-qualified.`);
    return { sheet: target, rect: parsed.rect };
  }
  const name = wb.names.find(
    (n) => n.name.toLowerCase() === address.toLowerCase() && (!n.worksheet || n.worksheet === sheet),
  );
  if (name) {
    const ref = parseAddress(name.formula.replace(/^=/, ""));
    if (ref && ref.sheetName !== undefined) {
      const ws = wb.findWorksheet(ref.sheetName);
      if (ws) return { sheet: ws, rect: ref.rect };
    }
  }
  return invalidArgument(`The address '${address}' is not valid.`);
}

function matrix<T>(t: RangeTarget, cell: (ws: SimulatedWorksheet, r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: T[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(cell(t.sheet, r, c));
    out.push(row);
  }
  return out;
}

function rows(t: RangeTarget): number {
  return t.rect.r1 - t.rect.r0 + 1;
}

function cols(t: RangeTarget): number {
  return t.rect.c1 - t.rect.c0 + 1;
}

function writeMatrix(t: RangeTarget, value: unknown, what: string): void {
  const m = checkMatrix(value, rows(t), cols(t), what);
  for (const row of m) for (const v of row) checkInputElement(v);
  if (t.sheet.protection.protected) {
    // Check every target cell first: a rejected write changes nothing.
    for (let i = 0; i < m.length; i++) {
      for (let j = 0; j < m[i].length; j++) {
        if (m[i][j] !== null && m[i][j] !== undefined) checkWritable(t.sheet, t.rect.r0 + i, t.rect.c0 + j);
      }
    }
  }
  for (let i = 0; i < m.length; i++) {
    for (let j = 0; j < m[i].length; j++) writeInput(t.sheet, t.rect.r0 + i, t.rect.c0 + j, m[i][j]);
  }
  normalizeTableHeaders(t.sheet, t.rect);
}

function writeNumberFormat(t: RangeTarget, value: unknown): void {
  const m = checkMatrix(value, rows(t), cols(t), "numberFormat");
  for (const row of m) {
    for (const v of row) {
      if (v !== null && v !== undefined && typeof v !== "string")
        invalidArgument("A number format must be a string.");
    }
  }
  for (let i = 0; i < m.length; i++) {
    for (let j = 0; j < m[i].length; j++) {
      const v = m[i][j];
      if (typeof v !== "string") continue;
      const r = t.rect.r0 + i;
      const c = t.rect.c0 + j;
      applyStyle(t.sheet, { r0: r, r1: r, c0: c, c1: c }, { numberFormat: v === "" ? "General" : v });
    }
  }
}

function readHyperlink(t: RangeTarget): HyperlinkData | null {
  const cell = t.sheet.getCell(t.rect.r0, t.rect.c0);
  return cell?.hyperlink ? { ...cell.hyperlink } : null;
}

function writeHyperlink(t: RangeTarget, link: unknown): void {
  if (link === null || link === undefined) {
    t.sheet.forEachCellIn(t.rect, (cell) => delete cell.hyperlink);
    return;
  }
  if (typeof link !== "object") invalidArgument("The hyperlink must be an object.");
  const l = link as HyperlinkData;
  for (const k of Object.keys(l)) {
    if (!["address", "documentReference", "screenTip", "textToDisplay"].includes(k)) {
      invalidArgument(`'${k}' isn't a property of a hyperlink.`);
    }
    const v = (l as Record<string, unknown>)[k];
    if (v !== undefined && v !== null && typeof v !== "string")
      invalidArgument(`The hyperlink's ${k} must be a string.`);
  }
  if (!l.address && !l.documentReference) {
    invalidArgument("A hyperlink needs an address or a documentReference.");
  }
  if (rectArea(t.rect) > 100000) invalidArgument("The range is too large for a hyperlink.");
  const data: HyperlinkData = {};
  if (l.address) data.address = l.address;
  if (l.documentReference) data.documentReference = l.documentReference.replace(/^#/, "");
  if (l.screenTip) data.screenTip = l.screenTip;
  if (l.textToDisplay !== undefined && l.textToDisplay !== null) data.textToDisplay = l.textToDisplay;
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const cell = t.sheet.ensureCell(r, c);
      cell.hyperlink = { ...data };
      if (data.textToDisplay !== undefined) {
        clearContents(cell);
        cell.value = data.textToDisplay === "" ? null : data.textToDisplay;
      } else if (cell.value === null && !cell.formula) {
        cell.value = data.address ?? data.documentReference ?? null;
      }
    }
  }
}

function hiddenState(set: Set<number>, from: number, to: number): boolean | null {
  let hidden = 0;
  for (let i = from; i <= to; i++) if (set.has(i)) hidden++;
  const total = to - from + 1;
  return hidden === 0 ? false : hidden === total ? true : null;
}

function setHidden(set: Set<number>, from: number, to: number, hidden: unknown): void {
  if (typeof hidden !== "boolean") invalidArgument("Expected true or false.");
  for (let i = from; i <= to; i++) {
    if (hidden) set.add(i);
    else set.delete(i);
  }
}

const MATRIX_PROPS = new Set([
  "values",
  "text",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "valueTypes",
]);

export class RangeProxy extends SimClientObject<RangeTarget> {
  declare values: unknown[][];
  declare readonly text: string[][];
  declare formulas: unknown[][];
  declare formulasLocal: unknown[][];
  declare numberFormat: unknown[][];
  declare numberFormatLocal: unknown[][];
  declare readonly valueTypes: string[][];
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly cellCount: number;
  declare hyperlink: HyperlinkData;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  declare columnHidden: boolean;
  declare rowHidden: boolean;
  declare readonly hidden: boolean;
  declare readonly left: number;
  declare readonly top: number;
  declare readonly width: number;
  declare readonly height: number;

  constructor(
    context: SimRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    instantiate?: InstantiateSpec,
  ) {
    super(context, path, resolver, instantiate);
  }

  protected override _isAlive(target: RangeTarget): boolean {
    return !target.sheet.deleted;
  }

  override _executeLoad(spec: LoadSpec, tx: SyncTransaction): void {
    const target = this._ref();
    if (target && (spec.all || [...spec.props].some((p) => MATRIX_PROPS.has(p)))) {
      // Every cell costs at least a few bytes in the response; refuse what can't fit.
      if (rectArea(target.rect) * 3 > this.context._engine.maxPayloadBytes) {
        fail(
          SimErrorCodes.responsePayloadSizeLimitExceeded,
          `The response payload size has exceeded the limit (loading cell data of ${rectArea(target.rect)} cells).`,
        );
      }
    }
    super._executeLoad(spec, tx);
  }

  /** A range derived from this one at sync time. */
  private _derive(
    member: string,
    args: unknown[],
    compute: (t: RangeTarget) => RangeTarget | null,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      this._path(member, args),
      () => {
        const t = this._ref();
        if (t === null) return null;
        const next = compute(t);
        if (next && !rectInBounds(next.rect))
          invalidArgument(`${member}: the resulting range is outside the worksheet.`);
        return next;
      },
      { location: `Range.${member}`, args },
    );
  }

  private _otherArg(other: unknown): unknown {
    this._sameContext(other);
    return other;
  }

  get format(): RangeFormatProxy {
    return this._child(
      "format",
      () => new RangeFormatProxy(this.context, this._path("format"), () => this._ref()),
    );
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._child(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollectionProxy(this.context, this._path("conditionalFormats"), () =>
          this._ref(),
        ),
    );
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      "worksheet",
      () =>
        new WorksheetProxy(this.context, this._path("worksheet"), () => {
          const t = this._ref();
          return t ? t.sheet : null;
        }),
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derive("getCell", [row, column], (t) => {
      validateInteger(row, "row index", 0);
      validateInteger(column, "column index", 0);
      const r = t.rect.r0 + row;
      const c = t.rect.c0 + column;
      return { sheet: t.sheet, rect: { r0: r, r1: r, c0: c, c1: c } };
    });
  }

  getRow(row: number): RangeProxy {
    return this._derive("getRow", [row], (t) => {
      validateInteger(row, "row index", 0);
      const r = t.rect.r0 + row;
      return { sheet: t.sheet, rect: { ...t.rect, r0: r, r1: r } };
    });
  }

  getColumn(column: number): RangeProxy {
    return this._derive("getColumn", [column], (t) => {
      validateInteger(column, "column index", 0);
      const c = t.rect.c0 + column;
      return { sheet: t.sheet, rect: { ...t.rect, c0: c, c1: c } };
    });
  }

  getEntireColumn(): RangeProxy {
    return this._derive("getEntireColumn", [], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, r0: 0, r1: MAX_ROWS - 1 },
    }));
  }

  getEntireRow(): RangeProxy {
    return this._derive("getEntireRow", [], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, c0: 0, c1: MAX_COLS - 1 },
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive("getResizedRange", [deltaRows, deltaColumns], (t) => {
      validateInteger(deltaRows, "deltaRows");
      validateInteger(deltaColumns, "deltaColumns");
      const rect = { ...t.rect, r1: t.rect.r1 + deltaRows, c1: t.rect.c1 + deltaColumns };
      if (rect.r1 < rect.r0 || rect.c1 < rect.c0)
        invalidArgument("getResizedRange: the range would be empty.");
      return { sheet: t.sheet, rect };
    });
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this._derive("getAbsoluteResizedRange", [numRows, numColumns], (t) => {
      validateInteger(numRows, "numRows", 1);
      validateInteger(numColumns, "numColumns", 1);
      return {
        sheet: t.sheet,
        rect: { r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0 + numRows - 1, c1: t.rect.c0 + numColumns - 1 },
      };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], (t) => {
      validateInteger(rowOffset, "rowOffset");
      validateInteger(columnOffset, "columnOffset");
      return {
        sheet: t.sheet,
        rect: {
          r0: t.rect.r0 + rowOffset,
          r1: t.rect.r1 + rowOffset,
          c0: t.rect.c0 + columnOffset,
          c1: t.rect.c1 + columnOffset,
        },
      };
    });
  }

  getRowsAbove(count = 1): RangeProxy {
    return this._derive("getRowsAbove", [count], (t) => {
      validateInteger(count, "count", 1);
      return { sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r0 - count, r1: t.rect.r0 - 1 } };
    });
  }

  getRowsBelow(count = 1): RangeProxy {
    return this._derive("getRowsBelow", [count], (t) => {
      validateInteger(count, "count", 1);
      return { sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r1 + 1, r1: t.rect.r1 + count } };
    });
  }

  getColumnsBefore(count = 1): RangeProxy {
    return this._derive("getColumnsBefore", [count], (t) => {
      validateInteger(count, "count", 1);
      return { sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c0 - count, c1: t.rect.c0 - 1 } };
    });
  }

  getColumnsAfter(count = 1): RangeProxy {
    return this._derive("getColumnsAfter", [count], (t) => {
      validateInteger(count, "count", 1);
      return { sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c1 + 1, c1: t.rect.c1 + count } };
    });
  }

  getLastRow(): RangeProxy {
    return this._derive("getLastRow", [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r1 } }));
  }

  getLastColumn(): RangeProxy {
    return this._derive("getLastColumn", [], (t) => ({ sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c1 } }));
  }

  getLastCell(): RangeProxy {
    return this._derive("getLastCell", [], (t) => ({
      sheet: t.sheet,
      rect: { r0: t.rect.r1, r1: t.rect.r1, c0: t.rect.c1, c1: t.rect.c1 },
    }));
  }

  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    const other = this._otherArg(anotherRange);
    return this._derive("getBoundingRect", [other], (t) => {
      const o = resolveRangeArg(other, t.sheet.workbook, t.sheet);
      if (o.sheet !== t.sheet) invalidArgument("The ranges are on different worksheets.");
      return { sheet: t.sheet, rect: boundingRect(t.rect, o.rect) };
    });
  }

  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    const other = this._otherArg(anotherRange);
    return this._derive("getIntersection", [other], (t) => {
      const o = resolveRangeArg(other, t.sheet.workbook, t.sheet);
      const rect = o.sheet === t.sheet ? rectIntersection(t.rect, o.rect) : null;
      if (!rect) return itemNotFound("The ranges don't intersect.");
      return { sheet: t.sheet, rect };
    });
  }

  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    const other = this._otherArg(anotherRange);
    return this._derive("getIntersectionOrNullObject", [other], (t) => {
      const o = resolveRangeArg(other, t.sheet.workbook, t.sheet);
      const rect = o.sheet === t.sheet ? rectIntersection(t.rect, o.rect) : null;
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._derive("getUsedRange", [valuesOnly], (t) => {
      const used = t.sheet.usedRect(valuesOnly);
      const rect = used ? rectIntersection(t.rect, used) : null;
      if (!rect) return itemNotFound("The range doesn't contain any used cells.");
      return { sheet: t.sheet, rect };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._derive("getUsedRangeOrNullObject", [valuesOnly], (t) => {
      const used = t.sheet.usedRect(valuesOnly);
      const rect = used ? rectIntersection(t.rect, used) : null;
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  /** The contiguous block of non-empty cells around the range (Ctrl+Shift+8). */
  getSurroundingRegion(): RangeProxy {
    return this._derive("getSurroundingRegion", [], (t) => {
      const ws = t.sheet;
      const rect = { ...t.rect };
      const filled = (r: number, c: number): boolean => {
        const cell = ws.getCell(r, c);
        return !!cell && (cell.value !== null || !!cell.formula);
      };
      const anyIn = (r0: number, r1: number, c0: number, c1: number): boolean => {
        for (let r = Math.max(0, r0); r <= Math.min(MAX_ROWS - 1, r1); r++) {
          for (let c = Math.max(0, c0); c <= Math.min(MAX_COLS - 1, c1); c++) if (filled(r, c)) return true;
        }
        return false;
      };
      for (let changed = true; changed;) {
        changed = false;
        if (rect.r0 > 0 && anyIn(rect.r0 - 1, rect.r0 - 1, rect.c0 - 1, rect.c1 + 1)) {
          rect.r0--;
          changed = true;
        }
        if (rect.r1 < MAX_ROWS - 1 && anyIn(rect.r1 + 1, rect.r1 + 1, rect.c0 - 1, rect.c1 + 1)) {
          rect.r1++;
          changed = true;
        }
        if (rect.c0 > 0 && anyIn(rect.r0 - 1, rect.r1 + 1, rect.c0 - 1, rect.c0 - 1)) {
          rect.c0--;
          changed = true;
        }
        if (rect.c1 < MAX_COLS - 1 && anyIn(rect.r0 - 1, rect.r1 + 1, rect.c1 + 1, rect.c1 + 1)) {
          rect.c1++;
          changed = true;
        }
      }
      return { sheet: ws, rect };
    });
  }

  insert(shift: "Down" | "Right" | string): RangeProxy {
    return this._derive("insert", [shift], (t) => {
      const dir = validateEnum(shift, ["Down", "Right"] as const, "insert shift direction");
      checkWholeShift(t, dir);
      shiftCells(t.sheet, t.rect, dir);
      return t;
    });
  }

  delete(shift: "Up" | "Left" | string): void {
    this._op("delete", [shift], (t) => {
      const dir = validateEnum(shift, ["Up", "Left"] as const, "delete shift direction");
      checkWholeShift(t, dir);
      shiftCells(t.sheet, t.rect, dir);
    });
  }

  clear(applyTo: string = "All"): void {
    this._op("clear", [applyTo], (t) => {
      const what = validateEnum(
        applyTo,
        ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"] as const,
        "clear type",
      );
      const ws = t.sheet;
      if (what === "All" || what === "Contents") {
        ws.forEachCellIn(t.rect, (cell) => clearContents(cell));
      }
      if (what === "All" || what === "Hyperlinks" || what === "RemoveHyperlinks") {
        ws.forEachCellIn(t.rect, (cell) => delete cell.hyperlink);
      }
      if (what === "All" || what === "Formats" || what === "RemoveHyperlinks") clearStyle(ws, t.rect);
      if (what === "All") {
        for (const cf of ws.conditionalFormats) {
          cf.rects = cf.rects.filter(
            (r) => !(rectIntersection(r, t.rect) && rectArea(rectIntersection(r, t.rect)!) === rectArea(r)),
          );
        }
        ws.conditionalFormats = ws.conditionalFormats.filter((cf) => cf.rects.length > 0);
      }
      const keys: Array<[number, number]> = [];
      ws.forEachCellIn(t.rect, (_c, r, c) => keys.push([r, c]));
      for (const [r, c] of keys) ws.pruneCell(r, c);
      normalizeTableHeaders(ws, t.rect);
    });
  }

  merge(across = false): void {
    this._op("merge", [across], (t) => {
      const ws = t.sheet;
      const table = ws.tables.find((tb) => rectsIntersect(tb.rect, t.rect));
      if (table) fail(SimErrorCodes.invalidOperation, `Cells in the table '${table.name}' can't be merged.`);
      ws.merges = ws.merges.filter((m) => !rectsIntersect(m, t.rect));
      const areas: CellRect[] = across
        ? Array.from({ length: rows(t) }, (_, i) => ({ ...t.rect, r0: t.rect.r0 + i, r1: t.rect.r0 + i }))
        : [t.rect];
      for (const area of areas) {
        if (rectArea(area) < 2) continue;
        ws.merges.push(area);
        // Only the top-left value survives.
        ws.forEachCellIn(area, (cell, r, c) => {
          if (r !== area.r0 || c !== area.c0) clearContents(cell);
        });
      }
    });
  }

  unmerge(): void {
    this._op("unmerge", [], (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !rectsIntersect(m, t.rect));
    });
  }

  select(): void {
    this._op("select", [], (t) => {
      if (t.sheet.visibility !== "Visible")
        fail(SimErrorCodes.invalidOperation, "A range on a hidden sheet can't be selected.");
      t.sheet.workbook.activeSheetId = t.sheet.id;
      t.sheet.workbook.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
    });
  }

  calculate(): void {
    this._op("calculate", [], () => undefined);
  }

  /** Copies values/formulas and formats (copyType "All" | "Values" | "Formats" | "Formulas"). */
  copyFrom(
    sourceRange: RangeProxy | string,
    copyType: string = "All",
    skipBlanks = false,
    transpose = false,
  ): void {
    const source = this._otherArg(sourceRange);
    this._op("copyFrom", [source, copyType, skipBlanks, transpose], (t) => {
      const type = validateEnum(copyType, ["All", "Formulas", "Values", "Formats"] as const, "copy type");
      const src = resolveRangeArg(source, t.sheet.workbook, undefined);
      if (transpose) fail(SimErrorCodes.notImplemented as never, "copyFrom with transpose isn't simulated.");
      const h = src.rect.r1 - src.rect.r0 + 1;
      const w = src.rect.c1 - src.rect.c0 + 1;
      const snapshot: Array<{ r: number; c: number; value: unknown; formula?: string; style?: object }> = [];
      for (let r = 0; r < h; r++) {
        for (let c = 0; c < w; c++) {
          const cell = src.sheet.getCell(src.rect.r0 + r, src.rect.c0 + c);
          const value =
            type === "Values" ? apiValue(src.sheet, src.rect.r0 + r, src.rect.c0 + c) : (cell?.value ?? null);
          snapshot.push({
            r,
            c,
            value,
            formula: type === "Values" ? undefined : cell?.formula,
            style: cell?.style,
          });
        }
      }
      for (const item of snapshot) {
        if (skipBlanks && (item.value === null || item.value === "") && !item.formula) continue;
        const r = t.rect.r0 + item.r;
        const c = t.rect.c0 + item.c;
        if (type !== "Formats") {
          writeInput(t.sheet, r, c, item.formula ?? (item.value === null ? "" : item.value));
        }
        if (type === "All" || type === "Formats") {
          const cell = t.sheet.ensureCell(r, c);
          cell.style = item.style ? JSON.parse(JSON.stringify(item.style)) : undefined;
          t.sheet.pruneCell(r, c);
        }
      }
      normalizeTableHeaders(t.sheet, { ...t.rect, r1: t.rect.r0 + h - 1, c1: t.rect.c0 + w - 1 });
    });
  }
}

function checkWholeShift(t: RangeTarget, dir: ShiftDirection): void {
  if (isEntireColumns(t.rect) && (dir === "Down" || dir === "Up")) {
    invalidArgument("Whole columns can only be shifted left or right.");
  }
  if (isEntireRows(t.rect) && (dir === "Right" || dir === "Left")) {
    invalidArgument("Whole rows can only be shifted up or down.");
  }
}

function leftOf(t: RangeTarget): number {
  return t.sheet.columnLeft(t.rect.c0);
}

function topOf(t: RangeTarget): number {
  return t.sheet.rowTop(t.rect.r0);
}

defineClass<RangeTarget>(
  RangeProxy,
  "Range",
  {
    address: { get: (t) => qualifiedAddress(t.sheet.name, t.rect) },
    addressLocal: { get: (t) => qualifiedAddress(t.sheet.name, t.rect) },
    cellCount: { get: (t) => rectArea(t.rect) },
    rowCount: { get: rows },
    columnCount: { get: cols },
    rowIndex: { get: (t) => t.rect.r0 },
    columnIndex: { get: (t) => t.rect.c0 },
    values: { get: (t) => matrix(t, apiValue), set: (t, v) => writeMatrix(t, v, "values") },
    text: { get: (t) => matrix(t, apiText) },
    formulas: { get: (t) => matrix(t, apiFormula), set: (t, v) => writeMatrix(t, v, "formulas") },
    formulasLocal: { get: (t) => matrix(t, apiFormula), set: (t, v) => writeMatrix(t, v, "formulasLocal") },
    numberFormat: {
      get: (t) => matrix(t, (ws, r, c) => ws.effectiveStyle(r, c).numberFormat ?? "General"),
      set: (t, v) => writeNumberFormat(t, v),
    },
    numberFormatLocal: {
      get: (t) => matrix(t, (ws, r, c) => ws.effectiveStyle(r, c).numberFormat ?? "General"),
      set: (t, v) => writeNumberFormat(t, v),
    },
    valueTypes: { get: (t) => matrix(t, apiValueType) },
    hyperlink: { get: readHyperlink, set: (t, v) => writeHyperlink(t, v) },
    isEntireColumn: { get: (t) => isEntireColumns(t.rect) },
    isEntireRow: { get: (t) => isEntireRows(t.rect) },
    columnHidden: {
      get: (t) => hiddenState(t.sheet.hiddenColumns, t.rect.c0, t.rect.c1),
      set: (t, v) => setHidden(t.sheet.hiddenColumns, t.rect.c0, t.rect.c1, v),
    },
    rowHidden: {
      get: (t) => hiddenState(t.sheet.hiddenRows, t.rect.r0, t.rect.r1),
      set: (t, v) => setHidden(t.sheet.hiddenRows, t.rect.r0, t.rect.r1, v),
    },
    hidden: {
      get: (t) =>
        hiddenState(t.sheet.hiddenColumns, t.rect.c0, t.rect.c1) === true ||
        hiddenState(t.sheet.hiddenRows, t.rect.r0, t.rect.r1) === true,
    },
    left: { get: leftOf, explicitOnly: true },
    top: { get: topOf, explicitOnly: true },
    width: {
      get: (t) => {
        let w = 0;
        for (let c = t.rect.c0; c <= Math.min(t.rect.c1, t.rect.c0 + 16383); c++) w += t.sheet.columnWidth(c);
        return w;
      },
      explicitOnly: true,
    },
    height: {
      get: (t) => {
        if (isEntireColumns(t.rect)) return MAX_ROWS * t.sheet.defaultRowHeight;
        let h = 0;
        for (let r = t.rect.r0; r <= t.rect.r1; r++) h += t.sheet.rowHeight(r);
        return h;
      },
      explicitOnly: true,
    },
  },
  ["format", "conditionalFormats", "worksheet"],
);
