/** TableColumn(Collection) and TableRow(Collection) proxies. */
import type { CellRect } from "./address";
import { checkInputElement, clearContents, readCell, syncHeaderCells, uniqueName, writeInput } from "./cells";
import { SimClientObject, SimCollection, defineClass } from "./client-object";
import type { SimClientResult } from "./client-result";
import { SimErrorCodes, fail, invalidArgument, itemNotFound } from "./errors";
import type { TableColumnData, TableData } from "./model";
import { RangeProxy } from "./range";
import { shiftCells } from "./sheet-ops";
import { bodyRect, rowIsEmpty, withDetached } from "./table-ops";
import { validateInteger } from "./validation";

// ------------------------------------------------------------------ columns

interface ColumnTarget {
  table: TableData;
  column: TableColumnData;
}

function columnIndex(c: ColumnTarget): number {
  const i = c.table.columns.indexOf(c.column);
  if (i < 0) itemNotFound("The table column doesn't exist any more.");
  return i;
}

function columnRect(c: ColumnTarget): CellRect {
  const col = c.table.rect.c0 + columnIndex(c);
  return { ...c.table.rect, c0: col, c1: col };
}

export class TableColumnProxy extends SimClientObject<ColumnTarget> {
  declare readonly id: number;
  declare readonly index: number;
  declare name: string;
  declare values: unknown[][];

  protected override _isAlive(c: ColumnTarget): boolean {
    return !c.table.deleted && c.table.columns.includes(c.column);
  }

  private _range(member: string, compute: (c: ColumnTarget) => CellRect): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._simPath}.${member}()`,
      () => {
        const c = this._ref();
        return c ? { sheet: c.table.worksheet, rect: compute(c) } : null;
      },
      { location: `TableColumn.${member}`, args: [] },
    );
  }

  getRange(): RangeProxy {
    return this._range("getRange", columnRect);
  }

  getDataBodyRange(): RangeProxy {
    return this._range("getDataBodyRange", (c) => ({
      ...bodyRect(c.table),
      c0: columnRect(c).c0,
      c1: columnRect(c).c1,
    }));
  }

  getHeaderRowRange(): RangeProxy {
    return this._range("getHeaderRowRange", (c) => {
      if (!c.table.showHeaders) fail(SimErrorCodes.invalidOperation, "The table has no header row.");
      const r = columnRect(c);
      return { ...r, r1: r.r0 };
    });
  }

  getTotalRowRange(): RangeProxy {
    return this._range("getTotalRowRange", (c) => {
      if (!c.table.showTotals) fail(SimErrorCodes.invalidOperation, "The table has no total row.");
      const r = columnRect(c);
      return { ...r, r0: r.r1 };
    });
  }

  delete(): void {
    this._op("delete", [], (c) => {
      const t = c.table;
      if (t.columns.length === 1)
        fail(SimErrorCodes.invalidOperation, "The last column of a table can't be deleted.");
      const rect = columnRect(c);
      withDetached(t, () => shiftCells(t.worksheet, rect, "Left"));
      t.columns.splice(t.columns.indexOf(c.column), 1);
      t.rect = { ...t.rect, c1: t.rect.c1 - 1 };
    });
  }
}

defineClass<ColumnTarget>(TableColumnProxy, "TableColumn", {
  id: { get: (c) => c.column.id },
  index: { get: (c) => columnIndex(c) },
  name: {
    get: (c) => c.column.name,
    set: (c, v) => {
      if (typeof v !== "string" || v === "")
        invalidArgument("A table column name must be a non-empty string.");
      const i = columnIndex(c);
      const others = new Set(c.table.columns.filter((x) => x !== c.column).map((x) => x.name.toLowerCase()));
      const name = uniqueName(v as string, others);
      c.column.name = name;
      if (c.table.showHeaders) {
        const cell = c.table.worksheet.ensureCell(c.table.rect.r0, c.table.rect.c0 + i);
        clearContents(cell);
        cell.value = name;
      }
    },
  },
  values: {
    get: (c) => {
      const rect = columnRect(c);
      const out: unknown[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const v = readCell(c.table.worksheet, r, rect.c0).value;
        out.push([v === null ? "" : v]);
      }
      return out;
    },
    set: (c, v) => {
      const rect = columnRect(c);
      const rows = rect.r1 - rect.r0 + 1;
      const m = v as unknown[][];
      if (
        !Array.isArray(m) ||
        m.length !== rows ||
        m.some((row) => !Array.isArray(row) || row.length !== 1)
      ) {
        invalidArgument(
          `The number of rows or columns in the input array doesn't match the table column (${rows} x 1).`,
        );
      }
      for (const row of m) checkInputElement(row[0]);
      m.forEach((row, i) => writeInput(c.table.worksheet, rect.r0 + i, rect.c0, row[0]));
      if (c.table.showHeaders) syncHeaderCells(c.table.worksheet, c.table);
    },
  },
});

export class TableColumnCollectionProxy extends SimCollection<TableData, TableColumnProxy> {
  declare readonly count: number;

