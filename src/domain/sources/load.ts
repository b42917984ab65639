/**
 * From sheets to a dataset: every input is recognised (or not), read, and accounted for in a sheet
 * report that tells the user what was used, what was skipped and why.
 */
import { Cell, SheetInput } from "../cells";
import { DayNumber } from "../dates";
import { AmbitieTable, ReadIssue, RecordsBySource, RowRecord, SheetRef } from "../model";
import { PartnerMatcher } from "../matching";
import { SourceType } from "./catalog";
import { DetectedSheet, detectSheet, HEADER_SEARCH_ROWS, MissingColumn } from "./detect";
import { ColumnNumbers, numberedColumnsOf } from "./numbering";
import { readAmbitie, RecordReader, readRecords, sheetRefOf } from "./read";

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
  /** Rows equal to the header row further down (exports pasted one below the other), skipped. */
  repeatedHeaders?: number;
  /** Earliest and latest date in the source's main date column. */
  period?: { from: DayNumber; to: DayNumber };
  /** Required columns that are absent (status "onbruikbaar"). */
  missing: MissingColumn[];
  /** column key -> header text as found in the sheet. */
  columns: Record<string, string>;
  /** Headers no column claimed. */
  otherHeaders: string[];
  /** What the file reader had to repair (Dutch sentences), for the report's notes. */
  notes?: string[];
  sheet?: SheetRef;
}

