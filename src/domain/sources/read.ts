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
  /** Rows equal to the header row further down (exports pasted one below the other), skipped. */
  repeatedHeaders: number;
}

const TOTAAL = /^\s*totaal\b/i;

/**
 * A row whose first non-blank cell starts with the word "Totaal" ("Totaal", "TOTAAL:", "Totaal 2015")
 * closes the table; "Totaalpakket" or "Totaalbouw BV" is data.
 */
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

/** Whether two rows hold the same texts, trimmed, ignoring blank cells at the end. */
function isSameRow(a: readonly Cell[], b: readonly Cell[]): boolean {
  const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) if (text(a[i]) !== text(b[i])) return false;
  return true;
}

/**
 * Sorts the data rows below the header as they arrive, one at a time: blank rows and repeats of the
 * header row are counted and skipped, the totals row closes the table, and rows after it are counted
 * but not read.
 */
class DataRows {
  blankRows = 0;
  totalsRow: number | undefined = undefined;
  rowsAfterTotals = 0;
  repeatedHeaders = 0;
  /** The header's first cell, when it is text: a row starting with it may be the header again. */
  private readonly headerFirst: string | undefined;

  constructor(
    private readonly sheet: SheetRef,
    /** Ambitie reads its totals row too. */
    private readonly readTotals: boolean,
  ) {
    const first = sheet.headers[0];
    this.headerFirst = typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
  }

  /** Whether a row's first cell could be the header's (checked by length before any trimming). */
  private mayBeHeader(first: Cell | undefined): boolean {
    const header = this.headerFirst;
    if (header === undefined || typeof first !== "string") return false;
    if (first === header) return true;
    return first.length > header.length && first.length <= header.length + 8 && first.trim() === header;
  }

  /** Whether the row is to be read. */
  take(row: readonly Cell[] | undefined, rowNumber: number): boolean {
    if (row && this.mayBeHeader(row[0]) && isSameRow(row, this.sheet.headers)) {
      this.repeatedHeaders++;
      return false;
    }
    if (this.totalsRow === undefined && row && isPlainDataRow(row)) {
      this.sheet.lastDataRow = rowNumber;
      return true;
    }
    if (isBlankRow(row)) {
      this.blankRows++;
      return false;
    }
    if (this.totalsRow !== undefined) {
      this.rowsAfterTotals++;
      return false;
    }
    if (isTotalsRow(row as readonly Cell[])) {
      this.totalsRow = rowNumber;
      return this.readTotals;
    }
    this.sheet.lastDataRow = rowNumber;
    return true;
  }

  result(): Pick<ReadResult<unknown>, "blankRows" | "totalsRow" | "rowsAfterTotals" | "repeatedHeaders"> {
    return {
      blankRows: this.blankRows,
      totalsRow: this.totalsRow,
      rowsAfterTotals: this.rowsAfterTotals,
      repeatedHeaders: this.repeatedHeaders,
    };
  }
}

/** Walks the data rows below the header: skips blank rows, stops at the totals row. */
function eachDataRow(
  input: SheetInput,
  detected: DetectedSheet,
  sheet: SheetRef,
  visit: (row: readonly Cell[], rowNumber: number) => void,
): Pick<ReadResult<unknown>, "blankRows" | "totalsRow" | "rowsAfterTotals" | "repeatedHeaders"> {
  const firstRow = input.firstRow ?? 1;
  const rows = new DataRows(sheet, detected.type === "Ambitie");
  for (let r = detected.headerIndex + 1; r < input.rows.length; r++) {
    const row = input.rows[r];
    if (rows.take(row, firstRow + r)) visit(row, firstRow + r);
  }
  return rows.result();
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

/** Reads the data rows of a recognised sheet as they arrive, one at a time. */
export interface RecordReader<T> {
  /** The next row below the header, with its sheet row number and its cells' number formats (if known). */
  row(
    cells: readonly Cell[] | undefined,
    rowNumber: number,
    formats: readonly (string | null | undefined)[] | undefined,
  ): void;
  /** The records read, once every row has been handed over. */
  finish(): ReadResult<T> & { numbered: Map<string, Int32Array> };
}

/**
 * Starts reading a recognised sheet of any source other than Ambitie into typed records: each row
 * becomes its record when it arrives, so the rows need not be kept.
 */
export function readRecords<K extends keyof RecordsBySource>(
  type: K,
  input: Pick<SheetInput, "date1904">,
  detected: DetectedSheet,
  sheet: SheetRef,
  columns?: ColumnNumbers,
  expectedRows = 0,
): RecordReader<RecordsBySource[K][number]> {
  const cursor: RowCursor = { formats: undefined, unreadable: [] };
  const fields = fieldsFor(type, input, detected, cursor, columns, expectedRows);
  const build = RECORD_BUILDERS[type](fields) as (
    sheet: SheetRef,
    row: number,
    cells: readonly Cell[],
  ) => RecordsBySource[K][number];
  const records: RecordsBySource[K][number][] = [];
  const issues: ReadIssue[] = [];
  const rows = new DataRows(sheet, false);
  return {
    row(cells, rowNumber, formats) {
      if (!rows.take(cells, rowNumber)) return;
      const row = cells as readonly Cell[];
      cursor.formats = formats;
      const record = build(sheet, rowNumber, row);
      if (cursor.unreadable.length > 0) {
        for (const { column, value } of cursor.unreadable)
          issues.push({ sheet, record, row: rowNumber, column, value });
        cursor.unreadable.length = 0;
      }
      scanForBsn(sheet, row, record);
      records.push(record);
    },
    finish: () => ({ records, issues, ...rows.result(), numbered: fields.numbered }),
  };
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
  const walk = eachDataRow(input, detected, sheet, (row, rowNumber) => {
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
