/**
 * What a source looks like before it is understood: a 2-D array of cell values as Excel hands them
 * over (strings, numbers, booleans, Excel serial dates), or as the CSV/xlsx readers produce them.
 */

export type Cell = string | number | boolean | Date | null | undefined;

export interface SheetInput {
  /** Sheet name as the user sees it (for a CSV file: the file name). */
  name: string;
  /** File the sheet came from, when not the open workbook. */
  file?: string;
  rows: Cell[][];
  /** Number formats parallel to `rows` (optional): lets a date-formatted number in a text column read as a date. */
  numberFormats?: (string | null | undefined)[][];
  /** The workbook uses the 1904 date system (Excel for Mac legacy). */
  date1904?: boolean;
  /** Sheet row number (1-based) of rows[0]; 1 unless the used range starts lower. */
  firstRow?: number;
  /** Sheet column number (1-based) of rows[r][0]; 1 unless the used range starts further right. */
  firstColumn?: number;
  /** Force the source type instead of recognising it from the headers (set by the user). */
  sourceType?: import("./sources/catalog").SourceType;
  /** Column mapping by hand: column key (see the catalog) -> header text in this sheet. */
  columnMap?: Record<string, string>;
  /** What the file reader had to repair (Dutch sentences), for the report's notes. */
  notes?: string[];
}

export function isBlankCell(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** Column letters as Excel shows them: 1 -> A, 27 -> AA. */
export function columnLetter(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A cell value as text for messages and reports. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "ongeldige datum" : value.toISOString().slice(0, 10);
  }
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  return String(value);
}