  protected _listItems(t: TableData): unknown[] {
    return [...t.columns];
  }

  protected _wrapItem(item: unknown): TableColumnProxy {
    const column = item as TableColumnData;
    return new TableColumnProxy(this.context, `${this._simPath}.getItem(${column.id})`, () => {
      const table = this._ref();
      return table ? { table, column } : null;
    });
  }

  private _column(
    member: string,
    args: unknown[],
    find: (t: TableData) => TableColumnData | null,
  ): TableColumnProxy {
    return new TableColumnProxy(
      this.context,
      this._path(member, args),
      () => {
        const table = this._ref();
        if (!table) return null;
        const column = find(table);
        return column ? { table, column } : null;
      },
      { location: `TableColumnCollection.${member}`, args },
    );
  }

  getItem(key: number | string): TableColumnProxy {
    return this._column(
      "getItem",
      [key],
      (t) => findColumn(t, key) ?? itemNotFound(`The table column '${key}' doesn't exist.`),
    );
  }

  getItemOrNullObject(key: number | string): TableColumnProxy {
    return this._column("getItemOrNullObject", [key], (t) => findColumn(t, key) ?? null);
  }

  getItemAt(index: number): TableColumnProxy {
    return this._column("getItemAt", [index], (t) => {
      validateInteger(index, "index", 0);
      return t.columns[index] ?? itemNotFound(`There is no table column at index ${index}.`);
    });
  }

  getCount(): SimClientResult<number> {
    return this._resultOp("getCount", [], (t) => t.columns.length);
  }

  add(index?: number | null, values?: unknown[][], name?: string): TableColumnProxy {
    return this._column("add", [index ?? null, values ?? null, name ?? null], (t) => {
      const at =
        index === undefined || index === null
          ? t.columns.length
          : validateInteger(index, "index", 0, t.columns.length);
      const height = t.rect.r1 - t.rect.r0 + 1;
      const body = bodyRect(t);
      const bodyRows = body.r1 - body.r0 + 1;
      if (values !== undefined && values !== null) {
        if (
          !Array.isArray(values) ||
          (values.length !== height && values.length !== bodyRows) ||
          values.some((r) => !Array.isArray(r) || r.length !== 1)
        ) {
          invalidArgument(
            `The values must be a ${height} x 1 array (or ${bodyRows} x 1 without the header).`,
          );
        }
        for (const row of values) checkInputElement(row[0]);
      }
      const ws = t.worksheet;
      const x = t.rect.c0 + at;
      withDetached(t, () => shiftCells(ws, { r0: t.rect.r0, r1: t.rect.r1, c0: x, c1: x }, "Right"));
      const column: TableColumnData = { id: t.nextColumnId++, name: "" };
      t.columns.splice(at, 0, column);
      t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
      let startRow = body.r0;
      let header: unknown = name;
      if (values && values.length === height) {
        if (header === undefined || header === null) header = t.showHeaders ? values[0][0] : undefined;
        values.forEach((row, i) => {
          if (i === 0 && t.showHeaders) return;
          writeInput(ws, t.rect.r0 + i, x, row[0]);
        });
        startRow = -1;
      }
      if (values && startRow >= 0) values.forEach((row, i) => writeInput(ws, startRow + i, x, row[0]));
      const used = new Set(t.columns.filter((c) => c !== column).map((c) => c.name.toLowerCase()));
      column.name = uniqueName(
        header === undefined || header === null || header === ""
          ? `Column${t.columns.length}`
          : String(header),
        used,
      );
      if (t.showHeaders) {
        const cell = ws.ensureCell(t.rect.r0, x);
        clearContents(cell);
        cell.value = column.name;
      }
      return column;
    });
  }
}

function findColumn(t: TableData, key: number | string): TableColumnData | undefined {
  if (typeof key === "number") return t.columns.find((c) => c.id === key);
  const lower = String(key).toLowerCase();
  return t.columns.find((c) => c.name.toLowerCase() === lower) ?? t.columns.find((c) => String(c.id) === key);
}

defineClass<TableData>(
  TableColumnCollectionProxy,
  "TableColumnCollection",
  { count: { get: (t) => t.columns.length } },
  [],
  ["count"],
);

// ------------------------------------------------------------------ rows

interface RowTarget {
  table: TableData;
  index: number;
}

function rowRect(r: RowTarget): CellRect {
  const body = bodyRect(r.table);
  const row = body.r0 + r.index;
  if (row > body.r1) itemNotFound(`The table row ${r.index} doesn't exist.`);
  return { ...body, r0: row, r1: row };
}

export class TableRowProxy extends SimClientObject<RowTarget> {
  declare readonly index: number;
  declare values: unknown[][];

