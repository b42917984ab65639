/**
 * Importing an export (a .csv or .xlsx file read by src/readers) as a NEW sheet of the open workbook.
 * An existing sheet is never overwritten: the name gets " (2)", " (3)", … when it is taken.
 *
 * Values are written in bulk (number formats first, then values, in blocks that keep each request
 * under the payload limit). What Excel would change on the way in stays as the export had it:
 * - columns the catalog knows as text (Plaatsingsnummer, KvK-nummer, Postcode, …), title and header
 *   rows, and every column with one value that is not a plain number or date are written as text
 *   (number format "@"), so "007", "25,5 uur", "1-2-3" and "=A1" arrive as they stood;
 * - a column whose texts are all plain numbers ("24", "25,5", "1.234,5"; no leading zeros) gets
 *   numbers, a column whose texts are all dates ("01-03-2015", "2015-03-01 09:30") gets Excel dates
 *   shown as dd-mm-jjjj; a column with one unreadable date stays text, so the engine still reports it.
 * Numbers, dates and booleans from an .xlsx file are written as they are, with their number format.
 */
import { type Cell, type SheetInput } from "../domain/cells";
import { dayFromDate, excelSerialFromDay } from "../domain/dates";
import { PartnerMatcher } from "../domain/matching";
import { sourceDef } from "../domain/sources/catalog";
import { detectSheet, HEADER_SEARCH_ROWS } from "../domain/sources/detect";
import { INVALID, isDateFormat, parseDate, parseNumber } from "../domain/values";
import { rangeA1 } from "./a1";
import { detectFeatures, UnsupportedExcelError } from "./features";
import { deleteSheetQuietly, type ExcelHost, reasonFor } from "./host";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_CELL_CHARS = 32_767;
const DEFAULT_MAX_REQUEST_BYTES = 3_500_000;
const AUTOFIT_ROWS = 500;
const TEXT = "@";
const GENERAL = "General";
const DATE_FORMAT = "dd-mm-yyyy";
const DATE_TIME_FORMAT = "dd-mm-yyyy hh:mm";
/** Characters Excel does not allow in sheet names. */
const FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel reserves this name (case-insensitive). */
const RESERVED = "history";

export class ImportError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export interface ImportOptions {
  /** The workbook uses the 1904 date system (from readWorkbook). */
  date1904?: boolean;
  maxRequestBytes?: number;
}

export interface ImportResult {
  /** Name of the new sheet. */
  name: string;
  rows: number;
  columns: number;
  /** Columns written as text. */
  textColumns: number;
  syncs: number;
}

/** A valid sheet name from any text: forbidden characters become spaces, at most 31 characters. */
export function cleanSheetName(text: string): string {
  let name = text.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  name = name.replace(/^'+|'+$/g, "").trim();
  if (name === "" || name.toLowerCase() === RESERVED) name = name === "" ? "Import" : `${name} (import)`;
  return name.slice(0, 31).trim();
}

/** `base`, else "base (2)", "base (3)", … — never a name in `taken` (compared case-insensitively). */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = cleanSheetName(base);
  if (!used.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${clean.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * The name for a sheet imported from a file: the file name without extension for a CSV file or a
 * workbook with one sheet ("plaatsingen-q3.csv" -> "plaatsingen-q3"), the sheet's own name otherwise.
 */
export function importedSheetName(file: string, sheetName: string, sheetsInFile: number): string {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.(csv|txt|xlsx|xlsm)$/i, "");
  return sheetsInFile > 1 ? sheetName : base;
}

type ColumnKind = "text" | "number" | "date" | "native";

/** "24", "25,5", "1.234,5", "-3" — not "007", not 16 digits (ids), not "1,234.5" (ambiguous in Dutch). */
function numberText(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?\d/.test(t) || /^-?0\d/.test(t) || t.replace(/\D/g, "").length > 15) return undefined;
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return undefined;
  const n = parseNumber(t);
  return typeof n === "number" ? n : undefined;
}

/** A date text as DOMAIN.md lists them, as a day number; undefined when it is not one. */
function dateText(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(t)) return undefined;
  const day = parseDate(t);
  return day === INVALID || day === undefined ? undefined : day;
}

function headerIndexOf(input: SheetInput): { index: number; textColumns: Set<number> } {
  const detected = detectSheet(input, new PartnerMatcher());
  if (detected) {
    const textKeys = new Set(
      sourceDef(detected.type)
        .columns.filter((c) => c.kind === "text")
        .map((c) => c.key),
    );
    const textColumns = new Set<number>();
    for (const [key, binding] of detected.columns) if (textKeys.has(key)) textColumns.add(binding.index);
    for (const binding of detected.partnerColumns) textColumns.delete(binding.index);
    return { index: detected.headerIndex, textColumns };
  }
  const limit = Math.min(HEADER_SEARCH_ROWS, input.rows.length);
  for (let r = 0; r < limit; r++) {
    const strings = (input.rows[r] ?? []).filter((c) => typeof c === "string" && c.trim() !== "").length;
    if (strings >= 2) return { index: r, textColumns: new Set() };
  }
  return { index: -1, textColumns: new Set() };
}

