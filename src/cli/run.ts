import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { analyseDataset, createLoader, Report } from "../domain/analyse";
import type { AnalysisOptions } from "../domain/context";
import { ONBEKEND, unmatchedSectors } from "../domain/matching";
import { DatasetLoader } from "../domain/sources/load";
import { joinDutch } from "../domain/text";
import { dayFromDate, isoDate, parseIsoDate, PLAUSIBLE_YEARS, yearOf } from "../domain/dates";
import { toSummary } from "../domain/summary";
import { loadExportFile, UnreadableFileError } from "../readers/files";
import { DemoArgs, parseArgs, ReportArgs, USAGE, USAGE_HINT, UsageError } from "./args";
import { fileLabels } from "./labels";
import { renderTextReport, wrap } from "./text-report";
import { reportInWorkbook, workbookOf } from "./workbook";

export const DEMO_WORKBOOK = "demo-data/wsp-demo-2015.xlsx";
export const DEMO_PEILDATUM = "2015-09-30";

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The terminal's width, to wrap the report's prose in; none when the output is a file or a pipe. */
  width?: number;
}

const stdio: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  get width() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
};

class InputError extends Error {}

function today(): string {
  const now = new Date();
  return isoDate(dayFromDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))));
}

const READ_ERRORS: Record<string, string> = {
  EACCES: "geen leesrechten",
  EPERM: "geen leesrechten",
  EISDIR: "dat is een map, geen bestand",
};

function readBytes(file: string): Uint8Array {
  if (!existsSync(file)) throw new InputError(`bestand niet gevonden: ${file}`);
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new InputError(
      `kan ${file} niet openen: ${READ_ERRORS[code] ?? (error as Error).message} (${code || "fout"})`,
    );
  }
}

/** Whether two files hold the same bytes (compared only when their sizes agree). */
function sameContent(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  return Buffer.compare(readFileSync(a), readFileSync(b)) === 0;
}

/**
 * The input files, checked before anything is read: each exists and is a file, and none is given twice
 * (under another path, or as a copy with the same content) — it would be read twice, and every
 * placement in it counted as a duplicate. Returns their real paths (for the output checks).
 */
function checkInputs(files: readonly string[]): Set<string> {
  const seen = new Map<string, string>();
  for (const file of files) {
    if (!existsSync(file)) throw new InputError(`bestand niet gevonden: ${file}`);
    if (statSync(file).isDirectory()) throw new InputError(`${file} is een map; geef de bestanden erin`);
    const real = realpathSync(file);
    const earlier = seen.get(real);
    if (earlier !== undefined)
      throw new InputError(
        earlier === file
          ? `${file} staat twee keer in de opdracht; geef elk bestand één keer`
          : `${earlier} en ${file} zijn hetzelfde bestand; geef het één keer`,
      );
    seen.set(real, file);
  }
  for (let i = 0; i < files.length; i++)
    for (let j = i + 1; j < files.length; j++)
      if (sameContent(files[i], files[j]))
        throw new InputError(
          `${files[i]} en ${files[j]} hebben dezelfde inhoud; geef elk bestand één keer (anders telt alles dubbel)`,
        );
  return new Set(seen.keys());
}

/**
 * An output path, checked before the report is made (so that a long run does not end in a write
 * error): no input file, no folder, and writable — the file itself when it exists, else the nearest
 * existing folder above it (missing folders are made when writing).
 */
function checkOutput(path: string, option: string, inputs: ReadonlySet<string>): void {
  const target = resolve(path);
  if (inputs.has(existsSync(target) ? realpathSync(target) : target))
    throw new InputError(`${option} ${path} is een van de invoerbestanden; kies een andere naam`);
  const fail = (reason: string) => new InputError(`kan ${path} niet schrijven: ${reason}`);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw fail("dat is een map");
    try {
      accessSync(target, constants.W_OK);
    } catch {
      throw fail("geen schrijfrechten");
    }
    return;
  }
  let folder = dirname(target);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  if (!statSync(folder).isDirectory()) throw fail("een deel van het pad is een bestand");
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw fail(`geen schrijfrechten in ${folder}`);
  }
}

