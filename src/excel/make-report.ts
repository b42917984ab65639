/**
 * The monthly flow as one pipeline, shared by the task pane (with progress) and the ribbon's
 * "Rapport verversen" (without): read the workbook, recognise and read the sources, check the rules
 * and compute the figures, write the report. The team settings (aliases, thresholds, source choices)
 * are applied on the way.
 */
import { analyseDataset, createLoader, problemsOf, type Report, type SourceProblem } from "../domain/analyse";
import type { SheetInput } from "../domain/cells";
import type { DayNumber } from "../domain/dates";
import type { SheetReport } from "../domain/sources/load";
import type { ExcelHost } from "./host";
import { readWorkbook, type ReadResult } from "./read-workbook";
import { analysisOptions, applySheetOverrides, IGNORE_SHEET, type TeamSettings } from "./settings";
import { writeReport, type WriteReportOptions, type WriteResult } from "./write-report";

export type PipelineStep = "lezen" | "controleren" | "berekenen" | "schrijven";
export const PIPELINE_STEPS: readonly PipelineStep[] = ["lezen", "controleren", "berekenen", "schrijven"];

export interface PipelineOptions {
  settings: TeamSettings;
  peildatum: DayNumber;
  /** Told when a step starts (and, while recognising, after each sheet). */
  onStep?: (step: PipelineStep, progress?: { done: number; total: number }) => void;
  /** Awaited between steps and between sheets, so that a user interface can paint and respond. */
  pause?: () => Promise<void>;
}

export interface Recognised {
  /** One report per sheet handed to the engine, in workbook order. */
  sheets: SheetReport[];
  /** Required sources absent, or recognised without a required column. */
  problems: SourceProblem[];
  /** Sheets the team chose to leave out ("geen"). */
  ignored: string[];
}

export interface CheckResult extends Recognised {
  read: ReadResult;
  /** The sheets as handed to the engine (overrides applied, left-out sheets removed). */
  inputs: SheetInput[];
  report: Report;
}

export interface RefreshResult extends CheckResult {
  write: WriteResult;
}

/** The report was not made because a required source or column is missing. */
export class MissingSourcesError extends Error {
  constructor(readonly problems: SourceProblem[]) {
    super(
      `De rapportage is niet gemaakt: ${problems.map((p) => p.message).join(" ")} ` +
        "Het vorige rapport is ongewijzigd.",
    );
    this.name = "MissingSourcesError";
  }
}

const noPause = () => Promise.resolve();

function ignoredSheets(read: ReadResult, settings: TeamSettings): string[] {
  return read.inputs.filter((i) => settings.sheets[i.name]?.sourceType === IGNORE_SHEET).map((i) => i.name);
}

/** Reading and recognising only (for the Bronnen step): which sheet is which source, rows, period. */
export async function recogniseSources(
  read: ReadResult,
  settings: TeamSettings,
  pause: () => Promise<void> = noPause,
): Promise<Recognised & { inputs: SheetInput[] }> {
  const inputs = applySheetOverrides(read.inputs, settings);
  const loader = createLoader({ partnerAliases: settings.partnerAliases });
  for (const input of inputs) {
    loader.add(input);
    await pause();
  }
  const data = loader.finish();
  return { sheets: data.sheets, problems: problemsOf(data), ignored: ignoredSheets(read, settings), inputs };
}

/** Lezen, controleren (recognise and read every value), berekenen (rules and figures). */
export async function checkWorkbook(host: ExcelHost, options: PipelineOptions): Promise<CheckResult> {
  const pause = options.pause ?? noPause;
  const { settings } = options;
  options.onStep?.("lezen");
  await pause();
  const t0 = now();
  const read = await readWorkbook(host);
  options.onStep?.("controleren", { done: 0, total: read.inputs.length });
  await pause();
  const inputs = applySheetOverrides(read.inputs, settings);
  const engineOptions = analysisOptions(settings, options.peildatum);
  const loader = createLoader(engineOptions);
  for (let i = 0; i < inputs.length; i++) {
    loader.add(inputs[i]);
    options.onStep?.("controleren", { done: i + 1, total: inputs.length });
    await pause();
  }
  const data = loader.finish();
  options.onStep?.("berekenen");
  await pause();
  const report = analyseDataset(data, engineOptions, now() - t0);
  return {
    read,
    inputs,
    report,
    sheets: report.sheets,
    problems: report.problems,
    ignored: ignoredSheets(read, settings),
  };
}

/**
 * The whole flow: check, then write the report. Throws MissingSourcesError (nothing written) when a
 * required source or column is missing, like the command line, so an incomplete report never replaces
 * last month's.
 */
export async function refreshReport(
  host: ExcelHost,
  options: PipelineOptions & { write?: WriteReportOptions },
): Promise<RefreshResult> {
  const checked = await checkWorkbook(host, options);
  if (checked.report.problems.length > 0) throw new MissingSourcesError(checked.report.problems);
  options.onStep?.("schrijven");
  await (options.pause ?? noPause)();
  const write = await writeReport(host, checked.report, {
    date1904: checked.read.date1904,
    ...options.write,
  });
  return { ...checked, write };
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());
