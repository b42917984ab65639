/** Table and TableCollection proxies. */
import { type CellRect, parseAddress, rectArea } from "./address";
import { clearContents } from "./cells";
import { SimClientObject, SimCollection, defineClass } from "./client-object";
import type { SimClientResult } from "./client-result";
import { SimErrorCodes, fail, invalidArgument, itemNotFound } from "./errors";
import type { SimulatedWorkbook, SimulatedWorksheet, TableData } from "./model";
import { RangeProxy, type RangeTarget, resolveAddress } from "./range";
import { TableColumnCollectionProxy, TableRowCollectionProxy } from "./table-columns";
import { bodyRect, createTable, renameTable, setShowHeaders, setShowTotals } from "./table-ops";
import { validateBoolean, validateInteger, validateTableStyle } from "./validation";
import { WorksheetProxy } from "./worksheet";

export { createTable };

type TableOwner = SimulatedWorkbook | SimulatedWorksheet;

function ownerWorkbook(owner: TableOwner): SimulatedWorkbook {
  return "worksheets" in owner ? owner : owner.workbook;
}

function ownerTables(owner: TableOwner): TableData[] {
  return "worksheets" in owner ? owner.tables : owner.tables;
}

function flagProp(
  key:
    | "showBandedRows"
    | "showBandedColumns"
    | "showFilterButton"
    | "highlightFirstColumn"
    | "highlightLastColumn",
) {
  return {
    get: (t: TableData) => t[key],
    set: (t: TableData, v: never) => {
      t[key] = validateBoolean(v, key);
    },
  };
}

function tableRange(member: string, owner: TableProxy, compute: (t: TableData) => CellRect): RangeProxy {
  return new RangeProxy(
    owner.context,
    `${owner._simPath}.${member}()`,
    () => {
      const t = owner._ref();
      return t ? { sheet: t.worksheet, rect: compute(t) } : null;
    },
    { location: `Table.${member}`, args: [] },
  );
}

export class TableProxy extends SimClientObject<TableData> {
  declare readonly id: string;
  declare name: string;
  declare style: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare showBandedRows: boolean;
  declare showBandedColumns: boolean;
  declare showFilterButton: boolean;
  declare highlightFirstColumn: boolean;
  declare highlightLastColumn: boolean;
  declare readonly legacyId: string;

  get columns(): TableColumnCollectionProxy {
    return this._child(
      "columns",
      () => new TableColumnCollectionProxy(this.context, `${this._simPath}.columns`, () => this._ref()),
    );
  }

