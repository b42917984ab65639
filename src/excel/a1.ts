/** A1 addresses: zero-based rows/columns in, Excel addresses out. */
import { columnLetter } from "../domain/cells";

/** "A1"-style cell address of a zero-based row and column. */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

/** "A1:C10" of a zero-based rectangle (inclusive). */
export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  const a = cellA1(r0, c0);
  const b = cellA1(r1, c1);
  return a === b ? a : `${a}:${b}`;
}

/** A sheet name as it must appear in a formula or address: quoted, apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Entire columns "B:B" (zero-based). */
export function columnsA1(c0: number, c1: number): string {
  return `${columnLetter(c0 + 1)}:${columnLetter(c1 + 1)}`;
}

/** Entire rows "5:5" (zero-based). */
export function rowsA1(r0: number, r1: number): string {
  return `${r0 + 1}:${r1 + 1}`;
}

/** Parses "A1", "$B$12" or "'Blad'!C3:D4" into zero-based numbers (the first cell of a range). */
export function parseA1(address: string): { sheet?: string; row: number; column: number } | null {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(text);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(m[2]) - 1, column: column - 1 };
}

/** Excel column width in points for a width in characters of Calibri 11 (7 px per character + 5 px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
