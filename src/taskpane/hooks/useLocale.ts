import { type DayNumber } from "../../domain/dates";
import { displayDate } from "../display";
import { usePaneStore } from "../store";

/**
 * The pane's strings and formatters; dates are written dd-mm-jjjj in both languages (as in the report),
 * kept on one line.
 */
export function useLocale() {
  const { locale, t, fmt } = usePaneStore();
  return { locale, t, fmt, date: (day: DayNumber) => displayDate(day) };
}
