/**
 * `npm run bench`: speed and memory of the report, printed as ratios against references measured in
 * the same run.
 *
 * Generates 100k placements, 50k vacancies, 20k employers and 100k contacts (and 25% and 50% of that)
 * as CSV exports and measures each size, each measurement in a process of its own, reference and
 * report alternating over 3 rounds (best of 3 × 4 runs):
 *   - the whole report: reading the files (decode + papaparse) plus the engine's read, rules and figures;
 *   - reference 1: papaparse alone on the same files;
 *   - reference 2: the figures' group-by counts computed with arquero on the same typed placements.
 * Targets on this 2-core machine: report ≤ 2× the bare parse, figures ≤ 1.0× arquero, ≤ 1.5 s and
 * ≤ 400 MB at 100k placements; the cost must grow linearly. Exit 1 when a target is missed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import Papa from "papaparse";
import { analyse, analyseDataset, createLoader } from "../src/domain/analyse";
import { parseIsoDate } from "../src/domain/dates";
import { DEFAULT_PARTNERS, PartnerMatcher } from "../src/domain/matching";
import { loadDataset } from "../src/domain/sources/load";
import { toCsv } from "../src/demo/csv";
import { generateDemoWorkbook } from "../src/demo/generate";
import { readCsv } from "../src/readers/csv";
import { BenchResult, formatBench, measureReportWrite } from "../src/excel/bench";
import { decodeText } from "../src/readers/decode";
import { loadExportFile } from "../src/readers/files";

const FULL = {
  placements: 100_000,
  vacancies: 50_000,
  employers: 20_000,
  contacts: 100_000,
  candidates: 20_000,
};
const FRACTIONS = [0.25, 0.5, 1];
const OUT = "bench-output";
const PEILDATUM = "2015-09-30";
const REPEATS = 4;
/** Rounds of child processes per size, reference and report alternating (the machine's speed drifts). */
const ROUNDS = 3;
const TARGETS = { reportVsParse: 2, figuresVsArquero: 1, reportMs: 1500, peakRssMb: 400 };

interface Measurement {
  rows: number;
  parseMs: number;
  reportMs: number;
  readMs: number;
  rulesMs: number;
  figuresMs: number;
  arqueroMs: number;
  peakRssMb: number;
}

function generate(fraction: number): { folder: string; placements: number } {
  const sizes = Object.fromEntries(Object.entries(FULL).map(([k, v]) => [k, Math.round(v * fraction)]));
  const folder = join(OUT, `data-${sizes.placements}`);
  mkdirSync(folder, { recursive: true });
  const files = generateDemoWorkbook(sizes).map((sheet, i) => {
    const file = join(folder, `${i}-${sheet.kind}.csv`);
    writeFileSync(file, toCsv(sheet.rows, { delimiter: ";", bom: true }));
    return file;
  });
  writeFileSync(join(folder, "files.json"), JSON.stringify(files));
  return { folder, placements: sizes.placements };
}

const fastest = (times: number[]) => Math.min(...times);

/**
 * The report as the command line makes it, with the command line's own reading code: file by file,
 * row by row (bytes → text → each row's cells → its record), so that no file's rows are ever all in
 * memory; then rules and figures.
 */
async function report(bytes: readonly Uint8Array[], files: readonly string[], peildatum: number) {
  const started = performance.now();
  const loader = createLoader({});
  for (let i = 0; i < bytes.length; i++) await loadExportFile(bytes[i], files[i], loader);
  const result = analyseDataset(loader.finish(), { peildatum }, performance.now() - started);
  if (result.problems.length > 0) throw new Error(result.problems[0].message);
  return result;
}

/** In a child process: peak memory of one report, nothing else in the heap but the files' bytes. */
async function measureMemory(folder: string): Promise<number> {
  const files: string[] = JSON.parse(readFileSync(join(folder, "files.json"), "utf8"));
  const started = performance.now();
  const loader = createLoader({});
  for (const file of files) await loadExportFile(readFileSync(file), file, loader);
  const result = analyseDataset(
    loader.finish(),
    { peildatum: parseIsoDate(PEILDATUM) },
    performance.now() - started,
  );
  if (result.problems.length > 0) throw new Error(result.problems[0].message);
  return process.resourceUsage().maxRSS / 1024;
}

type Kind = "parse" | "report" | "arquero";

/**
 * In a child process of its own: one of the three measurements of one size, the best of a few runs.
 * Each measurement has a process to itself: run in one heap after the reference, the report paid for
 * collecting the 290 000 rows papaparse had just kept (≈ 0,2–0,4 s at 100k placements), which is no
 * part of making the report. (A forced full collection before each run instead made the report slower
 * still: V8 then starts it with a small heap limit and collects again and again while its records grow.)
 */
