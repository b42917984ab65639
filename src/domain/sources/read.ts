/**
 * Reading recognised sheets into typed records: blank rows skipped, reading stops at a closing
 * "Totaal" row, Dutch values coerced, and every value that cannot be read is remembered as an issue.
 */
import { Cell, isBlankRow, SheetInput } from "../cells";
import { dutchDate, DayNumber } from "../dates";
import { AmbitieRow, AmbitieTable, ReadIssue, RowRecord, SheetRef } from "../model";
import { PartnerMatcher } from "../matching";
import { fold } from "../text";
import { INVALID, isDateFormat, parseBool, parseDate, parseNumber, Parsed, parseText } from "../values";
import { ColumnDef, sourceDef, ValueKind } from "./catalog";
import { DetectedSheet } from "./detect";

export interface ReadResult<T> {
  records: T[];
  issues: ReadIssue[];
  blankRows: number;
  /** Sheet row number of the closing "Totaal" row, when there is one. */
  totalsRow?: number;
  /** Non-blank rows below the totals row, not read. */
  rowsAfterTotals: number;
}

/** A row whose first non-blank cell starts with "Totaal" closes the table. */
export function isTotalsRow(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (value === null || value === undefined || value === "") continue;
    return typeof value === "string" && fold(value.trim()).startsWith("totaal");
  }
  return false;
}

type Parser = (value: Cell) => Parsed<unknown>;

function parserFor(kind: ValueKind, date1904: boolean): Parser {
  switch (kind) {
    case "date":
      return (value) => parseDate(value, date1904);
    case "number":
      return parseNumber;
    case "bool":
      return parseBool;
    case "text":
      // A date cell in a text column reads as the date it shows.
      return (value) => (value instanceof Date ? dutchDate(parseDate(value) as DayNumber) : parseText(value));
  }
}

/** Caches parsed values of strings per column: exports repeat the same dates and names many times. */
function cachedParser(parse: Parser): Parser {
  const cache = new Map<string, Parsed<unknown>>();
  return (value) => {
    if (typeof value !== "string") return parse(value);
    let parsed = cache.get(value);
    if (parsed === undefined && !cache.has(value)) {
      parsed = parse(value);
      if (cache.size < 50_000) cache.set(value, parsed);
    }
    return parsed;
  };
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
  };
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

/** Reads a recognised sheet of any source other than Ambitie into records with one field per column. */
export function readRecords<T extends RowRecord>(
  input: SheetInput,
  detected: DetectedSheet,
  sheet: SheetRef,
): ReadResult<T> {
  const def = sourceDef(detected.type);
  const date1904 = input.date1904 ?? false;
  const formats = input.numberFormats;
  const bound: Array<{ column: ColumnDef; index: number; parse: Parser; datesAsText: boolean }> = [];
  for (const column of def.columns) {
    const binding = detected.columns.get(column.key);
    if (!binding) continue;
    // Text needs only a trim; caching pays off for dates, numbers and booleans.
    const parse =
      column.kind === "text" ? parserFor("text", date1904) : cachedParser(parserFor(column.kind, date1904));
    bound.push({
      column,
      index: binding.index,
      parse,
      datesAsText: column.kind === "text" && formats !== undefined,
    });
  }
  const records: T[] = [];
  const issues: ReadIssue[] = [];
  // Every record gets all fields in the same order, so they all share one shape (fast property access).
  const template: Record<string, unknown> = { sheet, row: 0, raw: [] };
  for (const { column } of bound) template[column.key] = undefined;
  const walk = eachDataRow(input, detected, sheet, (row, rowIndex, rowNumber) => {
    const record = { ...template } as RowRecord & Record<string, unknown>;
    record.row = rowNumber;
    record.raw = row;
    for (const { column, index, parse, datesAsText } of bound) {
      const value = row[index];
      const parsed =
        datesAsText && typeof value === "number" && isDateFormat(formats?.[rowIndex]?.[index])
          ? dutchDate(parseDate(value, date1904) as DayNumber)
          : parse(value);
      if (parsed === INVALID) issues.push({ sheet, record, row: rowNumber, column: column.key, value });
      else record[column.key] = parsed;
    }
    records.push(record as unknown as T);
  });
  return { records, issues, ...walk };
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
