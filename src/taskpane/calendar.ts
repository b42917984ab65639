/**
 * The peildatum's date picker speaks in JavaScript `Date`s at local midnight; the engine in day numbers.
 * These functions translate between them and write and read the picker's text as dd-mm-jjjj, the way
 * the report writes dates, whatever the operating system's date order.
 */
import { dayFromYmd, type DayNumber, dutchDate, ymdOf } from "../domain/dates";
import { parseDateText } from "../domain/values";

/** The local midnight of a day (what the calendar shows as that day). */
export function localDateOfDay(day: DayNumber): Date {
  const { year, month, day: dayOfMonth } = ymdOf(Math.floor(day));
  const date = new Date(year, month - 1, dayOfMonth);
  // new Date(y, …) reads 0–99 as 1900–1999.
  date.setFullYear(year);
  return date;
}

/** The day a local date falls on (its time of day ignored). */
export function dayOfLocalDate(date: Date): DayNumber {
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The picker's text for a date: dd-mm-jjjj ("" for none). */
export function formatPickerDate(date?: Date | null): string {
  return date && !Number.isNaN(date.getTime()) ? dutchDate(dayOfLocalDate(date)) : "";
}

/**
 * A typed date, in any style the exports use (30-09-2015, 30-9-2015, 30/09/2015, 30.09.2015,
 * 2015-09-30), as a local date; null when it is no real date (31-02-2015) or no date at all.
 */
export function parsePickerDate(text: string): Date | null {
  const day = parseDateText(text.trim());
  return Number.isFinite(day) ? localDateOfDay(day) : null;
}

/** Month and day names, and the labels of the calendar's buttons, in the pane's language. */
export interface CalendarTexts {
  months: string[];
  shortMonths: string[];
  /** Sunday first, as the calendar expects. */
  days: string[];
  shortDays: string[];
  goToToday: string;
  prevMonthAriaLabel: string;
  nextMonthAriaLabel: string;
  prevYearAriaLabel: string;
  nextYearAriaLabel: string;
  prevYearRangeAriaLabel: string;
  nextYearRangeAriaLabel: string;
  closeButtonAriaLabel: string;
  /** "{0}" is the date. */
  selectedDateFormatString: string;
  todayDateFormatString: string;
  /** "{0}" is the month or the year. */
  monthPickerHeaderAriaLabel: string;
  yearPickerHeaderAriaLabel: string;
  weekNumberFormatString: string;
  dayMarkedAriaLabel: string;
}

/** How the calendar writes dates in its headings and labels: "30 september 2015", "september 2015". */
export function calendarFormatter(texts: Pick<CalendarTexts, "months">) {
  return {
    formatDay: (date: Date) => String(date.getDate()),
    formatMonth: (date: Date) => texts.months[date.getMonth()],
    formatYear: (date: Date) => String(date.getFullYear()),
    formatMonthDayYear: (date: Date) =>
      `${date.getDate()} ${texts.months[date.getMonth()]} ${date.getFullYear()}`,
    formatMonthYear: (date: Date) => `${texts.months[date.getMonth()]} ${date.getFullYear()}`,
  };
}
