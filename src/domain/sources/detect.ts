/**
 * Recognising a source by its headers: the header row is looked for within the first 20 rows, each
 * header is compared by its header key against every column's name and aliases, and the source type
 * whose columns fit best wins. Sheet names are never used.
 */
import { Cell, columnLetter, isBlankCell, SheetInput } from "../cells";
import { isPlausibleSerial } from "../dates";
import { PartnerMatcher } from "../matching";
import { foldTrim, matchKey, similarity } from "../text";
import { INVALID, parseBool, parseDate, parseNumber } from "../values";
import { ColumnDef, SOURCES, SourceDef, SourceType, sourceDef, ValueKind } from "./catalog";

export const HEADER_SEARCH_ROWS = 20;

export interface ColumnBinding {
  key: string;
  /** 0-based index into the row arrays. */
  index: number;
  /** Header text as it stands in the sheet. */
  header: string;
  /** Column letter as the user sees it in the sheet. */
  letter: string;
}

export interface MissingColumn {
  key: string;
  label: string;
  /** The unused header that resembles the expected one most. */
  closest?: string;
}

export interface DetectedSheet {
  type: SourceType;
  /** 0-based index into `input.rows`. */
  headerIndex: number;
  columns: Map<string, ColumnBinding>;
  /** Ambitie only: one column per partner, in sheet order; `key` is the header. */
  partnerColumns: ColumnBinding[];
  missing: MissingColumn[];
  /** Headers that no column of the source claimed. */
  otherHeaders: ColumnBinding[];
  score: number;
}

interface HeaderCell {
  index: number;
  text: string;
  key: string;
}

const keysOf = (column: ColumnDef): string[] => [column.label, ...column.aliases].map(matchKey);

const COLUMN_KEYS = new Map<ColumnDef, string[]>(
  SOURCES.flatMap((s) => s.columns.map((c) => [c, keysOf(c)] as const)),
);

function headerCells(row: readonly Cell[] | undefined): HeaderCell[] {
  const cells: HeaderCell[] = [];
  if (!row) return cells;
  for (let index = 0; index < row.length; index++) {
    const value = row[index];
    if (typeof value !== "string" && typeof value !== "number") continue;
    const text = String(value).trim();
    if (text === "") continue;
    cells.push({ index, text, key: matchKey(text) });
  }
  return cells;
}

function bind(cell: HeaderCell, key: string, firstColumn: number): ColumnBinding {
  return { key, index: cell.index, header: cell.text, letter: columnLetter(firstColumn + cell.index) };
}

function fitSource(
  def: SourceDef,
  headers: HeaderCell[],
  partners: PartnerMatcher,
  input: SheetInput,
  firstColumn: number,
): DetectedSheet {
  const used = new Set<number>();
  const columns = new Map<string, ColumnBinding>();
  const manual = input.sourceType === def.type ? (input.columnMap ?? {}) : {};
  // Columns mapped by hand come first.
  for (const column of def.columns) {
    const wanted = manual[column.key];
    if (wanted === undefined) continue;
    const cell = headers.find((h) => !used.has(h.index) && foldTrim(h.text) === foldTrim(wanted));
    if (cell) {
      used.add(cell.index);
      columns.set(column.key, bind(cell, column.key, firstColumn));
    }
  }
  for (const column of def.columns) {
    if (columns.has(column.key)) continue;
    const keys = COLUMN_KEYS.get(column) ?? keysOf(column);
    const cell = headers.find((h) => !used.has(h.index) && keys.includes(h.key));
    if (cell) {
      used.add(cell.index);
      columns.set(column.key, bind(cell, column.key, firstColumn));
    }
  }
  const partnerColumns: ColumnBinding[] = [];
  if (def.type === "Ambitie") {
    for (const cell of headers) {
      if (used.has(cell.index) || partners.resolve(cell.text) === undefined) continue;
      used.add(cell.index);
      partnerColumns.push(bind(cell, cell.text, firstColumn));
    }
  }
  const otherHeaders = headers.filter((h) => !used.has(h.index)).map((h) => bind(h, h.text, firstColumn));
  const missing: MissingColumn[] = [];
  let requiredMatched = 0;
  let optionalMatched = 0;
  for (const column of def.columns) {
    if (columns.has(column.key)) {
      if (column.required) requiredMatched++;
      else optionalMatched++;
    } else if (column.required) {
      missing.push({ key: column.key, label: column.label });
    }
  }
  if (def.type === "Ambitie") {
    if (partnerColumns.length > 0) requiredMatched++;
    else
      missing.push({
        key: "partners",
        label: "een kolom per partner (Den Haag, Delft, Rijswijk, Westland, UWV)",
      });
  }
  const requiredTotal = requiredMatched + missing.length;
  const forced = input.sourceType === def.type;
  const candidate =
    forced || (requiredMatched >= Math.ceil(requiredTotal / 2) && requiredMatched + optionalMatched >= 2);
  const score = candidate ? 3 * requiredMatched - 3 * missing.length + optionalMatched : -Infinity;
  return { type: def.type, headerIndex: -1, columns, partnerColumns, missing, otherHeaders, score };
}