async function measure(kind: Kind, folder: string): Promise<Partial<Omit<Measurement, "peakRssMb">>> {
  const files: string[] = JSON.parse(readFileSync(join(folder, "files.json"), "utf8"));
  const bytes = files.map((f) => readFileSync(f));
  const peildatum = parseIsoDate(PEILDATUM);
  if (kind === "arquero") {
    const inputs = bytes.map((b, j) => readCsv(b, files[j]).sheet);
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      times.push(arqueroGroupBy(inputs, peildatum));
    }
    return { arqueroMs: fastest(times) };
  }
  if (kind === "parse") {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      rows = 0;
      for (const b of bytes) rows += Papa.parse<string[]>(decodeText(b).text, { delimiter: ";" }).data.length;
      times.push(performance.now() - start);
    }
    return { rows, parseMs: fastest(times) };
  }
  const times = {
    report: [] as number[],
    read: [] as number[],
    rules: [] as number[],
    figures: [] as number[],
  };
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    const result = await report(bytes, files, peildatum);
    times.report.push(performance.now() - start);
    times.read.push(result.timings.read);
    times.rules.push(result.timings.rules);
    times.figures.push(result.timings.figures);
  }
  return {
    reportMs: fastest(times.report),
    readMs: fastest(times.read),
    rulesMs: fastest(times.rules),
    figuresMs: fastest(times.figures),
  };
}

/**
 * The figures' group-by counts with arquero: counted placements per sector × partner, banen per
 * sector × partner, instruments per instrument × partner, candidates per partner. Input: the same
 * typed records the engine reads (built before the clock starts).
 */
function arqueroGroupBy(inputs: Parameters<typeof analyse>[0], peildatum: number): number {
  const data = loadDataset(inputs, new PartnerMatcher(DEFAULT_PARTNERS));
  const p = data.records.Plaatsingen;
  const k = data.records.Kandidaten;
  const placements = {
    id: p.map((r) => r.plaatsingsnummer ?? ""),
    datum: p.map((r) => r.datumPlaatsing ?? NaN),
    sector: p.map((r) => r.sector ?? ""),
    partner: p.map((r) => r.organisatie ?? ""),
    banen: p.map((r) => r.banenafspraak === true),
    uren: p.map((r) => r.urenPerWeek ?? 0),
    instrument: p.map((r) => r.instrument ?? ""),
  };
  const candidates = {
    partner: k.map((r) => r.organisatie ?? ""),
    beperkt: k.map((r) => (r.arbeidsbeperkt ? 1 : 0)),
    register: k.map((r) => (r.doelgroepregister ? 1 : 0)),
  };
  const from = parseIsoDate(`${PEILDATUM.slice(0, 4)}-01-01`);
  const start = performance.now();
  const counted = aq
    .table(placements)
    .params({ from, to: peildatum })
    .filter((d: { datum: number }, $: { from: number; to: number }) => d.datum >= $.from && d.datum <= $.to)
    .dedupe("id");
  counted.groupby("sector", "partner").count().objects();
  counted
    .filter((d: { banen: boolean }) => d.banen)
    .groupby("sector", "partner")
    .rollup({ uren: aq.op.sum("uren") })
    .objects();
  counted
    .filter((d: { instrument: string }) => d.instrument !== "")
    .groupby("instrument", "partner")
    .count()
    .objects();
  aq.table(candidates)
    .groupby("partner")
    .rollup({ n: aq.op.count(), beperkt: aq.op.sum("beperkt"), register: aq.op.sum("register") })
    .objects();
  return performance.now() - start;
}

const ms = (n: number) => `${Math.round(n).toLocaleString("nl-NL")} ms`;
const ratio = (n: number) => `${n.toFixed(2).replace(".", ",")}×`;
const perSecond = (rows: number, time: number) =>
  `${Math.round((rows / time) * 1000).toLocaleString("nl-NL")} rijen/s`;

