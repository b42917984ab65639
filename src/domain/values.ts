/**
 * Coercion of Dutch cell values. Each parser returns `undefined` for an empty cell, the value when it
 * is readable, and `INVALID` when it is not (the caller turns that into a finding).
 */
import { Cell } from "./cells";
import {
  DayNumber,
  dayFromDate,
  dayFromExcelSerial,
  dayFromYmd,
  MAX_EXCEL_SERIAL,
  isPlausibleSerial,
} from "./dates";

export const INVALID: unique symbol = Symbol("invalid");
export type Parsed<T> = T | undefined | typeof INVALID;

export function parseText(value: Cell): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return trimText(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return String(value);
}

/**
 * Trimmed text, or undefined when the text is blank: `text.trim()` without the call in the usual case,
 * text that starts and ends with a printable ASCII character (every text cell of an export comes here).
 */
export function trimText(text: string): string | undefined {
  const length = text.length;
  if (length === 0) return undefined;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return text;
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}

const NUMBER_PLAIN = /^[+-]?\d+$/;
/** Both separators: the last one is the decimal separator, the other groups thousands. */
const NUMBER_COMMA = /^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$/;
const NUMBER_POINT = /^[+-]?\d{1,3}(,\d{3})*(\.\d+)?$|^[+-]?\d+(\.\d+)?$/;
/** One separator that repeats groups thousands: "1.234.567", "1,234,567". */
const GROUPED_POINTS = /^[+-]?\d{1,3}(\.\d{3}){2,}$/;
const GROUPED_COMMAS = /^[+-]?\d{1,3}(,\d{3}){2,}$/;
/** A single point before exactly three digits, not after a lone 0: Dutch thousands ("1.250"). */
const DUTCH_THOUSANDS = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;

/**
 * Numbers with a decimal comma or point: "25,5", "25.5", "1.234,5", "1,234.5", "1.234.567".
 * A single comma is the decimal comma ("1,250" is 1,25). A single point is the decimal point, except
 * before exactly three digits ("1.250"): in Dutch that groups thousands, and no count, hours or
 * percentage in these sheets has three decimals ("0.250" stays 0,25). A separator that repeats groups
 * thousands. A percentage ("25%") is its fraction (0,25).
 */
export function parseNumber(value: Cell): Parsed<number> {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : INVALID;
  if (typeof value === "boolean" || value instanceof Date) return INVALID;
  const small = smallInteger(value);
  if (small >= 0) return small;
  const text = value.trim().replace(/[\s\u00a0]/g, "");
  if (text === "") return undefined;
  if (text.length > 1 && text.endsWith("%")) {
    // A percentage as text ("25%", "12,5 %"): the fraction, as an Excel percentage cell holds it.
    const inner = text.slice(0, -1);
    const percent = inner.endsWith("%") ? INVALID : parseNumber(inner);
    return typeof percent === "number" ? percent / 100 : INVALID;
  }
  if (NUMBER_PLAIN.test(text)) return Number(text);
  let normalised: string;
  if (GROUPED_POINTS.test(text) || DUTCH_THOUSANDS.test(text)) normalised = text.replace(/\./g, "");
  else if (GROUPED_COMMAS.test(text)) normalised = text.replace(/,/g, "");
  else if (text.lastIndexOf(",") > text.lastIndexOf(".")) {
    if (!NUMBER_COMMA.test(text)) return INVALID;
    normalised = text.replace(/\./g, "").replace(",", ".");
  } else {
    if (!NUMBER_POINT.test(text)) return INVALID;
    normalised = text.replace(/,/g, "");
  }
  const number = Number(normalised);
  return Number.isFinite(number) ? number : INVALID;
}

