/**
 * Rapport: make the monthly report with progress through lezen, controleren, berekenen and
 * schrijven; go to a report sheet; record the maandstand (asking first when that peildatum is
 * already in the history).
 */
import { useCallback, useState } from "react";
import { type DayNumber, isoDate } from "../../domain/dates";
import { displayDate, unbreakableDates } from "../display";
import type { RecordResult } from "../../excel/maandstand";
import type { PipelineStep, RefreshResult } from "../../excel/make-report";
import type { TeamSettings } from "../../excel/settings";
import type { ErrorContext } from "../errors";
import { loadEngine } from "../load-engine";
import { usePaneStore } from "../store";

/** The steps of making the report, in order (as src/excel/make-report runs them). */
const STEPS = ["lezen", "controleren", "berekenen", "schrijven"] as const satisfies readonly PipelineStep[];

export interface Progress {
  step: PipelineStep;
  /** 1-based number of the step. */
  number: number;
  /** Sheets done while recognising. */
  detail?: { done: number; total: number };
  /** 0 … 1 over the whole flow. */
  value: number;
}

export interface ReportState {
  status: "idle" | "running" | "done" | "failed";
  progress?: Progress;
  result?: RefreshResult;
  error?: unknown;
  errorContext: ErrorContext;
  recording: boolean;
  recorded?: RecordResult & { peildatum: string; at: string };
  /** When the report's peildatum is already in Historie: when it was last recorded. */
  alreadyRecorded?: string;
  confirming: boolean;
  make(): Promise<void>;
  openSheet(name: string): Promise<void>;
  record(): Promise<void>;
  confirmRecord(): Promise<void>;
  cancelRecord(): void;
  dismissError(): void;
}

export function useReport(
  settings: TeamSettings,
  peildatum: DayNumber,
  beforeMake: () => Promise<boolean>,
  /** After a report was made (the ribbon's earlier failure is then old news). */
  afterMake: () => void = () => undefined,
): ReportState {
  const { host, pause, announce, t, now } = usePaneStore();
  const [status, setStatus] = useState<ReportState["status"]>("idle");
  const [progress, setProgress] = useState<Progress>();
  const [result, setResult] = useState<RefreshResult>();
  const [error, setError] = useState<unknown>();
  const [errorContext, setErrorContext] = useState<ErrorContext>("report");
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<ReportState["recorded"]>();
  const [confirming, setConfirming] = useState(false);

  const make = useCallback(async () => {
    if (!Number.isFinite(peildatum)) return;
    setError(undefined);
    setRecorded(undefined);
    setStatus("running");
    const onStep = (step: PipelineStep, detail?: { done: number; total: number }) => {
      const index = STEPS.indexOf(step);
      const fraction = detail && detail.total > 0 ? detail.done / detail.total : 0;
      setProgress({ step, number: index + 1, detail, value: (index + fraction) / STEPS.length });
      if (!detail) announce(t.stepOf(index + 1, t.steps[step]));
    };
    try {
      // The settings shown are the ones the report is made with: keep them for "Rapport verversen".
      await beforeMake();
      const { refreshReport } = await loadEngine();
      const made = await refreshReport(host, { settings, peildatum, pause, onStep });
      setResult(made);
      setStatus("done");
      afterMake();
      setProgress(undefined);
      // The report sheets are the add-in's own: the sources did not change, so the checks stay current.
      announce(t.reportDone(displayDate(peildatum), made.write.sheets.length));
    } catch (e) {
      setError(e);
      setErrorContext("report");
      setStatus("failed");
      setProgress(undefined);
      // The live region said "Stap 3 van 4"; it must not keep saying so.
      announce(t.reportFailed);
    }
  }, [afterMake, announce, beforeMake, host, pause, peildatum, settings, t]);

  const openSheet = useCallback(
    async (name: string) => {
      setError(undefined);
      try {
        const { activateSheet } = await loadEngine();
        const ok = await activateSheet(host, name);
        if (!ok) announce(t.notSelectable(name));
      } catch (e) {
        setError(e);
        setErrorContext("generic");
      }
    },
    [announce, host, t],
  );

  const reportPeildatum = result ? isoDate(result.report.options.peildatum) : undefined;
  const previous = result?.read.history.filter((h) => h.peildatum === reportPeildatum) ?? [];
  const alreadyRecorded = recorded
    ? recorded.at
    : previous.length > 0
      ? stampText(previous[previous.length - 1].vastgelegdOp)
      : undefined;

  const doRecord = useCallback(async () => {
    if (!result) return;
    setConfirming(false);
    setRecording(true);
    setError(undefined);
    try {
      const at = now();
      const { recordMaandstand, localStamp } = await loadEngine();
      const done = await recordMaandstand(host, result.report, {
        date1904: result.read.date1904,
        recordedAt: at,
      });
      const when = displayDate(result.report.options.peildatum);
      setRecorded({ ...done, peildatum: when, at: stampText(localStamp(at)) });
      announce(t.recorded(when, done.rows, done.sheet, done.created));
    } catch (e) {
      setError(e);
      setErrorContext("maandstand");
    } finally {
      setRecording(false);
    }
  }, [announce, host, now, result, t]);

  const record = useCallback(async () => {
    if (alreadyRecorded) setConfirming(true);
    else await doRecord();
  }, [alreadyRecorded, doRecord]);

  return {
    status,
    progress,
    result,
    error,
    errorContext,
    recording,
    recorded,
    alreadyRecorded,
    confirming,
    make,
    openSheet,
    record,
    confirmRecord: doRecord,
    cancelRecord: () => setConfirming(false),
    dismissError: () => setError(undefined),
  };
}

/** "2015-10-01T09:05" -> "01-10-2015 09:05". */
export function stampText(stamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(stamp);
  if (!m) return stamp;
  return unbreakableDates(`${m[3]}-${m[2]}-${m[1]}`) + (m[4] ? ` ${m[4]}:${m[5]}` : "");
}
