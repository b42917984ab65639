/**
 * Measuring the Excel layer on a generated workbook in the simulated Excel: syncs and request sizes
 * of reading and of writing the report. Used by the tests and by `npm run bench`.
 */
import { analyse } from "../domain/analyse";
import { allFindings } from "../domain/analyse";
import { parseIsoDate } from "../domain/dates";
import { type DemoOptions, type DemoSheet, generateDemoWorkbook } from "../demo/generate";
import { createSimulatedExcel, dateToSerialNumber, SimulatedWorkbook } from "../simulated-excel";
import type { SupportedSets } from "../simulated-excel/requirements";
import { simulatedHost } from "./host";
import { readWorkbook } from "./read-workbook";
import { writeReport, type WriteResult } from "./write-report";

/** The demo sheets as a simulated workbook: dates as serial numbers with a date format. */
export function workbookFromDemo(sheets: readonly DemoSheet[]): SimulatedWorkbook {
  const wb = SimulatedWorkbook.create([]);
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const cell = ws.ensureCell(r, c);
        if (value instanceof Date) {
          cell.value = dateToSerialNumber(value, false);
          cell.style = { numberFormat: "dd-mm-yyyy" };
        } else cell.value = value;
      }),
    );
  }
  return wb;
}

export interface PhaseStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  ms: number;
}

export interface BenchResult {
  sheets: Array<{ name: string; rows: number }>;
  read: PhaseStats;
  analyse: { ms: number; findings: number };
  write: PhaseStats & { result: WriteResult };
}

export interface BenchOptions extends DemoOptions {
  /** Peildatum jjjj-mm-dd (default 2015-09-30). */
  peildatum?: string;
  supportedSets?: SupportedSets;
}

/**
 * Generates a workbook (default: 100,000 placements, 50,000 vacancies, 20,000 employers, 100,000
 * contacts), reads it, analyses it and writes the report, all in the simulated Excel.
 */
export async function measureReportWrite(options: BenchOptions = {}): Promise<BenchResult> {
  const { peildatum = "2015-09-30", supportedSets, ...demo } = options;
  const sheets = generateDemoWorkbook({
    placements: 100_000,
    vacancies: 50_000,
    employers: 20_000,
    contacts: 100_000,
    ...demo,
  });
  const sim = createSimulatedExcel(workbookFromDemo(sheets), supportedSets ? { supportedSets } : {});
  const host = simulatedHost(sim);
  const phase = async <T>(work: () => Promise<T>): Promise<[T, PhaseStats]> => {
    sim.resetStats();
    const t0 = Date.now();
    const value = await work();
    const s = sim.stats;
    return [
      value,
      {
        syncs: s.syncs,
        maxRequestBytes: s.maxRequestBytes,
        maxResponseBytes: s.maxResponseBytes,
        ms: Date.now() - t0,
      },
    ];
  };
  const [read, readStats] = await phase(() => readWorkbook(host));
  const t0 = Date.now();
  const report = analyse(read.inputs, { peildatum: parseIsoDate(peildatum) });
  const analyseMs = Date.now() - t0;
  const [result, writeStats] = await phase(() => writeReport(host, report, { date1904: read.date1904 }));
  return {
    sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length })),
    read: readStats,
    analyse: { ms: analyseMs, findings: allFindings(report).length },
    write: { ...writeStats, result },
  };
}

/** One line per phase, for the benchmark output. */
export function formatBench(result: BenchResult): string {
  const mb = (n: number) => `${(n / 1_048_576).toFixed(2)} MB`;
  return [
    `lezen:     ${result.read.syncs} syncs, grootste verzoek ${mb(result.read.maxRequestBytes)}, grootste antwoord ${mb(result.read.maxResponseBytes)}, ${result.read.ms} ms (2 + ceil(gegevens / 3,8 MB); het budget van 8 syncs geldt voor schrijven)`,
    `analyse:   ${result.analyse.findings} bevindingen, ${result.analyse.ms} ms`,
    `schrijven: ${result.write.syncs} syncs (budget 8), grootste verzoek ${mb(result.write.maxRequestBytes)} (grens 4 MB), ${result.write.ms} ms` +
      (result.write.result.cappedFindings
        ? `, ${result.write.result.cappedFindings} bevindingen niet in de detailtabel`
        : ""),
  ].join("\n");
}
