/** A1-style address parsing and formatting. All row/column indexes are zero-based and inclusive. */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  /** Sheet name when the address is sheet-qualified (unquoted, apostrophes unescaped). */
  sheetName?: string;
  rect: CellRect;
}

export function columnToLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnToLetters(col)}${row + 1}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?([0-9]{1,7})$/;

function parsePart(part: string): { row?: number; col?: number } | null {
  let m = CELL_RE.exec(part);
  if (m) {
    const col = lettersToColumn(m[1]);
    const row = Number(m[2]) - 1;
    if (col < 0 || col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return null;
    return { row, col };
  }
  m = COL_RE.exec(part);
  if (m) {
    const col = lettersToColumn(m[1]);
    if (col < 0 || col >= MAX_COLS) return null;
    return { col };
  }
  m = ROW_RE.exec(part);
  if (m) {
    const row = Number(m[1]) - 1;
    if (row < 0 || row >= MAX_ROWS) return null;
    return { row };
  }
  return null;
}

/** Splits `'Sheet name'!A1:B2` / `Sheet1!A1` into sheet name and local address. */
export function splitSheetQualifier(address: string): { sheetName?: string; local: string } | null {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i++;
    }
    if (text[i] !== "'" || text[i + 1] !== "!") return null;
    return { sheetName: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang >= 0) return { sheetName: text.slice(0, bang), local: text.slice(bang + 1) };
  return { local: text };
}

/** Parses an A1 address (`A1`, `A1:C3`, `A:C`, `1:3`, optionally sheet-qualified). Returns null if invalid. */
export function parseAddress(address: string): ParsedAddress | null {
  if (typeof address !== "string") return null;
  const split = splitSheetQualifier(address);
  if (!split || split.local === "") return null;
  const parts = split.local.split(":");
  if (parts.length > 2) return null;
  const a = parsePart(parts[0]);
  const b = parts.length === 2 ? parsePart(parts[1]) : a;
  if (!a || !b) return null;
  let rect: CellRect;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    rect = { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
  } else if (parts.length === 2 && a.row === undefined && b.row === undefined) {
    rect = { r0: 0, c0: a.col!, r1: MAX_ROWS - 1, c1: b.col! };
  } else if (parts.length === 2 && a.col === undefined && b.col === undefined) {
    rect = { r0: a.row!, c0: 0, r1: b.row!, c1: MAX_COLS - 1 };
  } else {
    return null;
  }
  return { sheetName: split.sheetName, rect: normalizeRect(rect) };
}

export function normalizeRect(rect: CellRect): CellRect {
  return {
    r0: Math.min(rect.r0, rect.r1),
    r1: Math.max(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    c1: Math.max(rect.c0, rect.c1),
  };
}

export function isEntireColumns(rect: CellRect): boolean {
  return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
}

export function isEntireRows(rect: CellRect): boolean {
  return rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
}

/** Formats a rectangle the way Excel does in `Range.address`: `A1`, `A1:B2`, `A:B`, `1:2`. */
export function formatRect(rect: CellRect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireColumns(rect) && !isEntireRows(rect)) {
    return `${d}${columnToLetters(rect.c0)}:${d}${columnToLetters(rect.c1)}`;
  }
  if (isEntireRows(rect) && !isEntireColumns(rect)) {
    return `${d}${rect.r0 + 1}:${d}${rect.r1 + 1}`;
  }
  const first = `${d}${columnToLetters(rect.c0)}${d}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return first;
  return `${first}:${d}${columnToLetters(rect.c1)}${d}${rect.r1 + 1}`;
}

/** Whether a sheet name must be quoted in a reference (`'My sheet'!A1`). */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return true;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return true; // looks like a cell reference
  if (/^[Rr]([0-9]*)[Cc]([0-9]*)$/.test(name) || /^[RrCc]$/.test(name)) return true; // R1C1 style
  if (/^(TRUE|FALSE)$/i.test(name)) return true;
  return false;
}

export function quoteSheetName(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

export function qualifiedAddress(sheetName: string, rect: CellRect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

export function rectArea(rect: CellRect): number {
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
}

export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function rectIntersection(a: CellRect, b: CellRect): CellRect | null {
  if (!rectsIntersect(a, b)) return null;
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

export function rectContains(outer: CellRect, inner: CellRect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function boundingRect(a: CellRect, b: CellRect): CellRect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

export function rectInBounds(rect: CellRect): boolean {
  return (
    rect.r0 >= 0 &&
    rect.c0 >= 0 &&
    rect.r1 < MAX_ROWS &&
    rect.c1 < MAX_COLS &&
    rect.r0 <= rect.r1 &&
    rect.c0 <= rect.c1
  );
}

export function sameRect(a: CellRect, b: CellRect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}
