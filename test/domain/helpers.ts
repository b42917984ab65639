/**
 * Builders for engine tests: compact tables in, `SheetInput`s out, and a `run` that analyses them.
 *
 *   const report = run([ambitie({ Detailhandel: [10, 5, 5, 0, 20] }), plaatsingen([{ Sector: "ICT" }])]);
 *   findings(report, "P03");
 *
 * Every record builder fills the required columns of its source with sensible defaults (distinct ids
 * per row), adds the columns the rows mention, and can put title lines above the header, blank rows
 * between the data, a totals row below it, or leave a column out altogether.
 */
import { analyse, Report } from "../../src/domain/analyse";
import { Cell, SheetInput } from "../../src/domain/cells";
import { AnalysisOptions } from "../../src/domain/context";
import { parseIsoDate } from "../../src/domain/dates";
import { RuleResult } from "../../src/domain/rules/run";
import { Finding, FindingId, RuleId } from "../../src/domain/rules/types";
import { SummaryV1, toSummary } from "../../src/domain/summary";

export type Row = Record<string, Cell>;

export const PARTNERS = ["Den Haag", "Delft", "Rijswijk", "Westland", "UWV"] as const;
export const OVERHEID = "Openbaar bestuur (overheid) en onderwijs";

export interface SheetOptions {
  /** Sheet name (defaults per source). */
  name?: string;
  file?: string;
  /** Lines above the header row, e.g. `[["Plaatsingen WSP Haaglanden"], []]`. */
  title?: Cell[][];
  /** Insert a blank row before the data row with this 0-based index (use rows.length for "at the end"). */
  blankBefore?: number[];
  /** Columns to leave out of the sheet entirely (also defaults). */
  without?: string[];
  /** Explicit column order; by default the defaults' columns, then every other key in order of appearance. */
  columns?: string[];
  /** Raw rows appended below the data (a totals row, notes). */
  after?: Cell[][];
  firstRow?: number;
  firstColumn?: number;
}

/** A sheet from a header row and data rows, with the layout options above. */
export function sheet(header: Cell[], rows: Cell[][], options: SheetOptions = {}): SheetInput {
  const body: Cell[][] = [];
  const blanks = options.blankBefore ?? [];
  rows.forEach((row, i) => {
    for (const b of blanks) if (b === i) body.push([]);
    body.push(row);
  });
  for (const b of blanks) if (b >= rows.length) body.push([]);
  const input: SheetInput = {
    name: options.name ?? "Blad1",
    rows: [...(options.title ?? []), header, ...body, ...(options.after ?? [])],
  };
  if (options.file !== undefined) input.file = options.file;
  if (options.firstRow !== undefined) input.firstRow = options.firstRow;
  if (options.firstColumn !== undefined) input.firstColumn = options.firstColumn;
  return input;
}

type Defaults = (index: number) => Row;

function recordSheet(
  defaultName: string,
  defaults: Defaults,
  rows: Row[],
  options: SheetOptions,
): SheetInput {
  const without = new Set(options.without ?? []);
  let columns = options.columns;
  if (!columns) {
    const keys: string[] = Object.keys(defaults(0));
    for (const row of rows) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
    columns = keys;
  }
  columns = columns.filter((c) => !without.has(c));
  const data = rows.map((row, i) => {
    const d = defaults(i);
    return columns.map((c) => (c in row ? row[c] : (d[c] ?? null)));
  });
  return sheet(columns, data, { ...options, name: options.name ?? defaultName });
}

// ---------------------------------------------------------------------------------------------------
// Reference sheets

export interface AmbitieOptions extends SheetOptions {
  /** Partner column headers (default: the five partners). */
  partners?: readonly string[];
  /**
   * The closing Totaal row: "auto" (column sums, the default), "none", or explicit cells
   * (one per partner, then Totaal).
   */
  totals?: "auto" | "none" | Cell[];
}

