/**
 * Reading and writing cell contents the way the Excel JS API does: empty cells read as "",
 * strings typed into `values` are parsed like keyboard input (numbers, booleans, dates,
 * percentages, formulas), formula cells read as their computed result.
 */
import { type CellRect, rectIntersection } from "./address";
import { SimErrorCodes, fail, invalidArgument } from "./errors";
import { evaluateCell } from "./formula";
import { type Cell, type CellValue, type SimulatedWorksheet, type TableData, DEFAULT_STYLE } from "./model";
import { dateToSerial, formatValue } from "./text-format";

export const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#FIELD!",
  "#UNKNOWN!",
];

export const MAX_CELL_TEXT = 32767;
export const MAX_FORMULA_LENGTH = 8192;

export interface ReadResult {
  value: CellValue | null;
  error: boolean;
}

/** Current value of a cell (formulas evaluated). */
export function readCell(ws: SimulatedWorksheet, row: number, col: number): ReadResult {
  const cell = ws.getCell(row, col);
  if (!cell) return { value: null, error: false };
  if (cell.formula) return evaluateCell(ws, row, col);
  return { value: cell.value, error: !!cell.error };
}

/** The value as `Range.values` returns it: "" for empty cells. */
export function apiValue(ws: SimulatedWorksheet, row: number, col: number): CellValue {
  const { value } = readCell(ws, row, col);
  return value === null ? "" : value;
}

export function apiText(ws: SimulatedWorksheet, row: number, col: number): string {
  const { value, error } = readCell(ws, row, col);
  if (error) return String(value);
  const format = ws.effectiveStyle(row, col).numberFormat ?? DEFAULT_STYLE.numberFormat;
  return formatValue(value, format, ws.workbook.date1904);
}

export function apiFormula(ws: SimulatedWorksheet, row: number, col: number): CellValue {
  const cell = ws.getCell(row, col);
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  return cell.value === null ? "" : cell.value;
}