/** The peildatum given, or a bad call that says what is wrong with it. */
function peildatumOf(text: string): number {
  if (!/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(text))
    throw new UsageError(`peildatum "${text}" is geen datum in de vorm JJJJ-MM-DD`);
  const day = parseIsoDate(text);
  if (Number.isNaN(day)) throw new UsageError(`peildatum "${text}" bestaat niet`);
  const { first, last } = PLAUSIBLE_YEARS;
  if (yearOf(day) < first || yearOf(day) > last)
    throw new UsageError(`peildatum "${text}" ligt buiten ${first}–${last}`);
  return day;
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
  const labels = fileLabels(files);
  for (let i = 0; i < files.length; i++) {
    const bytes = readBytes(files[i]);
    try {
      await loadExportFile(bytes, labels[i], loader);
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
): Promise<{ report: Report; notes: string[]; xlsx?: Uint8Array }> {
  const labels = fileLabels(files);
  const inputs = files.map((path, i) => ({ path, label: labels[i], bytes: readBytes(path) }));
  let copied;
  try {
    copied = await workbookOf(inputs);
  } catch (error) {
    throw unreadable(labels.join(", "), error);
  }
  const result = await reportInWorkbook(copied.workbook, options, copied.notes);
  // Nothing is written when a source is missing; the problem is then told by file, as without --xlsx
  // (in the copied workbook a CSV file is only a sheet named after it).
  if (!result.xlsx || !result.write) return { report: await fileReport(files, options), notes: [] };
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
  return { report: result.report, notes, xlsx: result.xlsx };
}

/**
 * A sector given with --overheid must be one of the sector list: a typo would count all its banen as
 * market. (The report itself only notes such a name; for the pane's setting that is the flag.)
 */
function checkGovernmentSectors(args: ReportArgs | DemoArgs, report: Report): void {
  const unknown = unmatchedSectors(args.overheidSectoren ?? [], report.figures.sectoren);
  if (unknown.length === 0) return;
  const known = report.figures.sectoren.filter((s) => s !== ONBEKEND);
  throw new InputError(
    `--overheid ${joinDutch(unknown.map((name) => `"${name}"`))} ${unknown.length === 1 ? "staat" : "staan"} niet in de sectorlijst ` +
      (known.length > 0
        ? `(sectoren: ${known.map((name) => `"${name}"`).join(", ")})`
        : "(de sectorlijst is leeg)"),
  );
}

/** The report straight from the files (no workbook): each file read and left behind in turn. */
async function fileReport(files: readonly string[], options: AnalysisOptions): Promise<Report> {
  const started = performance.now();
  const loader = createLoader({});
  await readInputs(files, loader);
  return analyseDataset(loader.finish(), options, performance.now() - started);
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
    const peildatum = peildatumOf(args.peildatum ?? (args.command === "demo" ? DEMO_PEILDATUM : today()));

    const xlsx =
      args.xlsx ??
      (args.command === "demo"
        ? join("demo-output", `WSP-rapportage-${isoDate(peildatum)}.xlsx`)
        : undefined);
    const json =
      args.json ??
      (args.command === "demo"
        ? join("demo-output", `WSP-rapportage-${isoDate(peildatum)}.json`)
        : undefined);
    const inputs = checkInputs(files);
    if (json) checkOutput(json, "--json", inputs);
    if (xlsx) checkOutput(xlsx, "--xlsx", inputs);
    if (json && xlsx && resolve(json) === resolve(xlsx))
      throw new UsageError("--json en --xlsx wijzen naar hetzelfde bestand");
    const options: AnalysisOptions = {
      peildatum,
      ...(args.overheidSectoren ? { overheidSectoren: args.overheidSectoren } : {}),
    };
    let report: Report;
    let notes: string[] = [];
    let workbook: Uint8Array | undefined;
    if (xlsx) {
      ({ report, notes, xlsx: workbook } = await workbookReport(files, options, xlsx));
    } else report = await fileReport(files, options);
    if (report.problems.length > 0) {
      // One line, however many problems: each message is a sentence of its own.
      io.err(`wsp-monitor: ${report.problems.map((p) => p.message).join(" ")}\n`);
      return 2;
    }
    checkGovernmentSectors(args, report);
    if (xlsx && workbook) writeFile(xlsx, workbook);
    io.out(renderTextReport(report, io.width));
    if (notes.length > 0) io.out(`\n${notes.map((note) => wrap(note, io.width, "  ")).join("\n")}\n`);
    if (json) {
      writeFile(json, JSON.stringify(toSummary(report), null, 2) + "\n");
      io.out(`\nSamenvatting (JSON) geschreven naar ${json}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wsp-monitor: ${error.message} (${USAGE_HINT})\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(`wsp-monitor: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
