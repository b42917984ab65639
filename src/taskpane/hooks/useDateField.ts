import { useCallback, useMemo, useRef, useState } from "react";
import { isoDate, parseIsoDate } from "../../domain/dates";
import { dayOfLocalDate, localDateOfDay } from "../calendar";

export interface DateFieldState {
  /** The date shown (null when none). Stable while `iso` stays the same, so typing is not reset. */
  value: Date | null;
  /** The text last typed when it was no date: the picker then shows the previous date again. */
  rejected: string | undefined;
  onInputChange(text: string): void;
  onSelectDate(date: Date | null | undefined): void;
  onValidationResult(result: { error?: string }): void;
}

/**
 * A date field over an ISO date text ("2015-09-30"; "" for none): what the picker shows, and what was
 * typed and rejected, so the field can say so (the picker itself puts the previous date back).
 */
export function useDateField(iso: string, onChange: (iso: string) => void): DateFieldState {
  const value = useMemo(() => {
    const day = parseIsoDate(iso);
    return Number.isFinite(day) ? localDateOfDay(day) : null;
  }, [iso]);
  const typed = useRef("");
  const [rejected, setRejected] = useState<string | undefined>(undefined);
  const onInputChange = useCallback((text: string) => {
    typed.current = text;
  }, []);
  const onSelectDate = useCallback(
    (date: Date | null | undefined) => {
      setRejected(undefined);
      onChange(date ? isoDate(dayOfLocalDate(date)) : "");
    },
    [onChange],
  );
  const onValidationResult = useCallback((result: { error?: string }) => {
    setRejected(result.error === "invalid-input" ? typed.current.trim() : undefined);
  }, []);
  return { value, rejected, onInputChange, onSelectDate, onValidationResult };
}