export function apiValueType(ws: SimulatedWorksheet, row: number, col: number): string {
  const { value, error } = readCell(ws, row, col);
  if (error) return "Error";
  if (value === null || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

interface ParsedInput {
  value: CellValue | null;
  formula?: string;
  error?: boolean;
  /** Number format Excel applies when the cell's format is General. */
  impliedFormat?: string;
}

const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Interprets a string the way Excel interprets typed input (en-US). */
export function parseTypedString(text: string, date1904: boolean): ParsedInput {
  if (text === "") return { value: null };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text };
  const trimmed = text.trim();
  if (/^(TRUE|FALSE)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
  if (ERROR_VALUES.includes(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), error: true };
  if (/\d/.test(trimmed) && NUMBER_RE.test(trimmed)) {
    const n = Number(trimmed.replace(/,/g, ""));
    if (Number.isFinite(n)) return { value: n, impliedFormat: trimmed.includes(",") ? "#,##0" : undefined };
  }
  let m = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (m) {
    const decimals = m[1].includes(".") ? "0.00%" : "0%";
    return { value: Number(m[1]) / 100, impliedFormat: decimals };
  }
  m = /^(-?)\$\s?(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?$/.exec(trimmed);
  if (m) {
    const n = Number(`${m[1]}${m[2].replace(/,/g, "")}${m[3] ?? ""}`);
    return { value: n, impliedFormat: m[3] ? "$#,##0.00" : "$#,##0" };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (m && validDate(+m[1], +m[2], +m[3])) {
    return { value: dateToSerial(+m[1], +m[2], +m[3], date1904), impliedFormat: "m/d/yyyy" };
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (m && validDate(+m[3], +m[1], +m[2])) {
    return { value: dateToSerial(+m[3], +m[1], +m[2], date1904), impliedFormat: "m/d/yyyy" };
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (m && +m[1] < 24 && +m[2] < 60 && (!m[3] || +m[3] < 60)) {
    const seconds = +m[1] * 3600 + +m[2] * 60 + (m[3] ? +m[3] : 0);
    return { value: seconds / 86400, impliedFormat: m[3] ? "h:mm:ss" : "h:mm" };
  }
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) {
    // Excel treats input starting with + or - as a formula.
    return { value: null, formula: `=${text}` };
  }
  return { value: text };
}

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Checks one element of a `values`/`formulas` array. null/undefined mean "leave unchanged". */
export function checkInputElement(value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === "string") {
    if (value.startsWith("=") && value.length > MAX_FORMULA_LENGTH) {
      fail(
        SimErrorCodes.formulaLengthExceedsLimit,
        `A formula can't be longer than ${MAX_FORMULA_LENGTH} characters.`,
      );
    }
    if (value.length > MAX_CELL_TEXT) {
      invalidArgument(`The text is longer than ${MAX_CELL_TEXT} characters, the maximum a cell can hold.`);
    }
    return;
  }
  if (typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) invalidArgument("The value NaN or Infinity can't be written to a cell.");
    return;
  }
  if (value instanceof Date) {
    invalidArgument("A Date object can't be written to a cell; write the date's serial number instead.");
  }
  invalidArgument(`The value ${JSON.stringify(value)} can't be written to a cell.`);
}

/** Checks that `value` is a 2-D array of exactly rows x cols. */
export function checkMatrix(value: unknown, rows: number, cols: number, what: string): unknown[][] {
  const mismatch = (): never =>
    invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range ` +
        `(${what}: expected ${rows} x ${cols}).`,
    );
  if (!Array.isArray(value)) return mismatch();
  if (value.length !== rows) return mismatch();
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== cols) return mismatch();
  }
  return value as unknown[][];
}

export function checkWritable(ws: SimulatedWorksheet, row: number, col: number): void {
  if (!ws.protection.protected) return;
  const locked = ws.effectiveStyle(row, col).locked ?? DEFAULT_STYLE.locked;
  if (locked) {
    fail(
      SimErrorCodes.accessDenied,
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    );
  }
}

/** Writes one element of `values` (mode "values") or `formulas` (mode "formulas"). */
export function writeInput(ws: SimulatedWorksheet, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return;
  checkWritable(ws, row, col);
  const cell = ws.ensureCell(row, col);
  const format = ws.effectiveStyle(row, col).numberFormat ?? "General";
  let parsed: ParsedInput;
  if (typeof input === "string") {
    parsed =
      format === "@" ? { value: input === "" ? null : input } : parseTypedString(input, ws.workbook.date1904);
  } else {
    parsed = { value: input as CellValue };
  }
  cell.value = parsed.value;
  if (parsed.formula) cell.formula = parsed.formula;
  else delete cell.formula;
  if (parsed.error) cell.error = true;
  else delete cell.error;
  if (parsed.impliedFormat && (format === "General" || format === "")) {
    cell.style = { ...cell.style, numberFormat: parsed.impliedFormat };
  }
  if (parsed.formula) cell.value = null;
  ws.pruneCell(row, col);
}

export function clearContents(cell: Cell): void {
  cell.value = null;
  delete cell.formula;
  delete cell.error;
}

/** Makes the header cells of tables touched by a write valid again: unique, non-empty strings. */
export function normalizeTableHeaders(ws: SimulatedWorksheet, written: CellRect): void {
  for (const table of ws.tables) {
    if (!table.showHeaders) continue;
    const header: CellRect = { r0: table.rect.r0, r1: table.rect.r0, c0: table.rect.c0, c1: table.rect.c1 };
    if (!rectIntersection(header, written)) continue;
    syncHeaderCells(ws, table);
  }
}

/** Reads header cells into column names (stringified, de-duplicated) and writes them back. */
export function syncHeaderCells(ws: SimulatedWorksheet, table: TableData): void {
  const row = table.rect.r0;
  const used = new Set<string>();
  table.columns.forEach((column, i) => {
    const col = table.rect.c0 + i;
    const { value } = readCell(ws, row, col);
    let name = value === null || value === "" ? "" : formatHeader(value);
    if (name === "") name = `Column${i + 1}`;
    name = uniqueName(name, used);
    used.add(name.toLowerCase());
    column.name = name;
    const cell = ws.ensureCell(row, col);
    cell.value = name;
    delete cell.formula;
    delete cell.error;
  });
}

function formatHeader(value: CellValue): string {
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

export function uniqueName(name: string, used: Set<string>): string {
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name}${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
