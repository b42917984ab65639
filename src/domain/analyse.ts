/**
 * The engine's entry point: sheets in, report out. Pure: it runs in the task pane, the CLI and tests alike.
 */
import { SheetInput } from "./cells";
import { AnalysisContext, AnalysisOptions } from "./context";
import { computeFigures } from "./figures";
import { Figures } from "./figures/types";
import { DEFAULT_PARTNERS, PartnerMatcher } from "./matching";
import { readIssueFindings, RuleResult, runRules } from "./rules/run";
import { Finding } from "./rules/types";
import { REQUIRED_SOURCES, sourceDef, SourceType } from "./sources/catalog";
import { joinDutch } from "./text";
import { MissingColumn } from "./sources/detect";
import { Dataset, DatasetLoader, describeSheet, SheetReport } from "./sources/load";

export { describeSheet };

/** Something that stops the report: a required source absent, or a source that lacks a required column. */
export interface SourceProblem {
  kind: "bron ontbreekt" | "kolom ontbreekt";
  source: SourceType;
  sheet?: SheetReport;
  missing?: MissingColumn[];
  /** One clear Dutch line. */
  message: string;
}

export interface Report {
  options: AnalysisOptions;
  sheets: SheetReport[];
  problems: SourceProblem[];
  rules: RuleResult[];
  /** Values that could not be read and that no rule reports (L01). */
  readFindings: Finding[];
  figures: Figures;
  /** Timings of the steps in milliseconds (for the benchmark and the progress display). */
  timings: { read: number; rules: number; figures: number };
}

export function problemsOf(data: Dataset): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (const sheet of data.sheets) {
    if (sheet.status !== "onbruikbaar" || !sheet.type) continue;
    const first = sheet.missing[0];
    const others = sheet.missing.length - 1;
    const more = others > 0 ? ` (en nog ${others} ${others === 1 ? "kolom" : "kolommen"})` : "";
    const closest = first.closest
      ? `; dichtstbijzijnde kop: "${first.closest}"`
      : "; geen gelijkende kop gevonden";
    problems.push({
      kind: "kolom ontbreekt",
      source: sheet.type,
      sheet,
      missing: sheet.missing,
      message: `${describeSheet(sheet)} lijkt op ${sheet.type}, maar kolom "${first.label}" ontbreekt${more}${closest}.`,
    });
  }
  const places = [...new Set(data.sheets.map((s) => s.file ?? `blad ${s.name}`))];
  const where =
    places.length === 0
      ? ""
      : places.length <= 3
        ? ` in ${joinDutch(places)}`
        : ` in de ${places.length} bestanden`;
  // Files given (the command line): a source may be a sheet of a workbook or a CSV file.
  const fromFiles = data.sheets.length > 0 && data.sheets.every((s) => s.file !== undefined);
  const none = fromFiles ? "geen blad of CSV-bestand" : "geen blad";
  for (const source of REQUIRED_SOURCES) {
    if (data.loaded.has(source) || problems.some((p) => p.source === source)) continue;
    const columns = sourceDef(source)
      .columns.filter((c) => c.required)
      .map((c) => c.label);
    if (source === "Ambitie") columns.push("een kolom per partner");
    problems.push({
      kind: "bron ontbreekt",
      source,
      message: `Bron ${source} ontbreekt${where}: ${none} met de kolommen ${joinDutch(columns)}.`,
    });
  }
  return problems;
}

/** A loader for the sheets of one report, with the partner aliases of the options. */
export function createLoader(options: Pick<AnalysisOptions, "partnerAliases">): DatasetLoader {
  return new DatasetLoader(new PartnerMatcher(DEFAULT_PARTNERS, options.partnerAliases ?? {}));
}

/** Rules and figures over a dataset that has been read (`readMs`: time the reading took, for the timings). */
export function analyseDataset(data: Dataset, options: AnalysisOptions, readMs = 0): Report {
  const t1 = now();
  const ctx = new AnalysisContext(data, options);
  const rules = runRules(ctx);
  const readFindings = readIssueFindings(ctx);
  const t2 = now();
  const figures = computeFigures(ctx);
  const t3 = now();
  return {
    options,
    sheets: data.sheets,
    problems: problemsOf(data),
    rules,
    readFindings,
    figures,
    timings: { read: readMs, rules: t2 - t1, figures: t3 - t2 },
  };
}

/** The whole engine: sheets in, report out. */
export function analyse(inputs: readonly SheetInput[], options: AnalysisOptions): Report {
  const t0 = now();
  const loader = createLoader(options);
  for (const input of inputs) loader.add(input);
  const data = loader.finish();
  return analyseDataset(data, options, now() - t0);
}

/** All findings of a report, rule by rule, reading problems last. */
export function allFindings(report: Report): Finding[] {
  return [...report.rules.flatMap((r) => r.findings), ...report.readFindings];
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());