/** How a sheet is named to the user: "file (blad name)", the file, or "blad name". */
export function describeSheet(sheet: Pick<SheetReport, "name" | "file">): string {
  return sheet.file && sheet.file !== sheet.name
    ? `${sheet.file} (blad ${sheet.name})`
    : sheet.file
      ? sheet.file
      : `blad ${sheet.name}`;
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

/** What is known of a sheet before its rows: everything of a SheetInput but the rows. */
export type SheetMeta = Omit<SheetInput, "rows" | "numberFormats">;

/** A sheet handed over row by row (see DatasetLoader.begin). */
export interface SheetRows {
  /**
   * The sheet's next row (the first is row `firstRow`), with its cells' number formats when known.
   * The caller need not keep the row. The loader keeps the first rows until the sheet is recognised,
   * and the header row after that, so a caller must not refill the arrays it hands over.
   */
  row(cells: Cell[] | undefined, numberFormats?: (string | null | undefined)[]): void;
  /** The sheet is complete: its report. */
  end(): SheetReport;
}

/**
 * Reads sheets one at a time into a dataset. A sheet's cells are not kept once it is read (records hold
 * typed values only), so a caller that hands sheets over one by one needs memory for one sheet's cells
 * at a time — or, row by row through `begin`, for one row at a time. Sheets of one type are read as
 * one, in the order they are added.
 */
export class DatasetLoader {
  private readonly records = emptyRecords();
  private readonly loaded = new Map<SourceType, SheetRef[]>();
  private readonly issues: ReadIssue[] = [];
  private readonly sheets: SheetReport[] = [];
  private ambitie: AmbitieTable | undefined;
  /** Numbers of the numbered columns' values, shared by all sheets of the dataset (see numbering.ts). */
  private readonly numbers = new ColumnNumbers();
  /** A sheet is being handed over row by row. */
  private open = false;

  constructor(readonly partners: PartnerMatcher) {}

  /** Reads a whole sheet: its rows go through `begin` one by one, like a streamed sheet's. */
  add(input: SheetInput): SheetReport {
    const sheet = this.begin(input, input.rows.length);
    const formats = input.numberFormats;
    for (let r = 0; r < input.rows.length; r++) sheet.row(input.rows[r], formats?.[r]);
    return sheet.end();
  }

  /**
   * Starts a sheet whose rows are handed over one at a time. Only the rows up to the header search's
   * end (the first 20) are kept until the sheet is recognised; after that each data row becomes a
   * record when it arrives and is not kept (the Ambitie sheet, a few dozen rows, is kept whole).
   * `expectedRows`, when known, sizes the sheet's arrays up front.
   */
  begin(meta: SheetMeta, expectedRows = 0): SheetRows {
    if (this.open) throw new Error("DatasetLoader: the previous sheet has not ended");
    this.open = true;
    const firstRow = meta.firstRow ?? 1;
    const report: SheetReport = {
      index: this.sheets.length,
      name: meta.name,
      file: meta.file,
      status: "niet herkend",
      rows: 0,
      blankRows: 0,
      rowsAfterTotals: 0,
      missing: [],
      columns: {},
      otherHeaders: [],
      ...(meta.notes && meta.notes.length > 0 ? { notes: [...meta.notes] } : {}),
    };
    this.sheets.push(report);
    /** Rows kept: the first ones until the sheet is recognised; all of an Ambitie sheet. */
    let kept: (Cell[] | undefined)[] | undefined = [];
    let keptFormats: ((string | null | undefined)[] | undefined)[] = [];
    let detected: DetectedSheet | undefined;
    let reader: RecordReader<RowRecord> | undefined;
    /** Rows handed over so far. */
    let count = 0;

    /** Recognises the sheet by its first rows; then reads (or drops) the rows kept below the header. */
    const recognise = (): void => {
      const head = kept as (Cell[] | undefined)[];
      const formats = keptFormats;
      keptFormats = [];
      const input = { ...meta, rows: head as Cell[][] };
      detected = this.recognise(input, report);
      kept = undefined;
      if (!detected || report.status !== "gebruikt") return;
      if (detected.type === "Ambitie") {
        kept = head;
        return;
      }
      reader = readRecords(
        detected.type,
        meta,
        detected,
        report.sheet as SheetRef,
        this.numbers,
        Math.max(0, expectedRows - detected.headerIndex - 1),
      ) as RecordReader<RowRecord>;
      for (let r = detected.headerIndex + 1; r < head.length; r++)
        reader.row(head[r], firstRow + r, formats[r]);
    };

    return {
      row: (cells, numberFormats) => {
        const r = count++;
        if (reader) reader.row(cells, firstRow + r, numberFormats);
        else if (kept) {
          kept.push(cells);
          if (!detected) {
            keptFormats.push(numberFormats);
            if (kept.length === HEADER_SEARCH_ROWS) recognise();
          }
        }
      },
      end: () => {
        if (!this.open) throw new Error("DatasetLoader: the sheet has already ended");
        this.open = false;
        if (!detected && kept) recognise();
        if (!detected || report.status !== "gebruikt") return report;
        if (reader) this.takeRecords(detected, reader, report);
        else this.takeAmbitie({ ...meta, rows: kept as Cell[][] }, detected, report);
        const list = this.loaded.get(detected.type) ?? [];
        list.push(report.sheet as SheetRef);
        this.loaded.set(detected.type, list);
        return report;
      },
    };
  }

  /**
   * Recognises a sheet by its first rows and fills in its report. The status is "gebruikt" when the
   * rows are to be read.
   */
  private recognise(head: SheetInput, report: SheetReport): DetectedSheet | undefined {
    const detected = detectSheet(head, this.partners);
    if (!detected) return undefined;
    const sheet = sheetRefOf(head, report.index, detected);
    Object.assign(report, {
      type: detected.type,
      headerRow: sheet.headerRow,
      missing: detected.missing,
      columns: Object.fromEntries([...detected.columns].map(([key, b]) => [key, b.header])),
      otherHeaders: detected.otherHeaders.map((h) => h.header),
      sheet,
    });
    if (detected.missing.length > 0) report.status = "onbruikbaar";
    else if (detected.type === "Ambitie" && this.ambitie) report.status = "dubbel";
    else report.status = "gebruikt";
    return detected;
  }

  private takeAmbitie(input: SheetInput, detected: DetectedSheet, report: SheetReport): void {
    const result = readAmbitie(input, detected, report.sheet as SheetRef, this.partners);
    this.ambitie = result.table;
    Object.assign(report, {
      rows: result.table.rows.length,
      blankRows: result.blankRows,
      totalsRow: result.table.totalsRow?.row,
      rowsAfterTotals: result.rowsAfterTotals,
      columns: { ...report.columns, ...Object.fromEntries(result.table.partners.map((p) => [p, p])) },
      otherHeaders: detected.otherHeaders
        .map((h) => h.header)
        .filter((h) => !result.table.partners.includes(h)),
    });
  }

  private takeRecords(detected: DetectedSheet, reader: RecordReader<RowRecord>, report: SheetReport): void {
    const type = detected.type;
    const result = reader.finish();
    const lists = this.records as unknown as Record<SourceType, RowRecord[]>;
    // The first sheet of a type hands over its array; later ones are appended to it.
    if (lists[type].length === 0) lists[type] = result.records;
    else for (const record of result.records) lists[type].push(record);
    for (const key of numberedColumnsOf(type))
      this.numbers.append(type, key, result.numbered.get(key), result.records.length);
    for (const issue of result.issues) this.issues.push(issue);
    Object.assign(report, {
      rows: result.records.length,
      blankRows: result.blankRows,
      totalsRow: result.totalsRow,
      rowsAfterTotals: result.rowsAfterTotals,
      ...(result.repeatedHeaders > 0 ? { repeatedHeaders: result.repeatedHeaders } : {}),
      period: periodOf(result.records, PERIOD_COLUMN[type]),
    });
  }

  finish(): Dataset {
    if (this.open) throw new Error("DatasetLoader: a sheet has not ended");
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
