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

export function loadDataset(inputs: readonly SheetInput[], partners: PartnerMatcher): Dataset {
  const records = emptyRecords();
  const loaded = new Map<SourceType, SheetRef[]>();
  const issues: ReadIssue[] = [];
  const sheets: SheetReport[] = [];
  let ambitie: AmbitieTable | undefined;

  // The ambition sheet first: its headers name the partners that the other sources are matched to.
  const detections = inputs.map((input) => detectSheet(input, partners));
  const order = inputs
    .map((_, i) => i)
    .sort((a, b) => rank(detections[a]?.type) - rank(detections[b]?.type) || a - b);
  const reports: SheetReport[] = new Array(inputs.length);

  for (const index of order) {
    const input = inputs[index];
    const detected = detections[index];
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
    reports[index] = report;
    if (!detected) continue;
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
      continue;
    }
    if (detected.type === "Ambitie") {
      if (ambitie) {
        report.status = "dubbel";
        continue;
      }
      const result = readAmbitie(input, detected, sheet, partners);
      ambitie = result.table;
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
      const result = readRecords<RowRecord>(input, detected, sheet);
      (records[detected.type] as RowRecord[]).push(...result.records);
      for (const issue of result.issues) issues.push(issue);
      Object.assign(report, {
        status: "gebruikt",
        rows: result.records.length,
        blankRows: result.blankRows,
        totalsRow: result.totalsRow,
        rowsAfterTotals: result.rowsAfterTotals,
        period: periodOf(result.records, PERIOD_COLUMN[detected.type]),
      });
    }
    const list = loaded.get(detected.type) ?? [];
    list.push(sheet);
    loaded.set(detected.type, list);
  }
  for (const report of reports) sheets.push(report);
  // Several sheets of one type are read as one, in the order given (`order` keeps input order).
  return { sheets, records, ambitie, loaded, issues, partners };
}

const rank = (type: SourceType | undefined) => (type === "Ambitie" ? 0 : 1);