/** Whether one value can stand in a column of this kind. */
function fitsKind(kind: ValueKind, value: Cell): boolean {
  switch (kind) {
    case "date":
      return typeof value === "number" ? isPlausibleSerial(value) : parseDate(value) !== INVALID;
    case "number":
      return parseNumber(value) !== INVALID;
    case "bool":
      return parseBool(value) !== INVALID;
    default:
      return true;
  }
}

/**
 * Whether the values under a header (the rows below the header row that are at hand) could be the
 * column's: at least half of the filled ones read as its kind. A header without values is not ruled out.
 */
function valuesFit(column: ColumnDef, header: ColumnBinding, below: readonly (readonly Cell[])[]): boolean {
  if (column.kind === "text") return true;
  let filled = 0;
  let fitting = 0;
  for (const row of below) {
    const value = row?.[header.index];
    if (isBlankCell(value)) continue;
    filled++;
    if (fitsKind(column.kind, value)) fitting++;
  }
  return 2 * fitting >= filled;
}

/** How alike (by key) a header must be to be proposed for a missing text column. */
const TEXT_PROPOSAL_SIMILARITY = 0.4;

/**
 * The unclaimed header that resembles a missing column most — a proposal the user sees in the error
 * and the mapping dialog preselects. A header whose values cannot be the column's (text where a date
 * is wanted) is never proposed: better no proposal than "Soort contract" for "Datum plaatsing". Any value
 * fits a text column, so there the header must also be at least TEXT_PROPOSAL_SIMILARITY alike: no
 * "Datum" for "Organisatie".
 */
function closestHeader(
  column: ColumnDef,
  headers: ColumnBinding[],
  below: readonly (readonly Cell[])[],
): string | undefined {
  let best: string | undefined;
  let bestScore = column.kind === "text" ? TEXT_PROPOSAL_SIMILARITY : 0;
  const keys = COLUMN_KEYS.get(column) ?? keysOf(column);
  for (const header of headers) {
    if (!valuesFit(column, header, below)) continue;
    const key = matchKey(header.header);
    for (const wanted of keys) {
      const score = similarity(key, wanted);
      if (score > bestScore) {
        bestScore = score;
        best = header.header;
      }
    }
  }
  return best;
}

/**
 * The best (source type, header row) for a sheet, or undefined when no source fits.
 * A sheet whose type was set by the user is only fitted to that type.
 */
export function detectSheet(input: SheetInput, partners: PartnerMatcher): DetectedSheet | undefined {
  const defs = input.sourceType ? [sourceDef(input.sourceType)] : SOURCES;
  const firstColumn = input.firstColumn ?? 1;
  let best: DetectedSheet | undefined;
  const limit = Math.min(HEADER_SEARCH_ROWS, input.rows.length);
  for (let r = 0; r < limit; r++) {
    const headers = headerCells(input.rows[r]);
    if (headers.length < 2) continue;
    for (const def of defs) {
      const fit = fitSource(def, headers, partners, input, firstColumn);
      if (fit.score > (best?.score ?? -Infinity)) best = { ...fit, headerIndex: r };
    }
  }
  // Only the winner's missing columns are worth a suggestion.
  if (best) {
    const def = sourceDef(best.type);
    const below = input.rows.slice(best.headerIndex + 1, best.headerIndex + 1 + HEADER_SEARCH_ROWS);
    // A header is proposed for one missing column at most (the first that wants it).
    let free = best.otherHeaders;
    for (const missing of best.missing) {
      const column = def.columns.find((c) => c.key === missing.key);
      if (!column) continue;
      missing.closest = closestHeader(column, free, below);
      free = free.filter((h) => h.header !== missing.closest);
    }
  }
  return best;
}