/** How each column's texts are written (see the file comment). */
function columnKinds(
  input: SheetInput,
  columns: number,
  headerIndex: number,
  textColumns: Set<number>,
): ColumnKind[] {
  const kinds: ColumnKind[] = [];
  for (let c = 0; c < columns; c++) {
    if (textColumns.has(c)) {
      kinds.push("text");
      continue;
    }
    let numbers = 0;
    let dates = 0;
    let other = 0;
    for (let r = headerIndex + 1; r < input.rows.length && other === 0; r++) {
      const value = input.rows[r]?.[c];
      if (typeof value !== "string" || value.trim() === "") continue;
      if (numberText(value) !== undefined) numbers++;
      else if (dateText(value) !== undefined) dates++;
      else other++;
    }
    if (other > 0 || (numbers > 0 && dates > 0)) kinds.push("text");
    else if (numbers > 0) kinds.push("number");
    else if (dates > 0) kinds.push("date");
    else kinds.push("native");
  }
  return kinds;
}

type Written = string | number | boolean;

/** The value and number format to write for one cell. */
function cellOut(
  value: Cell,
  kind: ColumnKind,
  isTitle: boolean,
  format: string | null | undefined,
  date1904: boolean,
): [Written, string] {
  if (value === null || value === undefined) return ["", kind === "text" ? TEXT : GENERAL];
  if (value instanceof Date) {
    const day = dayFromDate(value);
    if (!Number.isFinite(day)) return ["#WAARDE!", TEXT];
    return [excelSerialFromDay(day, date1904), isDateFormat(format) ? (format as string) : DATE_FORMAT];
  }
  if (typeof value === "boolean") return [value, GENERAL];
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return [String(value), TEXT];
    return [value, format && format !== TEXT ? format : GENERAL];
  }
  if (value === "") return ["", kind === "text" ? TEXT : GENERAL];
  if (!isTitle && kind === "number") {
    const n = numberText(value);
    if (n !== undefined) return [n, GENERAL];
  }
  if (!isTitle && kind === "date") {
    const day = dateText(value);
    if (day !== undefined)
      return [excelSerialFromDay(day, date1904), Number.isInteger(day) ? DATE_FORMAT : DATE_TIME_FORMAT];
  }
  return [value, TEXT];
}

/** Writes `input.rows` as a new sheet named after `name` (made unique). */
export async function importSheet(
  host: ExcelHost,
  input: SheetInput,
  name: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (!detectFeatures(host).base) throw new UnsupportedExcelError();
  const rows = input.rows;
  const columns = rows.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  if (rows.length === 0 || columns === 0)
    throw new ImportError(`${name} is leeg: er is niets om te importeren.`);
  if (rows.length > MAX_ROWS || columns > MAX_COLUMNS)
    throw new ImportError(
      `${name} is te groot voor één Excel-blad (${rows.length} rijen, ${columns} kolommen; ` +
        `hoogstens ${MAX_ROWS} rijen en ${MAX_COLUMNS} kolommen).`,
    );
  const date1904 = options.date1904 ?? false;
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const { index: headerIndex, textColumns } = headerIndexOf(input);
  const kinds = columnKinds(input, columns, headerIndex, textColumns);

  // The cells as they will be written, in blocks of rows that fit one request.
  const values: Written[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const v: Written[] = new Array(columns);
    const f: string[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const value = row[c];
      if (typeof value === "string" && value.length > MAX_CELL_CHARS)
        throw new ImportError(
          `${name}: cel ${rangeA1(r, c, r, c)} heeft meer dan ${MAX_CELL_CHARS} tekens; Excel kan dat niet bewaren.`,
        );
      [v[c], f[c]] = cellOut(value, kinds[c], r <= headerIndex, input.numberFormats?.[r]?.[c], date1904);
    }
    values.push(v);
    formats.push(f);
  }

  let syncs = 0;
  let created: string | undefined;
  try {
    return await host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      syncs++;
      const finalName = uniqueSheetName(
        name,
        sheets.items.map((s) => s.name),
      );
      const ws = sheets.add(finalName);
      created = finalName;
      let bytes = 0;
      let start = 0;
      const flush = (end: number) => {
        if (end <= start) return;
        const range = ws.getRange(rangeA1(start, 0, end - 1, columns - 1));
        range.numberFormat = formats.slice(start, end);
        range.values = values.slice(start, end);
        start = end;
      };
      for (let r = 0; r < rows.length; r++) {
        const rowBytes = JSON.stringify(values[r]).length + JSON.stringify(formats[r]).length;
        if (bytes + rowBytes > maxBytes && r > start) {
          flush(r);
          await ctx.sync();
          syncs++;
          bytes = 0;
        }
        bytes += rowBytes;
      }
      flush(rows.length);
      ws.getRange(
        rangeA1(0, 0, Math.min(rows.length, AUTOFIT_ROWS) - 1, columns - 1),
      ).format.autofitColumns();
      await ctx.sync();
      syncs++;
      return {
        name: finalName,
        rows: rows.length,
        columns,
        textColumns: kinds.filter((k) => k === "text").length,
        syncs,
      };
    });
  } catch (error) {
    // Best effort: do not leave half an import behind.
    if (created) await deleteSheetQuietly(host, created);
    if (error instanceof ImportError || error instanceof UnsupportedExcelError) throw error;
    throw new ImportError(
      `${name} is niet geïmporteerd: Excel weigerde het nieuwe blad${reasonFor(error) ? ` (${reasonFor(error)})` : ""}. ` +
        "De werkmap is niet gewijzigd.",
      error,
    );
  }
}