/**
 * The ambition table: `{ sector: [one number per partner] }`; the row's Totaal is their sum unless an
 * extra last value is given (`[10, 5, 5, 0, 20, 41]`).
 */
export function ambitie(table: Record<string, Cell[]>, options: AmbitieOptions = {}): SheetInput {
  return ambitieRows(
    Object.entries(table).map(([sector, cells]) => [sector, ...cells]),
    options,
  );
}

/** The ambition table from raw rows `[sector, ...partner cells, (Totaal)]` (the sector may be null). */
export function ambitieRows(rows: Cell[][], options: AmbitieOptions = {}): SheetInput {
  const partners = options.partners ?? PARTNERS;
  const sum = (cells: Cell[]) => cells.reduce<number>((a, c) => a + (typeof c === "number" ? c : 0), 0);
  const data = rows.map(([sector, ...cells]) => {
    const parts = cells.slice(0, partners.length);
    const total = cells.length > partners.length ? cells[partners.length] : sum(parts);
    return [sector, ...parts, total];
  });
  const totals = options.totals ?? "auto";
  const after = [...(options.after ?? [])];
  if (totals === "auto") {
    const columnSums = partners.map((_, i) => sum(data.map((r) => r[1 + i])));
    after.unshift(["Totaal", ...columnSums, sum(data.map((r) => r[1 + partners.length]))]);
  } else if (totals !== "none") after.unshift(["Totaal", ...totals]);
  return sheet(["Sector", ...partners, "Totaal"], data, {
    ...options,
    after,
    name: options.name ?? "Ambitie 2015",
  });
}

/** A small but complete ambition table for tests that are not about the ambition sheet. */
export const STANDARD_AMBITIE: Record<string, number[]> = {
  Detailhandel: [10, 5, 5, 0, 20],
  [OVERHEID]: [8, 2, 2, 2, 6],
  ICT: [6, 2, 1, 1, 10],
  "Bouw en techniek": [4, 4, 4, 4, 4],
};

export const standardAmbitie = (options: AmbitieOptions = {}) => ambitie(STANDARD_AMBITIE, options);

export function sectoren(rows: Row[], options: SheetOptions = {}): SheetInput {
  return recordSheet(
    "Sectorindeling",
    () => ({ Sector: "Detailhandel", Zwaarte: "handhaven", Trekker: "Den Haag" }),
    rows,
    options,
  );
}

/** Bedrijven ≥10 werknemers per sector: `{ ICT: 100 }`, or `{ ICT: [100, 25] }` with a target. */
export function bedrijven(counts: Record<string, number | [number, number]>, options: SheetOptions = {}) {
  const withTarget = Object.values(counts).some(Array.isArray);
  const header = ["Sector", "Bedrijven ≥10 werknemers", ...(withTarget ? ["Doel dekkingsgraad"] : [])];
  const rows = Object.entries(counts).map(([sector, n]) =>
    Array.isArray(n) ? [sector, ...n] : withTarget ? [sector, n, null] : [sector, n],
  );
  return sheet(header, rows, { ...options, name: options.name ?? "Bedrijven" });
}

export function toolbox(rows: Row[], options: SheetOptions = {}): SheetInput {
  return recordSheet(
    "Regionale toolbox",
    (i) => ({ Instrument: `Instrument ${i + 1}`, Omschrijving: "Regionaal instrument" }),
    rows,
    options,
  );
}

// ---------------------------------------------------------------------------------------------------
// WBS exports

export function plaatsingen(rows: Row[], options: SheetOptions = {}): SheetInput {
  return recordSheet(
    "Plaatsingen",
    (i) => ({
      Plaatsingsnummer: `PL${i + 1}`,
      "Datum plaatsing": "05-03-2015",
      Sector: "Detailhandel",
      Organisatie: "Delft",
    }),
    rows,
    options,
  );
}

export function vacatures(rows: Row[], options: SheetOptions = {}): SheetInput {
  return recordSheet(
    "Vacatures",
    (i) => ({
      Vacaturenummer: `VAC${i + 1}`,
      Werkgevernummer: `WG${i + 1}`,
      "Datum ontvangst": "02-03-2015",
      "Datum registratie": "02-03-2015",
    }),
    rows,
    options,
  );
}

