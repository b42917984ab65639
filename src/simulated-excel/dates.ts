/**
 * Date helpers. Like Excel's JS API, `Range.values` returns dates as serial numbers in the
 * workbook's own date system: in a 1904 workbook (`SimulatedWorkbook.date1904`) serial 0 is
 * 1904-01-01, in a 1900 workbook serial 1 is 1900-01-01 (with Excel's fictitious 1900-02-29 = 60).
 */

const MS_PER_DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Days between the two systems: a 1904-system serial + 1462 = the 1900-system serial. */
export const DATE1904_OFFSET = 1462;

export function serial1904To1900(serial: number): number {
  return serial + DATE1904_OFFSET;
}

/** The UTC date/time of a serial (1900 serials before 1900-03-01 are off by Excel's leap-year bug). */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * MS_PER_DAY));
}

/** The serial of a JS Date (UTC fields), rounded to the millisecond. */
export function dateToSerialNumber(date: Date, date1904 = false): number {
  const ms = date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900);
  const serial = Math.round(ms) / MS_PER_DAY;
  // Avoid float noise such as 42000.00000000001.
  return Math.round(serial * 1e10) / 1e10;
}
