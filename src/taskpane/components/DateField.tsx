import { Field, makeStyles, tokens } from "@fluentui/react-components";
import { DatePicker } from "@fluentui/react-datepicker-compat";
import { DayOfWeek } from "@fluentui/react-calendar-compat";
import { useMemo } from "react";
import {
  calendarFormatter,
  dayOfLocalDate,
  formatPickerDate,
  localDateOfDay,
  parsePickerDate,
} from "../calendar";
import { useDateField } from "../hooks/useDateField";
import { useLocale } from "../hooks/useLocale";
import { usePaneStore } from "../store";

const useStyles = makeStyles({
  calendar: {
    // "september 2015", the longest month and year, fits the header (it lost 3 px to the padding).
    "& .fui-CalendarDay__monthAndYear": { paddingLeft: tokens.spacingHorizontalXS },
  },
});

export interface DateFieldProps {
  label: string;
  /** ISO date ("2015-09-30"), "" for none. */
  value: string;
  onChange(iso: string): void;
  /** Shown when the value is no valid date (an emptied field). */
  invalidMessage?: string;
}

/**
 * A date as the report writes it, dd-mm-jjjj, typed or picked in a calendar that starts on Monday, in
 * the pane's language — not the browser's date field, which follows the operating system's date order.
 */
export function DateField({ label, value, onChange, invalidMessage }: DateFieldProps) {
  const { t } = useLocale();
  const { now } = usePaneStore();
  const styles = useStyles();
  const field = useDateField(value, onChange);
  const formatter = useMemo(() => calendarFormatter(t.calendar), [t]);
  const todayDay = dayOfLocalDate(now());
  const today = useMemo(() => localDateOfDay(todayDay), [todayDay]);
  const message = field.rejected !== undefined ? t.peildatumTypedInvalid(field.rejected) : invalidMessage;
  return (
    <Field
      label={label}
      validationState={message !== undefined ? "error" : "none"}
      validationMessage={message}
    >
      <DatePicker
        allowTextInput
        // A click in the field is for typing; the calendar opens with its icon, ↓ or Enter. (The picker
        // opens on a click unless both are said: it reads disableAutoFocus from the props, not its default.)
        openOnClick={false}
        disableAutoFocus
        value={field.value}
        onSelectDate={field.onSelectDate}
        onValidationResult={field.onValidationResult}
        onChange={(_, data) => field.onInputChange(data.value)}
        formatDate={formatPickerDate}
        parseDateFromString={parsePickerDate}
        placeholder={t.datePlaceholder}
        firstDayOfWeek={DayOfWeek.Monday}
        // The pane is narrow: the month and year pickers open over the days, not beside them.
        showMonthPickerAsOverlay
        calendar={{ className: styles.calendar }}
        strings={t.calendar}
        dateTimeFormatter={formatter}
        today={today}
        popupSurface={{ "aria-label": t.calendarLabel }}
      />
    </Field>
  );
}