/** Employers; the default names and postcodes are distinct so that W01 stays quiet. */
export function werkgevers(rows: Row[], options: SheetOptions = {}): SheetInput {
  const names = ["Albert", "Bakkerij", "Cornelis", "Duinzicht", "Eikenhof", "Fietsenmaker", "Groenland"];
  return recordSheet(
    "Werkgevers",
    (i) => ({
      Werkgevernummer: `WG${i + 1}`,
      "Naam werkgever": `${names[i % names.length]} ${String.fromCharCode(65 + (i % 26))}${i}`,
      Postcode: `${2600 + i} AB`,
    }),
    rows,
    options,
  );
}

export function contacten(rows: Row[], options: SheetOptions = {}): SheetInput {
  return recordSheet(
    "Contacten",
    (i) => ({ Werkgevernummer: `WG${i + 1}`, Datum: "01-03-2015", "Soort contact": "Telefonisch" }),
    rows,
    options,
  );
}

export function kandidaten(rows: Row[], options: SheetOptions = {}): SheetInput {
  return recordSheet(
    "Kandidaten",
    (i) => ({ Klantnummer: `KL${i + 1}`, Organisatie: "Delft", Arbeidsbeperkt: "nee" }),
    rows,
    options,
  );
}

// ---------------------------------------------------------------------------------------------------
// Running and reading the report

export type RunOptions = Omit<AnalysisOptions, "peildatum">;

/** Day number of an ISO date; throws on a typo so that tests never run with NaN. */
export function day(iso: string): number {
  const d = parseIsoDate(iso);
  if (Number.isNaN(d)) throw new Error(`Not an ISO date: ${iso}`);
  return d;
}

export function run(inputs: SheetInput[], peildatum = "2015-09-30", options: RunOptions = {}): Report {
  return analyse(inputs, { ...options, peildatum: day(peildatum) });
}

/** The ambition table plus the given sources: the minimal valid set needs ambition and placements. */
export function runWith(inputs: SheetInput[], peildatum = "2015-09-30", options: RunOptions = {}): Report {
  return run([standardAmbitie(), ...inputs], peildatum, options);
}

export function result(report: Report, id: RuleId): RuleResult {
  const found = report.rules.find((r) => r.rule.id === id);
  if (!found) throw new Error(`Rule ${id} not in the report`);
  return found;
}

export function findings(report: Report, id: FindingId): Finding[] {
  if (id === "L01") return report.readFindings;
  const r = result(report, id);
  if (!r.checkable) throw new Error(`Rule ${id} is not checkable: ${r.reason}`);
  return r.findings;
}

export function summary(report: Report): SummaryV1 {
  return toSummary(report);
}

/** Every finding of every rule (and L01), for "no finding anywhere" checks. */
export function allRuleFindings(report: Report): Finding[] {
  return [...report.rules.flatMap((r) => r.findings), ...report.readFindings];
}

/** Asserts a rule is not checkable and that the reason names the missing column or source. */
export function expectNotCheckable(report: Report, id: RuleId, missing: string | RegExp): void {
  const r = result(report, id);
  expect(r.checkable).toBe(false);
  expect(r.findings).toEqual([]);
  expect(r.reason).toEqual(expect.stringMatching(typeof missing === "string" ? escape(missing) : missing));
  const s = toSummary(report);
  expect(s.nietToetsbaar).toContain(id);
  expect(Object.keys(s.bevindingen)).not.toContain(id);
}

const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** A finding should read as plain Dutch and carry the agreement it comes from. */
export function expectDutch(f: Finding, ...words: Array<string | RegExp>): void {
  expect(f.message.length).toBeGreaterThan(10);
  expect(f.agreement.length).toBeGreaterThan(10);
  for (const w of words) expect(f.message).toMatch(w);
}