/** Fast path: a plain count of up to 9 digits ("24"); -1 for anything else. */
function smallInteger(text: string): number {
  const length = text.length;
  if (length === 0 || length > 9) return -1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const TRUE_WORDS = new Set(["ja", "j", "x", "true", "waar", "1", "yes", "y"]);
const FALSE_WORDS = new Set(["nee", "n", "false", "onwaar", "0", "no"]);

/** Booleans: ja/nee, j/n, x/empty, true/false, waar/onwaar, yes/no (and y), 1/0. Empty is `undefined` (reads as nee). */
export function parseBool(value: Cell): Parsed<boolean> {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : INVALID;
  if (value instanceof Date) return INVALID;
  if (value === "ja") return true;
  if (value === "nee" || value === "") return value === "" ? undefined : false;
  const text = value.trim().toLowerCase();
  if (text === "") return undefined;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return INVALID;
}

const DATE_DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const DATE_YMD =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function withTime(day: DayNumber, hours?: string, minutes?: string, seconds?: string): DayNumber {
  if (hours === undefined || Number.isNaN(day)) return day;
  const h = +hours;
  const m = +(minutes ?? 0);
  const s = +(seconds ?? 0);
  if (h > 23 || m > 59 || s > 59) return NaN;
  return day + (h * 3600 + m * 60 + s) / 86400;
}

/** Parses a date text in one of the styles DOMAIN.md lists; NaN when it is not a real date. */
export function parseDateText(text: string): DayNumber {
  let m = DATE_DMY.exec(text);
  if (m) return withTime(dayFromYmd(+m[3], +m[2], +m[1]), m[4], m[5], m[6]);
  m = DATE_YMD.exec(text);
  if (m) return withTime(dayFromYmd(+m[1], +m[2], +m[3]), m[4], m[5], m[6]);
  return NaN;
}

/** The two-digit number at `at` in `text`, or -1 when either character is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** Fast path for the usual export style "dd-mm-jjjj"; -1 when the text is not exactly that. */
function dutchDateFast(text: string): DayNumber {
  if (text.length !== 10 || text.charCodeAt(2) !== 45 || text.charCodeAt(5) !== 45) return -1;
  const day = twoDigits(text, 0);
  const month = twoDigits(text, 3);
  const century = twoDigits(text, 6);
  const years = twoDigits(text, 8);
  if (day < 0 || month < 0 || century < 0 || years < 0) return -1;
  const result = dayFromYmd(century * 100 + years, month, day);
  return Number.isNaN(result) || result < 0 ? -1 : result;
}

/**
 * Dates: Excel dates (serial numbers, or Date objects from a file reader), "dd-mm-jjjj", "d-m-jjjj",
 * "dd/mm/jjjj", "jjjj-mm-dd", optionally followed by a time "hh:mm", and an Excel serial written as text
 * (a CSV file) when it falls in 1950–2099. The result is a day number.
 */
export function parseDate(value: Cell, date1904 = false): Parsed<DayNumber> {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > MAX_EXCEL_SERIAL) return INVALID;
    return dayFromExcelSerial(value, date1904);
  }
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return Number.isFinite(day) ? day : INVALID;
  }
  if (typeof value === "boolean") return INVALID;
  const fast = dutchDateFast(value);
  if (fast >= 0) return fast;
  const text = value.trim();
  if (text === "") return undefined;
  const day = parseDateText(text);
  if (!Number.isNaN(day)) return day;
  // An Excel date saved as its serial number in a CSV file ("42064", with a time "42064,5").
  const serial = SERIAL_TEXT.test(text) ? Number(text.replace(",", ".")) : NaN;
  return isPlausibleSerial(serial) ? dayFromExcelSerial(serial, date1904) : INVALID;
}

const SERIAL_TEXT = /^\d{5}([.,]\d+)?$/;

/**
 * The codes of a number format without its literal parts (quoted text, escaped characters, [colour] and
 * [condition] sections); "" for General, text (@) or none.
 */
function formatCodes(format: string | null | undefined): string {
  if (!format || format === "General" || format === "@") return "";
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
}

/** A number format that shows a time of day (hours), with or without the date. */
export function isTimeFormat(format: string | null | undefined): boolean {
  return /h/i.test(formatCodes(format));
}

const TIME_TEXT = /\d:\d\d/;

/**
 * Whether a date cell carries a time of day — also midnight: "01-03-2015 00:00" is a moment, "01-03-2015"
 * a whole day. A time in the text, a serial number with a fraction, or a cell whose number format shows
 * hours.
 */
export function carriesTime(value: Cell, format?: string | null): boolean {
  if (typeof value === "string") {
    // A serial number as text has its time as a fraction ("42064,5", as parseDate reads it).
    const text = value.trim();
    return TIME_TEXT.test(text) || (SERIAL_TEXT.test(text) && /[.,]/.test(text));
  }
  if (typeof value === "number") return !Number.isInteger(value) || isTimeFormat(format);
  if (value instanceof Date) return value.getTime() % 86_400_000 !== 0 || isTimeFormat(format);
  return false;
}

/** A number format that shows a date (Excel's built-in or custom d/m/y formats, not elapsed time). */
export function isDateFormat(format: string | null | undefined): boolean {
  const codes = formatCodes(format);
  return /[dy]/i.test(codes) || /m{3,}/i.test(codes);
}
