/**
 * Helpers over the simulated workbook model for tests: a cheap deep clone (so one loaded sample can
 * serve many tests) and plain snapshots of sheets to compare before/after.
 */
import { SimulatedWorkbook, type SimulatedWorksheet } from "../../src/simulated-excel";
import type { ChartData, ConditionalFormatData, TableData } from "../../src/simulated-excel";

const clone = <T>(value: T): T => structuredClone(value);

/** A deep copy of a workbook: sheets (same ids), cells, formats, tables, charts, names, settings. */
export function cloneWorkbook(source: SimulatedWorkbook): SimulatedWorkbook {
  const wb = SimulatedWorkbook.create([]);
  const map = new Map<SimulatedWorksheet, SimulatedWorksheet>();
  for (const ws of source.worksheets) {
    const copy = wb.addWorksheet(ws.name, ws.id);
    map.set(ws, copy);
    copy.visibility = ws.visibility;
    copy.tabColor = ws.tabColor;
    for (const [key, cell] of ws.cells) copy.cells.set(key, clone(cell));
    for (const [k, v] of ws.columnStyles) copy.columnStyles.set(k, clone(v));
    for (const [k, v] of ws.rowStyles) copy.rowStyles.set(k, clone(v));
    copy.sheetStyle = clone(ws.sheetStyle);
    for (const [k, v] of ws.columnWidths) copy.columnWidths.set(k, v);
    for (const [k, v] of ws.rowHeights) copy.rowHeights.set(k, v);
    for (const c of ws.hiddenColumns) copy.hiddenColumns.add(c);
    for (const r of ws.hiddenRows) copy.hiddenRows.add(r);
    copy.merges = clone(ws.merges);
    copy.freeze = clone(ws.freeze);
    copy.pageLayout = clone(ws.pageLayout);
    copy.protection = clone(ws.protection);
    copy.showGridlines = ws.showGridlines;
    copy.defaultColumnWidth = ws.defaultColumnWidth;
    copy.defaultRowHeight = ws.defaultRowHeight;
    copy.conditionalFormats = clone(ws.conditionalFormats);
  }
  for (const [ws, copy] of map) {
    copy.tables = ws.tables.map(
      (t) => ({ ...clone({ ...t, worksheet: undefined }), worksheet: copy }) as TableData,
    );
    copy.charts = ws.charts.map((c) => ({
      ...clone({ ...c, series: [] }),
      series: c.series.map((s) => ({
        ...clone({ ...s, valuesRef: undefined, xValuesRef: undefined }),
        ...(s.valuesRef
          ? { valuesRef: { sheet: map.get(s.valuesRef.sheet)!, rect: clone(s.valuesRef.rect) } }
          : {}),
        ...(s.xValuesRef
          ? { xValuesRef: { sheet: map.get(s.xValuesRef.sheet)!, rect: clone(s.xValuesRef.rect) } }
          : {}),
      })),
    }));
  }
  wb.names = source.names.map((n) => ({
    ...clone({ ...n, worksheet: undefined }),
    ...(n.worksheet ? { worksheet: map.get(n.worksheet) } : {}),
  }));
  for (const [k, v] of source.settings) wb.settings.set(k, v);
  wb.date1904 = source.date1904;
  wb.calculationMode = source.calculationMode;
  wb.activeSheetId = source.activeSheetId;
  wb.selection = clone(source.selection);
  return wb;
}

/** Everything about a sheet that a user could see or print, as plain data. */
export function sheetSnapshot(ws: SimulatedWorksheet, options: { ids?: boolean } = {}) {
  const ids = options.ids ?? true;
  const table = (t: TableData) => {
    const { worksheet: _w, id, ...rest } = t;
    return ids ? { ...rest, id } : rest;
  };
  const chart = (c: ChartData) => {
    const { id, series, ...rest } = c;
    return {
      ...(ids ? { id } : {}),
      ...rest,
      series: series.map((s) => ({
        ...s,
        valuesRef: s.valuesRef ? { sheet: s.valuesRef.sheet.name, rect: s.valuesRef.rect } : undefined,
        xValuesRef: s.xValuesRef ? { sheet: s.xValuesRef.sheet.name, rect: s.xValuesRef.rect } : undefined,
      })),
    };
  };
  const cf = (f: ConditionalFormatData) => {
    const { id, ...rest } = f;
    return ids ? { ...rest, id } : rest;
  };
  return {
    ...(ids ? { id: ws.id } : {}),
    name: ws.name,
    visibility: ws.visibility,
    tabColor: ws.tabColor,
    cells: [...ws.cells.entries()].sort((a, b) => a[0] - b[0]),
    columnStyles: [...ws.columnStyles.entries()],
    rowStyles: [...ws.rowStyles.entries()],
    sheetStyle: ws.sheetStyle,
    columnWidths: [...ws.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    rowHeights: [...ws.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
    hiddenColumns: [...ws.hiddenColumns].sort(),
    hiddenRows: [...ws.hiddenRows].sort(),
    merges: ws.merges,
    tables: ws.tables.map(table),
    charts: ws.charts.map(chart),
    conditionalFormats: ws.conditionalFormats.map(cf),
    freeze: ws.freeze,
    pageLayout: ws.pageLayout,
    protection: ws.protection,
    showGridlines: ws.showGridlines,
  };
}

/** The values of a table's header and body, read from the model (formulas as their text). */
export function tableValues(wb: SimulatedWorkbook, name: string) {
  const table = wb.findTable(name);
  if (!table) throw new Error(`table ${name} not found`);
  const ws = table.worksheet;
  const read = (r: number) => {
    const row: Array<string | number | boolean | null> = [];
    for (let c = table.rect.c0; c <= table.rect.c1; c++) {
      const cell = ws.getCell(r, c);
      row.push(cell?.formula ?? cell?.value ?? null);
    }
    return row;
  };
  const header = read(table.rect.r0);
  const body: Array<Array<string | number | boolean | null>> = [];
  const last = table.rect.r1 - (table.showTotals ? 1 : 0);
  for (let r = table.rect.r0 + 1; r <= last; r++) body.push(read(r));
  return { header, body, totals: table.showTotals ? read(table.rect.r1) : undefined, sheet: ws.name, table };
}

/** JSON of a snapshot (Maps and Sets as arrays): fast to compare for big sheets. */
export function snapshotText(ws: SimulatedWorksheet, options: { ids?: boolean } = {}): string {
  return JSON.stringify(sheetSnapshot(ws, options));
}

/** Names of the sheets whose snapshots differ (empty when all are the same), for readable failures. */
export function differingSheets(actual: Map<string, string>, expected: Map<string, string>): string[] {
  const names = new Set([...actual.keys(), ...expected.keys()]);
  return [...names].filter((name) => actual.get(name) !== expected.get(name));
}

/** Snapshots of all sheets by name. */
export function workbookSnapshots(
  wb: SimulatedWorkbook,
  filter: (ws: SimulatedWorksheet) => boolean = () => true,
  options: { ids?: boolean } = {},
): Map<string, string> {
  return new Map(wb.worksheets.filter(filter).map((ws) => [ws.name, snapshotText(ws, options)]));
}
