/** Worksheet and WorksheetCollection proxies. */
import { MAX_COLS, MAX_ROWS, parseAddress } from "./address";
import { SimCollection, SimClientObject, defineClass } from "./client-object";
import type { SimClientResult } from "./client-result";
import { ChartCollectionProxy } from "./chart";
import { normalizeColor } from "./colors";
import { SimErrorCodes, fail, invalidArgument, itemNotFound } from "./errors";
import type { SimulatedWorkbook, SimulatedWorksheet } from "./model";
import {
  FreezePanesProxy,
  PageBreakCollectionProxy,
  PageLayoutProxy,
  WorksheetProtectionProxy,
} from "./page-layout";
import { RangeProxy, type RangeTarget, resolveAddress } from "./range";
import { deleteSheetFromFormulas, renameSheetInFormulas } from "./sheet-ops";
import { TableCollectionProxy } from "./table";
import { validateBoolean, validateEnum, validateInteger, validateSheetName } from "./validation";
import { NamedItemCollectionProxy } from "./names";

const VISIBILITY = ["Visible", "Hidden", "VeryHidden"] as const;

function visibleSheets(wb: SimulatedWorkbook): SimulatedWorksheet[] {
  return wb.worksheets.filter((ws) => ws.visibility === "Visible");
}

function activateNeighbour(ws: SimulatedWorksheet): void {
  const wb = ws.workbook;
  if (wb.activeSheetId !== ws.id) return;
  const list = wb.worksheets;
  const idx = list.indexOf(ws);
  const next =
    list.slice(idx + 1).find((s) => s.visibility === "Visible" && s !== ws) ??
    [...list.slice(0, idx)].reverse().find((s) => s.visibility === "Visible" && s !== ws);
  wb.activeSheetId = next ? next.id : null;
  if (wb.selection?.sheetId === ws.id) wb.selection = null;
}

export class WorksheetProxy extends SimClientObject<SimulatedWorksheet> {
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: string;
  declare tabColor: string;
  declare showGridlines: boolean;
  declare readonly standardHeight: number;
  declare standardWidth: number;

