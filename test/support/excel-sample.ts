/** Shared setup of the Excel layer tests: the sample workbook in the simulator, and faulty hosts. */
import { join } from "node:path";
import { analyse, type Report } from "../../src/domain/analyse";
import { parseIsoDate } from "../../src/domain/dates";
import { type ExcelHost, readWorkbook, type ReadResult, simulatedHost, writeReport } from "../../src/excel";
import type { WriteReportOptions, WriteResult } from "../../src/excel";
import {
  createSimulatedExcel,
  type SimulatedExcel,
  type SimulatedExcelOptions,
  type SimulatedWorkbook,
} from "../../src/simulated-excel";
import { loadXlsxFile } from "../../src/simulated-excel/node";
import { SAMPLES } from "./paths";
import { cloneWorkbook } from "./workbook-model";

export const SAMPLE_WORKBOOK = join(SAMPLES, "wsp-haaglanden-2015.xlsx");
export const PEILDATUM = "2015-09-30";

let loaded: Promise<SimulatedWorkbook> | undefined;

/** The sample workbook, loaded once per test file; every call gives a fresh copy. */
export async function sampleWorkbook(): Promise<SimulatedWorkbook> {
  loaded ??= loadXlsxFile(SAMPLE_WORKBOOK);
  return cloneWorkbook(await loaded);
}

export interface Session {
  sim: SimulatedExcel;
  host: ExcelHost;
}

export function session(wb: SimulatedWorkbook, options?: SimulatedExcelOptions): Session {
  const sim = createSimulatedExcel(wb, options);
  return { sim, host: simulatedHost(sim) };
}

/** Reads the workbook and analyses it at `peildatum`. */
export async function readAndAnalyse(
  host: ExcelHost,
  peildatum = PEILDATUM,
): Promise<{ read: ReadResult; report: Report }> {
  const read = await readWorkbook(host);
  return { read, report: analyse(read.inputs, { peildatum: parseIsoDate(peildatum) }) };
}

/** Read, analyse and write the report; the stats cover the write only. */
export async function makeReport(
  s: Session,
  peildatum = PEILDATUM,
  options: WriteReportOptions = {},
): Promise<{ read: ReadResult; report: Report; result: WriteResult }> {
  const { read, report } = await readAndAnalyse(s.host, peildatum);
  s.sim.resetStats();
  const result = await writeReport(s.host, report, { date1904: read.date1904, ...options });
  return { read, report, result };
}

/**
 * A host that breaks at the `failAt`-th sync of its batches: "lost" rejects before anything is sent
 * (like a dropped connection); "excel" lets Excel apply the batch and then fail on a last operation
 * (like an error inside Excel at the end of a request).
 */
export function faultyHost(sim: SimulatedExcel, failAt: number, mode: "lost" | "excel" = "lost"): ExcelHost {
  let count = 0;
  return {
    isSetSupported: (name, version) => sim.requirements.isSetSupported(name, version),
    run: (batch) =>
      sim.run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        (ctx as { sync: unknown }).sync = (value?: unknown) => {
          count++;
          if (count !== failAt) return sync(value);
          if (mode === "lost")
            return Promise.reject(new Error("De verbinding met Excel is verbroken (test)."));
          ctx.workbook.worksheets.getItem("Blad dat niet bestaat (test)").load("name");
          return sync(value);
        };
        return batch(ctx);
      }),
  };
}
