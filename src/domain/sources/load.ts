/**
 * From sheets to a dataset: every input is recognised (or not), read, and accounted for in a sheet
 * report that tells the user what was used, what was skipped and why.
 */
import { SheetInput } from "../cells";
import { DayNumber } from "../dates";
import { AmbitieTable, ReadIssue, RecordsBySource, RowRecord, SheetRef } from "../model";
import { PartnerMatcher } from "../matching";
import { SourceType } from "./catalog";
import { detectSheet, MissingColumn } from "./detect";
import { ColumnNumbers, numberedColumnsOf } from "./numbering";
import { readAmbitie, readRecords, sheetRefOf } from "./read";

export type SheetStatus = "gebruikt" | "niet herkend" | "onbruikbaar" | "dubbel";

export interface SheetReport {
  index: number;
  name: string;
  file?: string;
  status: SheetStatus;
  type?: SourceType;
  /** Sheet row number of the header row. */
  headerRow?: number;
  /** Data rows read (blank rows and the totals row not included). */
  rows: number;
  blankRows: number;
  totalsRow?: number;
  rowsAfterTotals: number;
  /** Earliest and latest date in the source's main date column. */
  period?: { from: DayNumber; to: DayNumber };
  /** Required columns that are absent (status "onbruikbaar"). */
  missing: MissingColumn[];
  /** column key -> header text as found in the sheet. */
  columns: Record<string, string>;
  /** Headers no column claimed. */
  otherHeaders: string[];
  sheet?: SheetRef;
}

export interface Dataset {
  sheets: SheetReport[];
  records: RecordsBySource;
  ambitie?: AmbitieTable;
  /** The sheets read per source type. */
  loaded: Map<SourceType, SheetRef[]>;
  issues: ReadIssue[];
  partners: PartnerMatcher;
  /** Numbers of the numbered columns' values, per record (see numbering.ts). */
  numbers: ColumnNumbers;
}

/** The column whose dates describe the period a source covers. */
const PERIOD_COLUMN: Partial<Record<SourceType, string>> = {
  Plaatsingen: "datumPlaatsing",
  Vacatures: "datumRegistratie",
  Contacten: "datum",
  Werkgevers: "datumInvoer",
};

function periodOf(records: readonly RowRecord[], key: string | undefined): SheetReport["period"] {
  if (!key) return undefined;
  let from = Infinity;
  let to = -Infinity;
  for (const record of records) {
    const day = (record as unknown as Record<string, unknown>)[key];
    if (typeof day !== "number") continue;
    if (day < from) from = day;
    if (day > to) to = day;
  }
  return from <= to ? { from: Math.floor(from), to: Math.floor(to) } : undefined;
}

export function emptyRecords(): RecordsBySource {
  return {
    Plaatsingen: [],
    Vacatures: [],
    Werkgevers: [],
    Contacten: [],
    Kandidaten: [],
    Sectoren: [],
    Bedrijven: [],
    Toolbox: [],
  };
}

/**
 * Reads sheets one at a time into a dataset. A sheet's cells are not kept once it is read (records hold
 * typed values only), so a caller that hands sheets over one by one needs memory for one sheet's cells
 * at a time. Sheets of one type are read as one, in the order they are added.
 */
export class DatasetLoader {
  private readonly records = emptyRecords();
  private readonly loaded = new Map<SourceType, SheetRef[]>();
  private readonly issues: ReadIssue[] = [];
  private readonly sheets: SheetReport[] = [];
  private ambitie: AmbitieTable | undefined;
  /** Numbers of the numbered columns' values, shared by all sheets of the dataset (see numbering.ts). */
  private readonly numbers = new ColumnNumbers();

  constructor(readonly partners: PartnerMatcher) {}

  add(input: SheetInput): SheetReport {
    const index = this.sheets.length;
    const detected = detectSheet(input, this.partners);
    const report: SheetReport = {
      index,
      name: input.name,
      file: input.file,
      status: "niet herkend",
      rows: 0,
      blankRows: 0,
      rowsAfterTotals: 0,
      missing: [],
      columns: {},
      otherHeaders: [],
    };
    this.sheets.push(report);
    if (!detected) return report;
    const sheet = sheetRefOf(input, index, detected);
    Object.assign(report, {
      type: detected.type,
      headerRow: sheet.headerRow,
      missing: detected.missing,
      columns: Object.fromEntries([...detected.columns].map(([key, b]) => [key, b.header])),
      otherHeaders: detected.otherHeaders.map((h) => h.header),
      sheet,
    });
    if (detected.missing.length > 0) {
      report.status = "onbruikbaar";
      return report;
    }
    if (detected.type === "Ambitie") {
      if (this.ambitie) {
        report.status = "dubbel";
        return report;
      }
      const result = readAmbitie(input, detected, sheet, this.partners);
      this.ambitie = result.table;
      Object.assign(report, {
        status: "gebruikt",
        rows: result.table.rows.length,
        blankRows: result.blankRows,
        totalsRow: result.table.totalsRow?.row,
        rowsAfterTotals: result.rowsAfterTotals,
        columns: { ...report.columns, ...Object.fromEntries(result.table.partners.map((p) => [p, p])) },
        otherHeaders: detected.otherHeaders
          .map((h) => h.header)
          .filter((h) => !result.table.partners.includes(h)),
      });
    } else {
      const result = readRecords(detected.type, input, detected, sheet, this.numbers);
      const lists = this.records as unknown as Record<SourceType, RowRecord[]>;
      // The first sheet of a type hands over its array; later ones are appended to it.
      if (lists[detected.type].length === 0) lists[detected.type] = result.records;
      else for (const record of result.records) lists[detected.type].push(record);
      for (const key of numberedColumnsOf(detected.type))
        this.numbers.append(detected.type, key, result.numbered.get(key), result.records.length);
      for (const issue of result.issues) this.issues.push(issue);
      Object.assign(report, {
        status: "gebruikt",
        rows: result.records.length,
        blankRows: result.blankRows,
        totalsRow: result.totalsRow,
        rowsAfterTotals: result.rowsAfterTotals,
        period: periodOf(result.records, PERIOD_COLUMN[detected.type]),
      });
    }
    const list = this.loaded.get(detected.type) ?? [];
    list.push(sheet);
    this.loaded.set(detected.type, list);
    return report;
  }

  finish(): Dataset {
    return {
      sheets: this.sheets,
      records: this.records,
      ambitie: this.ambitie,
      loaded: this.loaded,
      issues: this.issues,
      partners: this.partners,
      numbers: this.numbers,
    };
  }
}

export function loadDataset(inputs: readonly SheetInput[], partners: PartnerMatcher): Dataset {
  const loader = new DatasetLoader(partners);
  for (const input of inputs) loader.add(input);
  return loader.finish();
}
