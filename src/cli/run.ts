import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { analyseDataset, createLoader, Report } from "../domain/analyse";
import type { AnalysisOptions } from "../domain/context";
import { DatasetLoader } from "../domain/sources/load";
import { isoDate, parseIsoDate, dayFromDate } from "../domain/dates";
import { toSummary } from "../domain/summary";
import { loadExportFile, UnreadableFileError } from "../readers/files";
import { parseArgs, UsageError, USAGE } from "./args";
import { renderTextReport } from "./text-report";
import { reportInWorkbook, workbookOf } from "./workbook";

export const DEMO_WORKBOOK = "demo-data/wsp-demo-2015.xlsx";
export const DEMO_PEILDATUM = "2015-09-30";

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

class InputError extends Error {}

function today(): string {
  const now = new Date();
  return isoDate(dayFromDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))));
}

function readBytes(file: string): Uint8Array {
  if (!existsSync(file)) throw new InputError(`bestand niet gevonden: ${file}`);
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`kan ${file} niet openen: ${code}`);
  }
}

/** Turns a reader's failure into one clear line that names the file. */
function unreadable(file: string, error: unknown): InputError {
  if (error instanceof UnreadableFileError) return new InputError(error.message);
  const reason = ((error as Error)?.message ?? String(error)).split("\n")[0];
  return new InputError(`${file} kan niet gelezen worden: ${reason}`);
}

/**
 * Reads the files one by one into the loader: a CSV file row by row, a workbook sheet by sheet, so
 * that cells can be freed as soon as they are read.
 */
async function readInputs(files: readonly string[], loader: DatasetLoader): Promise<void> {
  for (const file of files) if (!existsSync(file)) throw new InputError(`bestand niet gevonden: ${file}`);
  for (const file of files) {
    const bytes = readBytes(file);
    try {
      await loadExportFile(bytes, file, loader);
    } catch (error) {
      // A file that cannot be read is the user's to fix (exit 2, one line); an error of the engine
      // itself is a bug and is not disguised as a bad file.
      throw error instanceof UnreadableFileError ? new InputError(error.message) : error;
    }
  }
}

/**
 * The report written into a workbook (--xlsx, and the demo): the add-in's own Excel code on a
 * simulated Excel. Returns the report and what to tell the user about the workbook written.
 */
async function workbookReport(
  files: readonly string[],
  options: AnalysisOptions,
  out: string,
): Promise<{ report: Report; notes: string[] }> {
  const inputs = files.map((path) => ({ path, bytes: readBytes(path) }));
  let workbook;
  try {
    workbook = await workbookOf(inputs);
  } catch (error) {
    throw unreadable(files.join(", "), error);
  }
  const result = await reportInWorkbook(workbook, options);
  if (!result.xlsx || !result.write) return { report: result.report, notes: [] };
  writeFile(out, result.xlsx);
  const w = result.write;
  const notes = [
    `Rapportage geschreven naar ${out}: ${w.sheets.map((s) => s.name).join(", ")} ` +
      `(lezen ${result.syncs.read}, schrijven ${result.syncs.write} syncs).`,
  ];
  if (w.omitted.length > 0) notes.push(`Niet gemaakt: ${w.omitted.join("; ")}.`);
  if (w.cappedFindings) {
    notes.push(
      `${w.cappedFindings} bevindingen niet in de detailtabel (de samenvatting per regel telt ze wel).`,
    );
  }
  return { report: result.report, notes };
}

const WRITE_ERRORS: Record<string, string> = {
  EACCES: "geen schrijfrechten",
  EPERM: "geen schrijfrechten",
  EEXIST: "een deel van het pad is een bestand",
  ENOTDIR: "een deel van het pad is een bestand",
  EISDIR: "dat is een map",
  ENOSPC: "de schijf is vol",
  EROFS: "alleen-lezen schijf",
  ENOENT: "de map bestaat niet en kan niet gemaakt worden",
};

/** Creates missing folders one level at a time (a recursive mkdir can spin on special file systems). */
function ensureFolder(folder: string): void {
  if (existsSync(folder)) return;
  const parent = dirname(folder);
  if (parent !== folder) ensureFolder(parent);
  mkdirSync(folder);
}

function writeFile(path: string, content: string | Uint8Array): void {
  try {
    ensureFolder(dirname(resolve(path)));
    writeFileSync(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new InputError(
      `kan ${path} niet schrijven: ${WRITE_ERRORS[code] ?? (error as Error).message} (${code || "fout"})`,
    );
  }
}

export async function runCli(argv: readonly string[], io: Output = stdio): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === "help") {
      io.out(USAGE + "\n");
      return 0;
    }
    const files = args.command === "demo" ? [DEMO_WORKBOOK] : args.files;
    if (args.command === "demo" && !existsSync(DEMO_WORKBOOK)) {
      throw new InputError(
        `demo-werkmap ${DEMO_WORKBOOK} ontbreekt; maak hem met: npx tsx scripts/make-demo-data.ts`,
      );
    }
    const peildatumText = args.peildatum ?? (args.command === "demo" ? DEMO_PEILDATUM : today());
    const peildatum = parseIsoDate(peildatumText);
    if (Number.isNaN(peildatum))
      throw new UsageError(`peildatum "${peildatumText}" is geen datum in de vorm JJJJ-MM-DD`);

    const xlsx =
      args.xlsx ??
      (args.command === "demo"
        ? join("demo-output", `WSP-rapportage-${isoDate(peildatum)}.xlsx`)
        : undefined);
    const options: AnalysisOptions = {
      peildatum,
      ...(args.overheidSectoren ? { overheidSectoren: args.overheidSectoren } : {}),
    };
    let report: Report;
    let notes: string[] = [];
    if (xlsx) {
      ({ report, notes } = await workbookReport(files, options, xlsx));
    } else {
      const started = performance.now();
      const loader = createLoader({});
      await readInputs(files, loader);
      report = analyseDataset(loader.finish(), options, performance.now() - started);
    }
    if (report.problems.length > 0) {
      // One line, however many problems: each message is a sentence of its own.
      io.err(`wsp-monitor: ${report.problems.map((p) => p.message).join(" ")}\n`);
      return 2;
    }
    io.out(renderTextReport(report));
    if (notes.length > 0) io.out(`\n${notes.join("\n")}\n`);
    const json =
      args.json ??
      (args.command === "demo"
        ? join("demo-output", `WSP-rapportage-${isoDate(peildatum)}.json`)
        : undefined);
    if (json) {
      writeFile(json, JSON.stringify(toSummary(report), null, 2) + "\n");
      io.out(`\nSamenvatting (JSON) geschreven naar ${json}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wsp-monitor: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`wsp-monitor: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
