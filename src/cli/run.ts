import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { analyseDataset, createLoader } from "../domain/analyse";
import { DatasetLoader } from "../domain/sources/load";
import { SheetInput } from "../domain/cells";
import { isoDate, parseIsoDate, dayFromDate } from "../domain/dates";
import { toSummary } from "../domain/summary";
import { readExportFile, UnreadableFileError } from "../readers/files";
import { parseArgs, UsageError, USAGE } from "./args";
import { renderTextReport } from "./text-report";

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

/** Reads the files one by one into the loader: a file's cells can be freed once its sheets are read. */
async function readInputs(files: readonly string[], loader: DatasetLoader): Promise<void> {
  for (const file of files) {
    if (!existsSync(file)) throw new InputError(`bestand niet gevonden: ${file}`);
  }
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new InputError(
        `kan ${file} niet openen: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    let sheets: SheetInput[];
    try {
      sheets = await readExportFile(bytes, file);
    } catch (error) {
      if (error instanceof UnreadableFileError) throw new InputError(error.message);
      throw new InputError(`${file} kan niet gelezen worden: ${(error as Error).message}`);
    }
    while (sheets.length > 0) loader.add(sheets.shift() as SheetInput);
  }
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

    const started = performance.now();
    const loader = createLoader({});
    await readInputs(files, loader);
    const report = analyseDataset(loader.finish(), { peildatum }, performance.now() - started);
    if (report.problems.length > 0) {
      // One line, however many problems: each message is a sentence of its own.
      io.err(`wsp-monitor: ${report.problems.map((p) => p.message).join(" ")}\n`);
      return 2;
    }
    io.out(renderTextReport(report));
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