function main(): number {
  if (process.argv[2] === "--measure") {
    measure(process.argv[3] as Kind, process.argv[4]).then((result) =>
      process.stdout.write(JSON.stringify(result)),
    );
    return 0;
  }
  if (process.argv[2] === "--excel") {
    measureReportWrite().then((result) => process.stdout.write(JSON.stringify(result)));
    return 0;
  }
  if (process.argv[2] === "--memory") {
    measureMemory(process.argv[3]).then((result) => process.stdout.write(JSON.stringify(result)));
    return 0;
  }
  console.log(
    "WSP Monitor benchmark — rapportage op gegenereerde CSV-exports (per omvang de beste van %d × %d runs, referentie en rapportage in afwisselende processen)\n",
    ROUNDS,
    REPEATS,
  );
  const results: Array<Measurement & { placements: number }> = [];
  for (const fraction of FRACTIONS) {
    const { folder, placements } = generate(fraction);
    const child = (...mode: string[]) =>
      JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, __filename, ...mode, folder], {
          encoding: "utf8",
        }),
      );
    // Reference and report alternate, a fresh process each, so that a slow minute of the machine does
    // not fall on one of them only; each takes its best run over all rounds.
    const rounds: Array<Partial<Measurement>> = [];
    for (let round = 0; round < ROUNDS; round++)
      for (const kind of ["parse", "report", "arquero"]) rounds.push(child("--measure", kind));
    const best = (key: keyof Measurement) => Math.min(...rounds.map((r) => r[key] ?? Infinity));
    const m: Measurement = {
      rows: best("rows"),
      parseMs: best("parseMs"),
      reportMs: best("reportMs"),
      readMs: best("readMs"),
      rulesMs: best("rulesMs"),
      figuresMs: best("figuresMs"),
      arqueroMs: best("arqueroMs"),
      peakRssMb: child("--memory"),
    };
    results.push({ ...m, placements });
    console.log(
      `${placements.toLocaleString("nl-NL")} plaatsingen (${m.rows.toLocaleString("nl-NL")} rijen in totaal)`,
    );
    console.log(
      `  papaparse alleen (referentie)   ${ms(m.parseMs).padStart(9)}   ${perSecond(m.rows, m.parseMs)}`,
    );
    console.log(
      `  hele rapportage                 ${ms(m.reportMs).padStart(9)}   ${perSecond(m.rows, m.reportMs)}   ${ratio(m.reportMs / m.parseMs)} de parse`,
    );
    console.log(
      `    inlezen (engine)              ${ms(m.readMs).padStart(9)}   ${perSecond(m.rows, m.readMs)}`,
    );
    console.log(
      `    regels                        ${ms(m.rulesMs).padStart(9)}   ${perSecond(m.rows, m.rulesMs)}`,
    );
    console.log(
      `    cijfers                       ${ms(m.figuresMs).padStart(9)}   ${ratio(m.figuresMs / m.arqueroMs)} arquero (${ms(m.arqueroMs)})`,
    );
    console.log(`  piekgeheugen (RSS)              ${`${Math.round(m.peakRssMb)} MB`.padStart(9)}\n`);
  }
  // The Excel layer on a 100k-placement workbook in the simulated Excel: round trips and request sizes.
  const excel: BenchResult = JSON.parse(
    execFileSync(process.execPath, [...process.execArgv, __filename, "--excel"], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    }),
  );
  console.log("Excel-laag, 100.000 plaatsingen in de gesimuleerde Excel");
  console.log(formatBench(excel).replace(/^/gm, "  ") + "\n");

  const full = results[results.length - 1];
  const quarter = results[0];
  const growth = full.reportMs / quarter.reportMs / (full.placements / quarter.placements);
  const checks: Array<[string, boolean, string]> = [
    [
      "rapportage ≤ 2× de parse (100k)",
      full.reportMs / full.parseMs <= TARGETS.reportVsParse,
      ratio(full.reportMs / full.parseMs),
    ],
    [
      "cijfers ≤ 1,0× arquero (100k)",
      full.figuresMs / full.arqueroMs <= TARGETS.figuresVsArquero,
      ratio(full.figuresMs / full.arqueroMs),
    ],
    ["rapportage ≤ 1,5 s (100k)", full.reportMs <= TARGETS.reportMs, ms(full.reportMs)],
    ["piekgeheugen ≤ 400 MB (100k)", full.peakRssMb <= TARGETS.peakRssMb, `${Math.round(full.peakRssMb)} MB`],
    ["lineaire groei (25k → 100k: kosten per rij ≤ 1,5× )", growth <= 1.5, ratio(growth)],
    ["rapport schrijven ≤ 8 syncs (100k)", excel.write.syncs <= 8, `${excel.write.syncs} syncs`],
    [
      "geen verzoek boven 4 MB (100k)",
      Math.max(excel.read.maxRequestBytes, excel.write.maxRequestBytes) <= 4 * 1_048_576,
      `${(Math.max(excel.read.maxRequestBytes, excel.write.maxRequestBytes) / 1_048_576).toFixed(2).replace(".", ",")} MB`,
    ],
  ];
  console.log("Doelen");
  for (const [name, ok, value] of checks) console.log(`  ${ok ? "✓" : "✗"} ${name.padEnd(50)} ${value}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

process.exitCode = main();
