/** Name and argument validation with Excel's rules. */
import { SimErrorCodes, fail, invalidArgument } from "./errors";
import type { SimulatedWorkbook, SimulatedWorksheet, TableData } from "./model";

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

/** Validates a worksheet name (for add and rename). `self` is the sheet being renamed, if any. */
export function validateSheetName(wb: SimulatedWorkbook, name: unknown, self?: SimulatedWorksheet): string {
  if (typeof name !== "string") return invalidArgument("The worksheet name must be a string.");
  if (name.length === 0) return invalidArgument("The worksheet name can't be empty.");
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    return invalidArgument(
      `The worksheet name '${name}' is longer than ${MAX_SHEET_NAME_LENGTH} characters.`,
    );
  }
  const bad = FORBIDDEN_SHEET_CHARS.exec(name);
  if (bad) {
    return invalidArgument(
      `The worksheet name '${name}' contains the character '${bad[0]}', which isn't allowed.`,
    );
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    return invalidArgument(`The worksheet name '${name}' can't begin or end with an apostrophe.`);
  }
  const lower = name.toLowerCase();
  const clash = wb.worksheets.find((ws) => ws !== self && !ws.deleted && ws.name.toLowerCase() === lower);
  if (clash) {
    return fail(
      SimErrorCodes.itemAlreadyExists,
      `The resource with the same name or identifier already exists. (A worksheet named '${clash.name}' exists.)`,
    );
  }
  return name;
}

/** True for names that Excel would read as a cell reference (A1, XFD1048576, R1C1, R, C). */
export function looksLikeCellReference(name: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (m) {
    const letters = m[1].toUpperCase();
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    if (col <= 16384 && Number(m[2]) >= 1 && Number(m[2]) <= 1048576) return true;
  }
  if (/^[Rr]\d*[Cc]\d*$/.test(name)) return true;
  if (/^[RrCc]$/.test(name)) return true;
  if (/^[Rr]\d+$/.test(name) || /^[Cc]\d+$/.test(name)) return true;
  return false;
}

/**
 * Validates a table or defined name: starts with a letter, underscore or backslash; then letters,
 * digits, underscores and periods; at most 255 characters; not a cell reference; unique among
 * tables and defined names (case-insensitive).
 */
export function validateTableOrDefinedName(
  wb: SimulatedWorkbook,
  name: unknown,
  kind: "table" | "name",
  selfTable?: TableData,
): string {
  const label = kind === "table" ? "table" : "defined name";
  if (typeof name !== "string" || name.length === 0)
    return invalidArgument(`The ${label} name can't be empty.`);
  if (name.length > 255) return invalidArgument(`The ${label} name '${name}' is longer than 255 characters.`);
  if (!/^[\p{L}_\\]/u.test(name)) {
    return invalidArgument(
      `The ${label} name '${name}' must begin with a letter, an underscore or a backslash.`,
    );
  }
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return invalidArgument(
      `The ${label} name '${name}' may only contain letters, numbers, underscores and periods (no spaces).`,
    );
  }
  if (looksLikeCellReference(name)) {
    return invalidArgument(`The ${label} name '${name}' can't be the same as a cell reference.`);
  }
  const table = wb.findTable(name);
  if ((table && table !== selfTable) || wb.findName(name)) {
    return fail(
      SimErrorCodes.itemAlreadyExists,
      `The resource with the same name or identifier already exists. ('${name}' is already used by a table or a defined name.)`,
    );
  }
  return name;
}

export function validateEnum<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value === "string") {
    const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (match) return match;
  }
  return invalidArgument(
    `The value ${JSON.stringify(value)} isn't a valid ${what}. Expected one of: ${allowed.join(", ")}.`,
  );
}

export function validateNumber(value: unknown, what: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    return invalidArgument(
      `The ${what} ${JSON.stringify(value)} is invalid (expected a number from ${min} to ${max}).`,
    );
  }
  return value;
}

export function validateInteger(value: unknown, what: string, min = -Infinity, max = Infinity): number {
  const n = validateNumber(value, what, min, max);
  if (!Number.isInteger(n)) return invalidArgument(`The ${what} must be a whole number.`);
  return n;
}

export function validateBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") return invalidArgument(`The ${what} must be true or false.`);
  return value;
}

export function validateString(value: unknown, what: string): string {
  if (typeof value !== "string") return invalidArgument(`The ${what} must be a string.`);
  return value;
}

const BUILT_IN_TABLE_STYLES = new Set<string>([
  ...Array.from({ length: 21 }, (_, i) => `TableStyleLight${i + 1}`),
  ...Array.from({ length: 28 }, (_, i) => `TableStyleMedium${i + 1}`),
  ...Array.from({ length: 11 }, (_, i) => `TableStyleDark${i + 1}`),
]);

export function validateTableStyle(value: unknown): string {
  if (value === null || value === "") return "";
  if (typeof value === "string") {
    const match = [...BUILT_IN_TABLE_STYLES].find((s) => s.toLowerCase() === value.toLowerCase());
    if (match) return match;
  }
  return invalidArgument(
    `The table style ${JSON.stringify(value)} doesn't exist (use TableStyleLight1..21, Medium1..28, Dark1..11).`,
  );
}