  protected override _isAlive(r: RowTarget): boolean {
    return !r.table.deleted;
  }

  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._simPath}.getRange()`,
      () => {
        const r = this._ref();
        return r ? { sheet: r.table.worksheet, rect: rowRect(r) } : null;
      },
      { location: "TableRow.getRange", args: [] },
    );
  }

  delete(): void {
    this._op("delete", [], (r) => {
      const t = r.table;
      const rect = rowRect(r);
      const body = bodyRect(t);
      if (body.r0 === body.r1) {
        t.worksheet.forEachCellIn(rect, (cell) => clearContents(cell));
        return;
      }
      withDetached(t, () => shiftCells(t.worksheet, rect, "Up"));
      t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
    });
  }
}

defineClass<RowTarget>(TableRowProxy, "TableRow", {
  index: { get: (r) => r.index },
  values: {
    get: (r) => {
      const rect = rowRect(r);
      const row: unknown[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) {
        const v = readCell(r.table.worksheet, rect.r0, c).value;
        row.push(v === null ? "" : v);
      }
      return [row];
    },
    set: (r, v) => {
      const rect = rowRect(r);
      const m = v as unknown[][];
      const width = rect.c1 - rect.c0 + 1;
      if (!Array.isArray(m) || m.length !== 1 || !Array.isArray(m[0]) || m[0].length !== width) {
        invalidArgument(
          `The number of rows or columns in the input array doesn't match the table row (1 x ${width}).`,
        );
      }
      for (const x of m[0]) checkInputElement(x);
      m[0].forEach((x, j) => writeInput(r.table.worksheet, rect.r0, rect.c0 + j, x));
    },
  },
});

export class TableRowCollectionProxy extends SimCollection<TableData, TableRowProxy> {
  declare readonly count: number;

  protected _listItems(t: TableData): unknown[] {
    const body = bodyRect(t);
    return Array.from({ length: body.r1 - body.r0 + 1 }, (_, i) => i);
  }

  protected _wrapItem(item: unknown): TableRowProxy {
    const index = item as number;
    return new TableRowProxy(this.context, `${this._simPath}.getItemAt(${index})`, () => {
      const table = this._ref();
      return table ? { table, index } : null;
    });
  }

  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(
      this.context,
      this._path("getItemAt", [index]),
      () => {
        const table = this._ref();
        if (!table) return null;
        validateInteger(index, "index", 0);
        const target = { table, index };
        rowRect(target);
        return target;
      },
      { location: "TableRowCollection.getItemAt", args: [index] },
    );
  }

  getCount(): SimClientResult<number> {
    return this._resultOp("getCount", [], (t) => {
      const body = bodyRect(t);
      return body.r1 - body.r0 + 1;
    });
  }

  /** Adds rows (before the total row by default). A new table's single empty row is filled first. */
  add(index?: number | null, values?: unknown[][] | unknown[], _alwaysInsert?: boolean): TableRowProxy {
    return new TableRowProxy(
      this.context,
      this._path("add", [index ?? null, values ?? null]),
      () => {
        const t = this._ref();
        if (!t) return null;
        const width = t.columns.length;
        let rowsIn: unknown[][];
        if (values === undefined || values === null) rowsIn = [Array.from({ length: width }, () => null)];
        else if (Array.isArray(values) && values.every((r) => Array.isArray(r)))
          rowsIn = values as unknown[][];
        else return invalidArgument("The values must be a 2-D array.");
        if (rowsIn.length === 0 || rowsIn.some((r) => r.length !== width)) {
          invalidArgument(
            `The number of rows or columns in the input array doesn't match the table (x ${width}).`,
          );
        }
        for (const row of rowsIn) for (const v of row) checkInputElement(v);
        const body = bodyRect(t);
        const bodyRows = body.r1 - body.r0 + 1;
        const at =
          index === undefined || index === null ? bodyRows : validateInteger(index, "index", 0, bodyRows);
        const ws = t.worksheet;
        let insertAt = body.r0 + at;
        let toInsert = rowsIn.length;
        let firstIndex = at;
        if (bodyRows === 1 && rowIsEmpty(ws, body.r0, body.c0, body.c1)) {
          // Excel fills the placeholder row of a new, empty table instead of adding below it.
          insertAt = body.r0 + 1;
          toInsert -= 1;
          firstIndex = 0;
        }
        if (toInsert > 0) {
          withDetached(t, () =>
            shiftCells(
              ws,
              { r0: insertAt, r1: insertAt + toInsert - 1, c0: t.rect.c0, c1: t.rect.c1 },
              "Down",
            ),
          );
          t.rect = { ...t.rect, r1: t.rect.r1 + toInsert };
        }
        const startRow = body.r0 + firstIndex;
        rowsIn.forEach((row, i) => row.forEach((v, j) => writeInput(ws, startRow + i, t.rect.c0 + j, v)));
        return { table: t, index: firstIndex };
      },
      { location: "TableRowCollection.add", args: [index ?? null, values ?? null] },
    );
  }
}

defineClass<TableData>(
  TableRowCollectionProxy,
  "TableRowCollection",
  {
    count: {
      get: (t) => {
        const body = bodyRect(t);
        return body.r1 - body.r0 + 1;
      },
    },
  },
  [],
  ["count"],
);
