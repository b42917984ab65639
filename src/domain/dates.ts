/**
 * Calendar arithmetic on "day numbers": days since 1970-01-01 (UTC), a fraction for the time of day.
 * No time zones, no Date objects in the hot paths.
 */

export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date (month 1–12); NaN when the date does not exist. */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; no Date objects). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1];
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of a day number (H. Hinnant's civil_from_days; no Date objects). */
export function ymdOf(day: DayNumber): Ymd {
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: d };
}

export function yearOf(day: DayNumber): number {
  return ymdOf(day).year;
}

/** 1 for 1 January. */
export function dayOfYear(day: DayNumber): number {
  return Math.floor(day) - dayFromYmd(yearOf(day), 1, 1) + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** ISO date "jjjj-mm-dd". */
export function isoDate(day: DayNumber): string {
  const { year, month, day: d } = ymdOf(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

/** Dutch date "dd-mm-jjjj". */
export function dutchDate(day: DayNumber): string {
  const { year, month, day: d } = ymdOf(day);
  return `${pad(d)}-${pad(month)}-${pad(year, 4)}`;
}

/** Dutch date with the time of day when there is one: "dd-mm-jjjj hh:mm". */
export function dutchDateTime(day: DayNumber): string {
  const minutes = Math.round((day - Math.floor(day)) * 1440);
  if (minutes === 0 || minutes === 1440) return dutchDate(Math.round(day));
  return `${dutchDate(day)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Parses exactly "jjjj-mm-dd" (the peildatum on the command line); NaN otherwise. */
export function parseIsoDate(text: string): DayNumber {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromYmd(+m[1], +m[2], +m[3]) : NaN;
}

/**
 * The same calendar date one year earlier; 29 February becomes 28 February.
 * Used for the 12-month window (DOMAIN.md: "from the day after the same date one year earlier").
 */
export function sameDateYearEarlier(day: DayNumber): DayNumber {
  const { year, month, day: d } = ymdOf(day);
  return dayFromYmd(year - 1, month, Math.min(d, daysInMonth(year - 1, month)));
}

/** The 12 months up to and including `peildatum`: [start, end] inclusive, whole days. */
export function twelveMonthWindow(peildatum: DayNumber): { start: DayNumber; end: DayNumber } {
  return { start: sameDateYearEarlier(peildatum) + 1, end: Math.floor(peildatum) };
}

/** Excel 1900 date system: serial 25569 is 1970-01-01; serials up to 60 carry Lotus' 1900 leap-year bug. */
const EXCEL_1900_EPOCH_OFFSET = 25569;
/** Excel 1904 date system: serial 0 is 1904-01-01. */
const EXCEL_1904_EPOCH_OFFSET = 24107;

/** Largest serial Excel accepts (31-12-9999). */
export const MAX_EXCEL_SERIAL = 2958465;

/** The years a bare number may be a date of (an Excel serial in a CSV text), and a peildatum may lie in. */
export const PLAUSIBLE_YEARS = { first: 1950, last: 2099 };

/**
 * Excel serial numbers of 1 January 1950 and 1 January 2100: a number from the first up to (not
 * including) the second may well be a date of 1950–2099.
 */
export const PLAUSIBLE_SERIALS = { from: 18264, to: 73051 };

/** Whether a number may be an Excel date serial of PLAUSIBLE_YEARS. */
export function isPlausibleSerial(n: number): boolean {
  return n >= PLAUSIBLE_SERIALS.from && n < PLAUSIBLE_SERIALS.to;
}

export function dayFromExcelSerial(serial: number, date1904 = false): DayNumber {
  if (date1904) return serial - EXCEL_1904_EPOCH_OFFSET;
  // Serial 60 is the non-existent 29-02-1900; serials below it are one day off.
  return serial < 61 ? serial - EXCEL_1900_EPOCH_OFFSET + 1 : serial - EXCEL_1900_EPOCH_OFFSET;
}

export function excelSerialFromDay(day: DayNumber, date1904 = false): number {
  if (date1904) return day + EXCEL_1904_EPOCH_OFFSET;
  const serial = day + EXCEL_1900_EPOCH_OFFSET;
  return serial < 61 ? serial - 1 : serial;
}

export function dayFromDate(date: Date): DayNumber {
  return date.getTime() / MS_PER_DAY;
}

export const MONTHS_NL = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