  private _range(
    member: string,
    args: unknown[],
    compute: (ws: SimulatedWorksheet) => RangeTarget | null,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      this._path(member, args),
      () => {
        const ws = this._ref();
        return ws ? compute(ws) : null;
      },
      { location: `Worksheet.${member}`, args },
    );
  }

  get tables(): TableCollectionProxy {
    return this._child(
      "tables",
      () => new TableCollectionProxy(this.context, this._path("tables"), () => this._ref()),
    );
  }

  get charts(): ChartCollectionProxy {
    return this._child(
      "charts",
      () => new ChartCollectionProxy(this.context, this._path("charts"), () => this._ref()),
    );
  }

  get names(): NamedItemCollectionProxy {
    return this._child(
      "names",
      () => new NamedItemCollectionProxy(this.context, this._path("names"), () => this._ref()),
    );
  }

  get pageLayout(): PageLayoutProxy {
    return this._child(
      "pageLayout",
      () => new PageLayoutProxy(this.context, this._path("pageLayout"), () => this._ref()),
    );
  }

  get horizontalPageBreaks(): PageBreakCollectionProxy {
    return this._child(
      "horizontalPageBreaks",
      () => new PageBreakCollectionProxy(this.context, this._path("horizontalPageBreaks"), () => this._ref()),
    );
  }

  get freezePanes(): FreezePanesProxy {
    return this._child(
      "freezePanes",
      () => new FreezePanesProxy(this.context, this._path("freezePanes"), () => this._ref()),
    );
  }

  get protection(): WorksheetProtectionProxy {
    return this._child(
      "protection",
      () => new WorksheetProtectionProxy(this.context, this._path("protection"), () => this._ref()),
    );
  }

  getRange(address?: string): RangeProxy {
    return this._range("getRange", address === undefined ? [] : [address], (ws) => {
      if (address === undefined || address === null || address === "") {
        return { sheet: ws, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      }
      if (typeof address !== "string") return invalidArgument("The address must be a string.");
      return resolveAddress(address, ws.workbook, ws);
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this._range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (ws) => {
      validateInteger(startRow, "startRow", 0, MAX_ROWS - 1);
      validateInteger(startColumn, "startColumn", 0, MAX_COLS - 1);
      validateInteger(rowCount, "rowCount", 1, MAX_ROWS - startRow);
      validateInteger(columnCount, "columnCount", 1, MAX_COLS - startColumn);
      return {
        sheet: ws,
        rect: {
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        },
      };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range("getCell", [row, column], (ws) => {
      validateInteger(row, "row", 0, MAX_ROWS - 1);
      validateInteger(column, "column", 0, MAX_COLS - 1);
      return { sheet: ws, rect: { r0: row, c0: column, r1: row, c1: column } };
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._range("getUsedRange", [valuesOnly], (ws) => ({
      sheet: ws,
      rect: ws.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._range("getUsedRangeOrNullObject", [valuesOnly], (ws) => {
      const rect = ws.usedRect(valuesOnly);
      return rect ? { sheet: ws, rect } : null;
    });
  }

  activate(): void {
    this._op("activate", [], (ws) => {
      if (ws.visibility !== "Visible")
        fail(SimErrorCodes.invalidOperation, `The hidden worksheet '${ws.name}' can't be activated.`);
      ws.workbook.activeSheetId = ws.id;
      ws.workbook.selection = { sheetId: ws.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  delete(): void {
    this._op("delete", [], (ws) => {
      const wb = ws.workbook;
      const visible = visibleSheets(wb);
      if (ws.visibility === "Visible" && visible.length === 1) {
        fail(SimErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.");
      }
      activateNeighbour(ws);
      wb.worksheets.splice(wb.worksheets.indexOf(ws), 1);
      ws.deleted = true;
      for (const t of ws.tables) t.deleted = true;
      for (const c of ws.charts) c.deleted = true;
      wb.names = wb.names.filter((n) => {
        if (n.worksheet === ws) n.deleted = true;
        return n.worksheet !== ws;
      });
      deleteSheetFromFormulas(wb, ws.name);
    });
  }

  calculate(_markAllDirty?: boolean): void {
    this._op("calculate", [_markAllDirty], () => undefined);
  }

  private _sibling(member: string, step: 1 | -1, orNull: boolean, visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      this._path(member, visibleOnly === undefined ? [] : [visibleOnly]),
      () => {
        const ws = this._ref();
        if (!ws) return null;
        const list = ws.workbook.worksheets.filter(
          (s) => !visibleOnly || s.visibility === "Visible" || s === ws,
        );
        const found = list[list.indexOf(ws) + step];
        if (!found && !orNull) itemNotFound(`There is no ${step > 0 ? "next" : "previous"} worksheet.`);
        return found ?? null;
      },
      { location: `Worksheet.${member}`, args: visibleOnly === undefined ? [] : [visibleOnly] },
    );
  }

  getNext(visibleOnly?: boolean): WorksheetProxy {
    return this._sibling("getNext", 1, false, visibleOnly);
  }

  getNextOrNullObject(visibleOnly?: boolean): WorksheetProxy {
    return this._sibling("getNextOrNullObject", 1, true, visibleOnly);
  }

  getPrevious(visibleOnly?: boolean): WorksheetProxy {
    return this._sibling("getPrevious", -1, false, visibleOnly);
  }

  getPreviousOrNullObject(visibleOnly?: boolean): WorksheetProxy {
    return this._sibling("getPreviousOrNullObject", -1, true, visibleOnly);
  }
}

defineClass<SimulatedWorksheet>(
  WorksheetProxy,
  "Worksheet",
  {
    id: { get: (ws) => ws.id },
    name: {
      get: (ws) => ws.name,
      set: (ws, v) => {
        const name = validateSheetName(ws.workbook, v, ws);
        if (name === ws.name) return;
        const old = ws.name;
        ws.name = name;
        renameSheetInFormulas(ws.workbook, old, name);
      },
    },
    position: {
      get: (ws) => ws.position,
      set: (ws, v) => {
        const list = ws.workbook.worksheets;
        const pos = validateInteger(v, "position", 0, list.length - 1);
        list.splice(list.indexOf(ws), 1);
        list.splice(pos, 0, ws);
      },
    },
    visibility: {
      get: (ws) => ws.visibility,
      set: (ws, v) => {
        const vis = validateEnum(v, VISIBILITY, "sheet visibility");
        if (vis !== "Visible" && ws.visibility === "Visible" && visibleSheets(ws.workbook).length === 1) {
          fail(SimErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.");
        }
        if (vis !== "Visible") activateNeighbour(ws);
        ws.visibility = vis;
      },
    },
    tabColor: {
      get: (ws) => ws.tabColor,
      set: (ws, v) => {
        ws.tabColor = v === "" || v === null ? "" : normalizeColor(v);
      },
    },
    showGridlines: {
      get: (ws) => ws.showGridlines,
      set: (ws, v) => {
        ws.showGridlines = validateBoolean(v, "showGridlines");
      },
    },
    standardHeight: { get: (ws) => ws.defaultRowHeight },
    standardWidth: {
      get: (ws) => Math.round(((ws.defaultColumnWidth / 0.75 - 5) / 7) * 100) / 100,
      set: (ws, v) => {
        const chars = validateInteger(Math.round(v as number), "standardWidth", 0, 255);
        ws.defaultColumnWidth = (chars * 7 + 5) * 0.75;
      },
    },
  },
  ["tables", "charts", "names", "pageLayout", "horizontalPageBreaks", "freezePanes", "protection"],
);

export class WorksheetCollectionProxy extends SimCollection<SimulatedWorkbook, WorksheetProxy> {
  protected _listItems(wb: SimulatedWorkbook): unknown[] {
    return [...wb.worksheets];
  }

  protected _wrapItem(item: unknown): WorksheetProxy {
    const ws = item as SimulatedWorksheet;
    return new WorksheetProxy(this.context, `${this._simPath}.getItem(${JSON.stringify(ws.id)})`, () => ws);
  }

  private _sheet(
    member: string,
    args: unknown[],
    find: (wb: SimulatedWorkbook) => SimulatedWorksheet | null,
  ): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      this._path(member, args),
      () => {
        const wb = this._ref();
        return wb ? find(wb) : null;
      },
      { location: `WorksheetCollection.${member}`, args },
    );
  }

  getItem(key: string): WorksheetProxy {
    return this._sheet("getItem", [key], (wb) => {
      if (typeof key !== "string") return invalidArgument("The worksheet key must be a string.");
      return (
        wb.findWorksheet(key) ??
        itemNotFound(`The requested resource doesn't exist. (Worksheet '${key}' not found.)`)
      );
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._sheet("getItemOrNullObject", [key], (wb) =>
      typeof key === "string" ? (wb.findWorksheet(key) ?? null) : null,
    );
  }

  add(name?: string): WorksheetProxy {
    return this._sheet("add", name === undefined ? [] : [name], (wb) => {
      let sheetName = name;
      if (sheetName === undefined || sheetName === null) {
        let n = wb.worksheets.length + 1;
        while (wb.findWorksheet(`Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      validateSheetName(wb, sheetName);
      return wb.addWorksheet(sheetName);
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._sheet(
      "getActiveWorksheet",
      [],
      (wb) => wb.activeWorksheet ?? itemNotFound("There is no active worksheet."),
    );
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return this._sheet("getFirst", [visibleOnly], (wb) => {
      const list = visibleOnly ? visibleSheets(wb) : wb.worksheets;
      return list[0] ?? itemNotFound("The workbook has no worksheets.");
    });
  }

  getLast(visibleOnly = false): WorksheetProxy {
    return this._sheet("getLast", [visibleOnly], (wb) => {
      const list = visibleOnly ? visibleSheets(wb) : wb.worksheets;
      return list[list.length - 1] ?? itemNotFound("The workbook has no worksheets.");
    });
  }

  getCount(visibleOnly = false): SimClientResult<number> {
    return this._resultOp("getCount", [visibleOnly], (wb) =>
      visibleOnly ? visibleSheets(wb).length : wb.worksheets.length,
    );
  }
}

defineClass<SimulatedWorkbook>(WorksheetCollectionProxy, "WorksheetCollection", {});

/** Address check used by page layout and freeze panes: a Range or an address on the same sheet. */
export function rangeOnSheet(ws: SimulatedWorksheet, arg: unknown): RangeTarget {
  if (arg instanceof RangeProxy) {
    const t = arg._ref();
    if (!t) return itemNotFound("The range is a null object.");
    if (t.sheet !== ws) return invalidArgument("The range must be on the same worksheet.");
    return t;
  }
  if (typeof arg === "string") {
    const parsed = parseAddress(arg);
    if (!parsed) return invalidArgument(`The address '${arg}' is not valid.`);
    if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== ws.name.toLowerCase()) {
      return invalidArgument("The range must be on the same worksheet.");
    }
    return { sheet: ws, rect: parsed.rect };
  }
  return invalidArgument("Expected a Range or an address.");
}
