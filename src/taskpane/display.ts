/**
 * Dates in the pane's text keep together on one line: the browser may break a line after any hyphen,
 * and "30-09-" at the end of a line with "2015" on the next reads badly. Their hyphens become
 * non-breaking hyphens (U+2011), which look the same. Only for text on screen: a date in an input field
 * or in the workbook keeps its plain hyphens.
 */
import { type DayNumber, dutchDate } from "../domain/dates";

const NON_BREAKING_HYPHEN = "\u2011";

/** Every dd-mm-jjjj date (and d-m-jjjj, jjjj-mm-dd) in `text` made unbreakable. */
export function unbreakableDates(text: string): string {
  return text.replace(/\b(\d{1,2})-(\d{1,2})-(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g, (date) =>
    date.replace(/-/g, NON_BREAKING_HYPHEN),
  );
}

/** A day as the pane shows it: dd-mm-jjjj, unbreakable. */
export const displayDate = (day: DayNumber): string => unbreakableDates(dutchDate(day));
