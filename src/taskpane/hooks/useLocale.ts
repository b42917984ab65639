import { dutchDate, type DayNumber } from "../../domain/dates";
import { usePaneStore } from "../store";

/** The pane's strings and formatters; dates are written dd-mm-jjjj in both languages (as in the report). */
export function useLocale() {
  const { locale, t, fmt } = usePaneStore();
  return { locale, t, fmt, date: (day: DayNumber) => dutchDate(day) };
}
