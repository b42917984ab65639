/**
 * Reading recognised sheets into typed records: blank rows skipped, reading stops at a closing
 * "Totaal" row, Dutch values coerced, and every value that cannot be read is remembered as an issue.
 */
import { Cell, isBlankRow, SheetInput } from "../cells";
import { AmbitieRow, AmbitieTable, ReadIssue, RecordsBySource, RowRecord, SheetRef } from "../model";
import { PartnerMatcher } from "../matching";
import { bsnCandidates, hasNineDigits } from "../privacy";
import { parseNumber, parseText } from "../values";
import { DetectedSheet } from "./detect";
import { fieldsFor, RowCursor } from "./fields";
import { ColumnNumbers } from "./numbering";
import { RECORD_BUILDERS } from "./records";

export interface ReadResult<T> {
  records: T[];
  issues: ReadIssue[];
  blankRows: number;
  /** Sheet row number of the closing "Totaal" row, when there is one. */
  totalsRow?: number;
  /** Non-blank rows below the totals row, not read. */
  rowsAfterTotals: number;
}

const TOTAAL = /^\s*totaal/i;

/** A row whose first non-blank cell starts with "Totaal" closes the table. */
export function isTotalsRow(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (value === null || value === undefined || value === "") continue;
    return typeof value === "string" && TOTAAL.test(value);
  }
  return false;
}

export function sheetRefOf(input: SheetInput, index: number, detected: DetectedSheet): SheetRef {
  const firstRow = input.firstRow ?? 1;
  return {
    index,
    name: input.name,
    file: input.file,
    type: detected.type,
    columns: detected.columns,
    headers: input.rows[detected.headerIndex] ?? [],
    firstColumn: input.firstColumn ?? 1,
    headerRow: firstRow + detected.headerIndex,
    firstDataRow: firstRow + detected.headerIndex + 1,
    lastDataRow: firstRow + detected.headerIndex,
    date1904: input.date1904 ?? false,
    bsnScan: [],
  };
}

/**
 * Whether a row surely is neither blank nor a totals row, judged by its first cell alone: a string that
 * starts with a printable character other than "t"/"T" — the usual data row, decided without `trim` or
 * a regular expression.
 */
function isPlainDataRow(row: readonly Cell[]): boolean {
  const first = row[0];
  if (typeof first !== "string" || first.length === 0) return false;
  const code = first.charCodeAt(0);
  return code > 32 && code < 127 && code !== 84 && code !== 116;
}

/** Walks the data rows below the header: skips blank rows, stops at the totals row. */
function eachDataRow(
  input: SheetInput,
  detected: DetectedSheet,
  sheet: SheetRef,
  visit: (row: readonly Cell[], rowIndex: number, rowNumber: number) => void,
): Pick<ReadResult<unknown>, "blankRows" | "totalsRow" | "rowsAfterTotals"> {
  const firstRow = input.firstRow ?? 1;
  let blankRows = 0;
  let totalsRow: number | undefined;
  let rowsAfterTotals = 0;
  for (let r = detected.headerIndex + 1; r < input.rows.length; r++) {
    const row = input.rows[r];
    if (totalsRow === undefined && row && isPlainDataRow(row)) {
      sheet.lastDataRow = firstRow + r;
      visit(row, r, firstRow + r);
      continue;
    }
    if (isBlankRow(row)) {
      blankRows++;
      continue;
    }
    if (totalsRow !== undefined) {
      rowsAfterTotals++;
      continue;
    }
    if (isTotalsRow(row)) {
      totalsRow = firstRow + r;
      if (detected.type === "Ambitie") visit(row, r, firstRow + r);
      continue;
    }
    sheet.lastDataRow = firstRow + r;
    visit(row, r, firstRow + r);
  }
  return { blankRows, totalsRow, rowsAfterTotals };
}

/** Counts nine-digit values per column while the rows pass by (rule PV1 needs every column, read or not). */
function scanForBsn(sheet: SheetRef, cells: readonly Cell[], record: RowRecord): void {
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (typeof value === "string" ? !hasNineDigits(value) : typeof value !== "number") continue;
    const hit = bsnCandidates(value);
    if (hit.candidates === 0) continue;
    const scan = (sheet.bsnScan[i] ??= { candidates: 0, passing: 0 });
    scan.candidates += hit.candidates;
    scan.passing += hit.passing;
    if (hit.passing > 0) scan.first ??= record;
  }
}

/** Reads a recognised sheet of any source other than Ambitie into typed records. */
export function readRecords<K extends keyof RecordsBySource>(
  type: K,
  input: SheetInput,
  detected: DetectedSheet,
  sheet: SheetRef,
  columns?: ColumnNumbers,
): ReadResult<RecordsBySource[K][number]> & { numbered: Map<string, Int32Array> } {
  const cursor: RowCursor = { index: 0, unreadable: [] };
  const fields = fieldsFor(type, input, detected, cursor, columns);
  const build = RECORD_BUILDERS[type](fields) as (
    sheet: SheetRef,
    row: number,
    cells: readonly Cell[],
  ) => RecordsBySource[K][number];
  const records: RecordsBySource[K][number][] = [];
  const issues: ReadIssue[] = [];
  const walk = eachDataRow(input, detected, sheet, (cells, rowIndex, rowNumber) => {
    cursor.index = rowIndex;
    const record = build(sheet, rowNumber, cells);
    if (cursor.unreadable.length > 0) {
      for (const { column, value } of cursor.unreadable)
        issues.push({ sheet, record, row: rowNumber, column, value });
      cursor.unreadable.length = 0;
    }
    scanForBsn(sheet, cells, record);
    records.push(record);
  });
  return { records, issues, ...walk, numbered: fields.numbered };
}

/**
 * Reads the ambition sheet: one row per sector, one column per partner, a Totaal column and a closing
 * Totaal row. Columns whose header is not a known partner count as partner columns when they hold numbers.
 */
export function readAmbitie(
  input: SheetInput,
  detected: DetectedSheet,
  sheet: SheetRef,
  partners: PartnerMatcher,
): { table: AmbitieTable; blankRows: number; rowsAfterTotals: number } {
  const sectorColumn = detected.columns.get("sector");
  const totaalColumn = detected.columns.get("totaal");
  const partnerColumns = [...detected.partnerColumns];
  const dataRows = input.rows.slice(detected.headerIndex + 1);
  for (const other of detected.otherHeaders) {
    const holdsNumbers = dataRows.some((row) => typeof parseNumber(row?.[other.index]) === "number");
    if (holdsNumbers) partnerColumns.push(other);
  }
  partnerColumns.sort((a, b) => a.index - b.index);
  const names = partnerColumns.map((c) => {
    partners.useDisplayName(c.header);
    return c.header;
  });
  const rows: AmbitieRow[] = [];
  let totalsRow: AmbitieRow | undefined;
  const walk = eachDataRow(input, detected, sheet, (row, _rowIndex, rowNumber) => {
    const record: AmbitieRow = {
      sheet,
      row: rowNumber,
      raw: row,
      sector: sectorColumn ? parseText(row[sectorColumn.index]) : undefined,
      cells: partnerColumns.map((c) => parseNumber(row[c.index])),
      totaal: totaalColumn ? parseNumber(row[totaalColumn.index]) : undefined,
    };
    if (isTotalsRow(row)) totalsRow = record;
    else rows.push(record);
  });
  return {
    table: { sheet, partners: names, partnerColumns, rows, totalsRow },
    blankRows: walk.blankRows,
    rowsAfterTotals: walk.rowsAfterTotals,
  };
}
