/**
 * The peildatum picker's translations: local dates ↔ day numbers, and its text as dd-mm-jjjj whatever
 * the operating system's date order. (No Date is ever read in UTC, so the machine's time zone cannot
 * move a day; checked here with TZ=Pacific/Kiritimati and TZ=America/Santiago.)
 */
import fc from "fast-check";
import { dayFromYmd, isoDate } from "../../src/domain/dates";
import {
  calendarFormatter,
  dayOfLocalDate,
  formatPickerDate,
  localDateOfDay,
  parsePickerDate,
} from "../../src/taskpane/calendar";
import { STRINGS } from "../../src/taskpane/i18n";

test("a day and its local date are the same calendar day, both ways (1900–2100)", () => {
  fc.assert(
    fc.property(fc.integer({ min: dayFromYmd(1900, 1, 1), max: dayFromYmd(2100, 12, 31) }), (day) => {
      const date = localDateOfDay(day);
      expect(dayOfLocalDate(date)).toBe(day);
      expect(formatPickerDate(date)).toBe(isoDate(day).split("-").reverse().join("-"));
      expect(dayOfLocalDate(parsePickerDate(formatPickerDate(date)) as Date)).toBe(day);
    }),
  );
});

test("the time of day does not move the date", () => {
  expect(dayOfLocalDate(new Date(2015, 8, 30, 23, 59))).toBe(dayFromYmd(2015, 9, 30));
  expect(formatPickerDate(new Date(2016, 1, 29, 0, 1))).toBe("29-02-2016");
});

test("typed dates: the styles the exports use are read; a non-date is null", () => {
  const shown = (text: string) => formatPickerDate(parsePickerDate(text));
  expect(shown("30-09-2015")).toBe("30-09-2015");
  expect(shown(" 30-9-2015 ")).toBe("30-09-2015");
  expect(shown("30/09/2015")).toBe("30-09-2015");
  expect(shown("30.09.2015")).toBe("30-09-2015");
  expect(shown("2015-09-30")).toBe("30-09-2015");
  expect(shown("29-02-2016")).toBe("29-02-2016");
  for (const text of ["", "31-02-2015", "29-02-2015", "13-13-2015", "09/30", "morgen", "30-09-15"])
    expect(parsePickerDate(text)).toBeNull();
  expect(formatPickerDate(null)).toBe("");
  expect(formatPickerDate(new Date(Number.NaN))).toBe("");
});

test("the calendar writes dates in the pane's language, day first", () => {
  const nl = calendarFormatter(STRINGS.nl.calendar);
  expect(nl.formatMonthDayYear(new Date(2015, 8, 30))).toBe("30 september 2015");
  expect(nl.formatMonthYear(new Date(2015, 2, 1))).toBe("maart 2015");
  const en = calendarFormatter(STRINGS.en.calendar);
  expect(en.formatMonthDayYear(new Date(2015, 8, 30))).toBe("30 September 2015");
  for (const strings of [STRINGS.nl.calendar, STRINGS.en.calendar]) {
    expect(strings.months).toHaveLength(12);
    expect(strings.shortMonths).toHaveLength(12);
    expect(strings.days).toHaveLength(7);
    expect(strings.shortDays).toHaveLength(7);
  }
});
