/**
 * The report written into a workbook, headless: the input files become a simulated Excel workbook and
 * the same src/excel code the add-in runs reads it and writes the report into it.
 */
import { analyse, Report } from "../domain/analyse";
import type { AnalysisOptions } from "../domain/context";
import { SheetInput } from "../domain/cells";
import { dayFromDate, DayNumber } from "../domain/dates";
import { readExportFile } from "../readers/files";
import { readWorkbook, simulatedHost, uniqueSheetName, writeReport, WriteResult } from "../excel";
import {
  createSimulatedExcel,
  dateToSerialNumber,
  loadXlsx,
  saveXlsx,
  SimulatedWorkbook,
} from "../simulated-excel";

export interface InputFile {
  path: string;
  /** How the report names the file (its name, or with folders when two inputs share it). */
  label: string;
  bytes: Uint8Array;
}

/** A valid, unused sheet name (31 characters, none of []:*?/\\, not "History"), as the add-in's import makes. */
function sheetName(wanted: string, taken: Set<string>): string {
  const name = uniqueSheetName(wanted, taken);
  taken.add(name);
  return name;
}

/** A CSV file's one sheet: it is named after the file (a workbook's sheets have names of their own). */
const wholeFile = (input: SheetInput) => input.file !== undefined && input.file === input.name;
/** A file's sheet is named after the file, without its folders and without .csv. */
const fileSheetName = (label: string) => label.replace(/^.*[\\/]/, "").replace(/\.csv$/i, "");

/** Adds the sheet; returns its name in the workbook. */
function addSheet(workbook: SimulatedWorkbook, input: SheetInput, taken: Set<string>): string {
  const name = wholeFile(input) ? fileSheetName(input.name) : input.name;
  const sheet = workbook.addWorksheet(sheetName(name, taken));
  const firstRow = (input.firstRow ?? 1) - 1;
  const firstColumn = (input.firstColumn ?? 1) - 1;
  input.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === "") return;
      const cell = sheet.ensureCell(firstRow + r, firstColumn + c);
      if (value instanceof Date) {
        cell.value = dateToSerialNumber(value, false);
        cell.style = { numberFormat: "dd-mm-yyyy" };
      } else {
        // CSV values stay text exactly as exported; the engine reads them as it reads any export.
        cell.value = value;
        const format = input.numberFormats?.[r]?.[c];
        if (format && typeof value === "number") cell.style = { numberFormat: format };
      }
    }),
  );
  return sheet.name;
}

/**
 * One .xlsx file is opened as it is (the report is added to it); otherwise every sheet of every file
 * is copied into a new workbook, CSV files as sheets named after the file.
 */
export async function workbookOf(
  files: readonly InputFile[],
): Promise<{ workbook: SimulatedWorkbook; notes: string[] }> {
  if (files.length === 1 && files[0].path.toLowerCase().endsWith(".xlsx"))
    return { workbook: await loadXlsx(files[0].bytes), notes: [] };
  const workbook = SimulatedWorkbook.create([]);
  const taken = new Set<string>();
  // What the file readers noted (a quote repaired, an empty file, a workbook under a .csv name): the
  // workbook's sheets cannot carry it, so it is handed to the report beside them.
  const notes: string[] = [];
  for (const file of files)
    for (const input of await readExportFile(file.bytes, file.label)) {
      const name = addSheet(workbook, input, taken);
      // The report names the sheet; say which file it holds when the name alone does not tell.
      if (wholeFile(input) && (name !== fileSheetName(input.name) || /[\\/]/.test(input.name)))
        notes.push(`${input.name} is in de werkmap het blad "${name}".`);
      notes.push(...(input.notes ?? []));
    }
  return { workbook, notes };
}

export interface WorkbookReport {
  report: Report;
  write?: WriteResult;
  xlsx?: Uint8Array;
  syncs: { read: number; write: number };
}

/** Reads the workbook as the add-in does, analyses it and — when there are no problems — writes the report. */
export async function reportInWorkbook(
  workbook: SimulatedWorkbook,
  options: AnalysisOptions,
  /** Notes of the file readers, shown with the report's own notes. */
  readerNotes: readonly string[] = [],
): Promise<WorkbookReport> {
  const sim = createSimulatedExcel(workbook);
  const host = simulatedHost(sim);
  const read = await readWorkbook(host);
  const report = analyse(read.inputs, options);
  report.figures.notities.unshift(...readerNotes);
  if (report.problems.length > 0) return { report, syncs: { read: read.syncs, write: 0 } };
  const write = await writeReport(host, report, { date1904: read.date1904 });
  return {
    report,
    write,
    xlsx: await saveXlsx(sim.workbook),
    syncs: { read: read.syncs, write: write.syncs },
  };
}

export const todayDay = (): DayNumber => {
  const now = new Date();
  return dayFromDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
};