  get rows(): TableRowCollectionProxy {
    return this._child(
      "rows",
      () => new TableRowCollectionProxy(this.context, `${this._simPath}.rows`, () => this._ref()),
    );
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      "worksheet",
      () =>
        new WorksheetProxy(this.context, `${this._simPath}.worksheet`, () => {
          const t = this._ref();
          return t ? t.worksheet : null;
        }),
    );
  }

  getRange(): RangeProxy {
    return tableRange("getRange", this, (t) => t.rect);
  }

  getHeaderRowRange(): RangeProxy {
    return tableRange("getHeaderRowRange", this, (t) => {
      if (!t.showHeaders) fail(SimErrorCodes.invalidOperation, `The table '${t.name}' has no header row.`);
      return { ...t.rect, r1: t.rect.r0 };
    });
  }

  getDataBodyRange(): RangeProxy {
    return tableRange("getDataBodyRange", this, bodyRect);
  }

  getTotalRowRange(): RangeProxy {
    return tableRange("getTotalRowRange", this, (t) => {
      if (!t.showTotals) fail(SimErrorCodes.invalidOperation, `The table '${t.name}' has no total row.`);
      return { ...t.rect, r0: t.rect.r1 };
    });
  }

  /** Deletes the table and its contents. */
  delete(): void {
    this._op("delete", [], (t) => {
      const ws = t.worksheet;
      ws.forEachCellIn(t.rect, (cell) => clearContents(cell));
      ws.tables = ws.tables.filter((x) => x !== t);
      t.deleted = true;
    });
  }

  convertToRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._simPath}.convertToRange()`,
      () => {
        const t = this._ref();
        if (!t) return null;
        const ws = t.worksheet;
        ws.tables = ws.tables.filter((x) => x !== t);
        t.deleted = true;
        return { sheet: ws, rect: t.rect };
      },
      { location: "Table.convertToRange", args: [] },
    );
  }

  clearFilters(): void {
    this._op("clearFilters", [], () => undefined);
  }

  reapplyFilters(): void {
    this._op("reapplyFilters", [], () => undefined);
  }
}

defineClass<TableData>(
  TableProxy,
  "Table",
  {
    id: { get: (t) => t.id },
    legacyId: { get: (t) => t.id },
    name: { get: (t) => t.name, set: (t, v) => renameTable(t, v) },
    style: {
      get: (t) => t.style,
      set: (t, v) => {
        t.style = validateTableStyle(v);
      },
    },
    showHeaders: {
      get: (t) => t.showHeaders,
      set: (t, v) => setShowHeaders(t, validateBoolean(v, "showHeaders")),
    },
    showTotals: {
      get: (t) => t.showTotals,
      set: (t, v) => setShowTotals(t, validateBoolean(v, "showTotals")),
    },
    showBandedRows: flagProp("showBandedRows"),
    showBandedColumns: flagProp("showBandedColumns"),
    showFilterButton: flagProp("showFilterButton"),
    highlightFirstColumn: flagProp("highlightFirstColumn"),
    highlightLastColumn: flagProp("highlightLastColumn"),
  },
  ["columns", "rows", "worksheet"],
);

export class TableCollectionProxy extends SimCollection<TableOwner, TableProxy> {
  declare readonly count: number;

  protected override _isAlive(owner: TableOwner): boolean {
    return !("deleted" in owner && owner.deleted === true);
  }

  protected _listItems(owner: TableOwner): unknown[] {
    return [...ownerTables(owner)];
  }

  protected _wrapItem(item: unknown): TableProxy {
    const t = item as TableData;
    return new TableProxy(this.context, `${this._simPath}.getItem(${JSON.stringify(t.name)})`, () => t);
  }

  private _table(member: string, args: unknown[], find: (owner: TableOwner) => TableData | null): TableProxy {
    return new TableProxy(
      this.context,
      this._path(member, args),
      () => {
        const owner = this._ref();
        return owner ? find(owner) : null;
      },
      { location: `TableCollection.${member}`, args },
    );
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    this._sameContext(address);
    return this._table("add", [address, hasHeaders], (owner) => {
      validateBoolean(hasHeaders, "hasHeaders");
      const wb = ownerWorkbook(owner);
      const sheetLevel = !("worksheets" in owner);
      let target: RangeTarget;
      if (address instanceof RangeProxy) {
        const t = address._ref();
        if (!t) return itemNotFound("The range is a null object.");
        target = t;
      } else if (typeof address === "string") {
        // Workbook-level: unqualified addresses refer to the active sheet.
        target = resolveAddress(
          address,
          wb,
          sheetLevel
            ? (owner as SimulatedWorksheet)
            : parseAddress(address)?.sheetName === undefined
              ? wb.activeWorksheet
              : undefined,
        );
      } else {
        return invalidArgument("Expected a Range or an address.");
      }
      if (sheetLevel && target.sheet !== owner) invalidArgument("The range must be on this worksheet.");
      if (rectArea(target.rect) < 1) invalidArgument("The table range is empty.");
      return createTable(target, hasHeaders);
    });
  }

  getItem(key: string): TableProxy {
    return this._table("getItem", [key], (owner) => {
      const t = findIn(owner, key);
      return t ?? itemNotFound(`The requested resource doesn't exist. (Table '${key}' not found.)`);
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return this._table("getItemOrNullObject", [key], (owner) => findIn(owner, key) ?? null);
  }

  getItemAt(index: number): TableProxy {
    return this._table("getItemAt", [index], (owner) => {
      const list = ownerTables(owner);
      validateInteger(index, "index", 0);
      return list[index] ?? itemNotFound(`There is no table at index ${index}.`);
    });
  }

  getCount(): SimClientResult<number> {
    return this._resultOp("getCount", [], (owner) => ownerTables(owner).length);
  }
}

function findIn(owner: TableOwner, key: string): TableData | undefined {
  if (typeof key !== "string") return undefined;
  const lower = key.toLowerCase();
  return ownerTables(owner).find((t) => t.name.toLowerCase() === lower || t.id === key);
}

defineClass<TableOwner>(
  TableCollectionProxy,
  "TableCollection",
  { count: { get: (o) => ownerTables(o).length } },
  [],
  ["count"],
);
