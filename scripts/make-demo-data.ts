/**
 * Writes the demo data set (invented WSP Haaglanden 2015 data with deliberate rule violations):
 *
 *   <out>/wsp-demo-<year>.xlsx        one workbook: reference sheets + the five WBS exports
 *   <out>/csv/plaatsingen.csv ...     the five exports as CSV (';', UTF-8 BOM, CRLF, dd-mm-jjjj)
 *   <out>/csv/referentie.xlsx         the four reference sheets alone, to go with the CSV files
 *   <out>/verwacht.json               the planted findings and the reconciliation at the peildatum
 *
 * Usage: npx tsx scripts/make-demo-data.ts [--out demo-data] [--seed N] [--year 2015]
 *          [--placements N] [--vacancies N] [--employers N] [--contacts N] [--candidates N]
 *          [--ambitie-errors] [--with-bsn]
 */
import ExcelJS from "exceljs";
import { mkdirSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { toCsv } from "../src/demo/csv";
import {
  DEMO_DEFAULTS,
  DemoCell,
  DemoOptions,
  DemoSheet,
  DemoSheetKind,
  generateDemo,
} from "../src/demo/generate";

const CSV_FILES: Partial<Record<DemoSheetKind, string>> = {
  Plaatsingen: "plaatsingen.csv",
  Vacatures: "vacatures.csv",
  Werkgevers: "werkgevers.csv",
  Contacten: "contacten.csv",
  Kandidaten: "kandidaten.csv",
};
const REFERENCE_KINDS: DemoSheetKind[] = ["Ambitie", "Sectoren", "Bedrijven", "Toolbox"];

const USAGE = `gebruik: npx tsx scripts/make-demo-data.ts [--out map] [--seed N] [--year JJJJ]
  [--placements N] [--vacancies N] [--employers N] [--contacts N] [--candidates N]
  [--ambitie-errors] [--with-bsn]`;

interface Args {
  out: string;
  options: DemoOptions;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { out: "demo-data", options: {} };
  const numeric: Record<string, keyof DemoOptions> = {
    "--seed": "seed",
    "--year": "year",
    "--placements": "placements",
    "--vacancies": "vacancies",
    "--employers": "employers",
    "--contacts": "contacts",
    "--candidates": "candidates",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} verwacht een waarde`);
      return v;
    };
    if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === "--out") args.out = value();
    else if (flag === "--ambitie-errors") args.options.ambitieErrors = true;
    else if (flag === "--with-bsn") args.options.withBsn = true;
    else if (flag in numeric) {
      const text = value();
      const n = Number(text);
      if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n))
        throw new Error(`${flag}: geen geheel getal: ${text}`);
      (args.options as Record<string, number>)[numeric[flag]] = n;
    } else throw new Error(`onbekende optie ${argv[i]}\n${USAGE}`);
  }
  return args;
}

/** Index of the header row: the first row with more than one filled cell. */
function headerIndex(rows: DemoCell[][]): number {
  const i = rows.findIndex((r) => r.filter((c) => c !== null && c !== "").length > 1);
  return i < 0 ? 0 : i;
}

function columnWidths(rows: DemoCell[][]): number[] {
  const widths: number[] = [];
  const sample = rows.length > 400 ? rows.slice(0, 400) : rows;
  for (const row of sample) {
    row.forEach((v, c) => {
      const len = v instanceof Date ? 10 : v === null ? 0 : String(v).length;
      widths[c] = Math.max(widths[c] ?? 8, Math.min(len + 2, 50));
    });
  }
  return widths;
}

async function writeWorkbook(file: string, sheets: DemoSheet[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = "WSP Monitor (demodata)";
  wb.created = new Date(Date.UTC(2015, 9, 1));
  wb.modified = wb.created;
  for (const sheet of sheets) {
    const h = headerIndex(sheet.rows);
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: h + 1 }] });
    ws.columns = columnWidths(sheet.rows).map((width) => ({ width }));
    const percentCol = sheet.rows[h].findIndex((c) => c === "Doel dekkingsgraad");
    sheet.rows.forEach((values, i) => {
      const row = ws.addRow(values as ExcelJS.CellValue[]);
      if (
        i === h ||
        (sheet.kind === "Ambitie" && typeof values[0] === "string" && /^totaal/i.test(values[0]))
      )
        row.font = { bold: true };
      if (i > h) {
        for (let c = 0; c < values.length; c++) {
          if (values[c] instanceof Date) row.getCell(c + 1).numFmt = "dd-mm-yyyy";
          else if (c === percentCol && typeof values[c] === "number") row.getCell(c + 1).numFmt = "0%";
        }
      }
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}

function report(file: string, what: string): void {
  const kb = Math.round(statSync(file).size / 1024);
  console.log(`${relative(process.cwd(), file) || file}  ${what}  ${kb} kB`);
}

async function main(): Promise<void> {
  const { out, options } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const demo = generateDemo(options);
  const year = options.year ?? DEMO_DEFAULTS.year;
  const csvDir = join(out, "csv");
  mkdirSync(csvDir, { recursive: true });

  const workbook = join(out, `wsp-demo-${year}.xlsx`);
  await writeWorkbook(workbook, demo.sheets);
  report(workbook, `${demo.sheets.length} bladen`);

  for (const sheet of demo.sheets) {
    const name = CSV_FILES[sheet.kind];
    if (!name) continue;
    const file = join(csvDir, name);
    writeFileSync(file, toCsv(sheet.rows, { delimiter: ";", bom: true }), "utf8");
    report(file, `${sheet.rows.filter((r) => r.length > 0).length - 1} rijen`);
  }

  const reference = join(csvDir, "referentie.xlsx");
  await writeWorkbook(
    reference,
    demo.sheets.filter((s) => REFERENCE_KINDS.includes(s.kind)),
  );
  report(reference, `${REFERENCE_KINDS.length} bladen`);

  // what a correct report should find in these files at the demo peildatum
  const expected = join(out, "verwacht.json");
  const manifest = {
    profile: "demo",
    peildatum: demo.peildatum,
    opties: { ...DEMO_DEFAULTS, ...options },
    bevindingen: demo.planted,
    bevindingenDetail: demo.plantedDetail,
    reconciliatie: demo.reconciliatie,
  };
  writeFileSync(expected, JSON.stringify(manifest, null, 2) + "\n", "utf8");
  report(expected, `verwachte bevindingen, ${Date.now() - started} ms in totaal`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
