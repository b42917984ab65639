/**
 * CSV exports into the same 2-D cell arrays the engine reads from Excel: `;` or `,` (or tab) sniffed,
 * an Excel "sep=" line honoured, UTF-8 with or without BOM, Windows-1252 otherwise. Values stay text:
 * the engine does the Dutch coercion.
 */
import Papa from "papaparse";
import { SheetInput } from "../domain/cells";
import type { SheetMeta, SheetRows } from "../domain/sources/load";
import { decodeText, TextEncodingName } from "./decode";

export type Delimiter = ";" | "," | "\t";

const CANDIDATES: readonly Delimiter[] = [";", ",", "\t"];

/**
 * The delimiter of the first lines (up to 30, outside quotes): the one that splits the most lines into
 * the same number of fields — a header and its data rows agree on that, while commas in free text
 * ("Verslag") come and go — then the one that occurs most often; ";" when none occurs.
 */
export function sniffDelimiter(text: string): Delimiter {
  const perLine = new Map<Delimiter, number[]>(CANDIDATES.map((d) => [d, []]));
  const current = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  const endLine = () => {
    for (const d of CANDIDATES) {
      (perLine.get(d) as number[]).push(current.get(d) ?? 0);
      current.set(d, 0);
    }
  };
  let inQuotes = false;
  let lines = 0;
  let i = 0;
  for (; i < text.length && lines < 30; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === "\n") {
      endLine();
      lines++;
    } else if (!inQuotes && current.has(ch as Delimiter))
      current.set(ch as Delimiter, (current.get(ch as Delimiter) ?? 0) + 1);
  }
  if (lines < 30 && i >= text.length) endLine();
  let best: Delimiter = ";";
  let bestScore = [0, 0];
  for (const d of CANDIDATES) {
    const counts = (perLine.get(d) as number[]).filter((n) => n > 0);
    if (counts.length === 0) continue;
    // The most common number of delimiters per line, and how many lines have it.
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    let modal = 0;
    let agreeing = 0;
    for (const [n, lines] of tally)
      if (lines > agreeing || (lines === agreeing && n > modal)) [modal, agreeing] = [n, lines];
    const score = [agreeing, modal];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Longest line a CSV export may have: no row of an export is longer; a longer one is no export. */
export const MAX_LINE_LENGTH = 256 * 1024;

/**
 * Whether a text has a line longer than `limit` characters. Probes rather than walks the lines: from
 * the last line end found, the next must lie within `limit + 1` characters, which `lastIndexOf` finds
 * looking back from there — a few characters per probe, one probe per `limit` characters.
 */
function hasLineLongerThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  // The line end the file uses ("\n", also in "\r\n"; else an old Mac's "\r").
  const end = text.indexOf("\n") >= 0 ? "\n" : "\r";
  let last = -1;
  while (text.length - last - 1 > limit) {
    const found = text.lastIndexOf(end, last + limit + 1);
    if (found <= last) return true;
    last = found;
  }
  return false;
}

/** A CSV text that cannot be an export. */
export class CsvShapeError extends Error {}

/**
 * A line whose quotes do not pair up (`"t Zonnetje Bakkerij`), split at the delimiter as it stands;
 * fields that are quoted as a whole lose their quotes as usual.
 */
function plainFields(line: string, delimiter: Delimiter): string[] {
  return line
    .split(delimiter)
    .map((field) =>
      field.length >= 2 && field.startsWith('"') && field.endsWith('"')
        ? field.slice(1, -1).replace(/""/g, '"')
        : field,
    );
}

/** Where the line that starts at `from` ends ("\r\n", "\n" or "\r"), and where the next one starts. */
function lineAt(text: string, from: number): { end: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return { end: i, next: i + 1 };
    if (ch === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { end: text.length, next: text.length };
}

export interface CsvResult {
  sheet: SheetInput;
  delimiter: Delimiter;
  encoding: TextEncodingName;
}

/** A CSV export ready to be read row by row: what is known before the rows, and the rows on demand. */
export interface CsvRows {
  /** The sheet without its rows (name, file, first row number). */
  sheet: Omit<SheetInput, "rows">;
  delimiter: Delimiter;
  /**
   * Parses the text, handing each row to `onRow` as soon as it is parsed; papaparse keeps none of
   * them. Call once. Returns what had to be repaired, in Dutch (see `forEach` below), for the report.
   */
  forEach(onRow: (cells: string[]) => void): string[];
}

/**
 * Opens a decoded CSV text for reading row by row: an Excel "sep=" line is taken off and honoured,
 * otherwise the delimiter is sniffed. A text with a line longer than MAX_LINE_LENGTH is refused
 * (CsvShapeError): papaparse would build a row of millions of fields and run out of memory.
 */
export function csvRowsOfText(text: string, name: string, file = name): CsvRows {
  let body = text;
  let delimiter: Delimiter | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep && CANDIDATES.includes(sep[1] as Delimiter)) {
    delimiter = sep[1] as Delimiter;
    body = body.slice(sep[0].length);
  }
  if (body.slice(0, 65_536).includes("\u0000"))
    throw new CsvShapeError(
      `${file} is geen tekstbestand (het bevat binaire gegevens); exporteer het opnieuw als .csv of .xlsx`,
    );
  if (hasLineLongerThan(body, MAX_LINE_LENGTH))
    throw new CsvShapeError(
      `${file}: een regel is langer dan ${MAX_LINE_LENGTH.toLocaleString("nl-NL")} tekens; dit is geen export met één rij per regel`,
    );
  const sniffed = delimiter ?? sniffDelimiter(body);
  const firstRow = sep ? 2 : 1;
  const empty = body.trim() === "";
  return {
    sheet: { name, file, firstRow, ...(empty ? { notes: [`${file} is leeg.`] } : {}) },
    delimiter: sniffed,
    forEach(onRow) {
      // Papaparse's step mode over the whole text: each row is handed on as it is parsed and nothing
      // is collected. Keeping all rows of a 100k-row export alive until the end made the garbage
      // collector copy them again and again (the full parse took over twice as long as step mode);
      // step mode also beat the chunk mode at every chunk size measured (256 kB – 4 MB).
      // One row is held back: papaparse yields one empty row for the final line break, which is dropped.
      //
      // A quote that does not pair up ("t Zonnetje Bakkerij in a ;-file that hardly quotes) makes
      // papaparse read on to the next closing quote, swallowing the rows in between — or the rest of the
      // file. Such a row is read again as its own line, split at the delimiter as it stands, and parsing
      // resumes on the next line; the report says which rows were read that way.
      const repaired: number[] = [];
      let pending: string[] | undefined;
      let rows = 0;
      const hand = (cells: string[]) => {
        if (pending) onRow(pending);
        pending = cells;
        rows++;
      };
      let from = 0;
      while (from < body.length) {
        let rowStart = from;
        let resume = -1;
        const offset = from;
        Papa.parse<string[]>(offset === 0 ? body : body.slice(offset), {
          delimiter: sniffed,
          skipEmptyLines: false,
          newline: undefined,
          step: (results, parser) => {
            if (results.errors.length > 0 && results.errors.some((e) => e.type === "Quotes")) {
              const line = lineAt(body, rowStart);
              hand(plainFields(body.slice(rowStart, line.end), sniffed));
              repaired.push(firstRow + rows - 1);
              resume = line.next;
              parser.abort();
              return;
            }
            hand(results.data as unknown as string[]);
            rowStart = offset + results.meta.cursor;
          },
        });
        if (resume < 0) break;
        from = resume;
      }
      if (pending && !(pending.length === 1 && pending[0] === "")) onRow(pending);
      if (repaired.length === 0) return [];
      const shown = repaired.slice(0, 5).join(", ") + (repaired.length > 5 ? ", …" : "");
      return [
        `${file}: ${repaired.length === 1 ? "in rij" : `in ${repaired.length} rijen (rij`} ${shown}${repaired.length === 1 ? "" : ")"} ` +
          'staat een aanhalingsteken (") zonder tegenhanger; die rij is gelezen zoals ze er staat, op het scheidingsteken gesplitst.',
      ];
    },
  };
}

/**
 * Opens a CSV export's bytes for reading row by row (UTF-8 with or without BOM, UTF-16, Windows-1252).
 * `file` is how the sheet and every message name the file: its name, or as much of its path as the
 * caller needs to tell it from another file of the same name.
 */
export function csvRows(bytes: Uint8Array, file: string): CsvRows & { encoding: TextEncodingName } {
  const { text, encoding } = decodeText(bytes);
  return { ...csvRowsOfText(text, file, file), encoding };
}

/** A whole CSV text as a sheet of rows (for callers that want the array). */
export function readCsvText(text: string, name: string, file = name): Omit<CsvResult, "encoding"> {
  const csv = csvRowsOfText(text, name, file);
  const rows: string[][] = [];
  const notes = csv.forEach((cells) => rows.push(cells));
  return { sheet: { ...csv.sheet, rows, ...(notes.length > 0 ? { notes } : {}) }, delimiter: csv.delimiter };
}

/** The whole export as one sheet; `file` names it as in `csvRows`. */
export function readCsv(bytes: Uint8Array, file: string): CsvResult {
  const { text, encoding } = decodeText(bytes);
  return { ...readCsvText(text, file, file), encoding };
}

/**
 * Reads a CSV export into a dataset loader row by row: no array of all rows is ever built, so a row's
 * cells can be freed as soon as its record is made.
 */
export function loadCsv(
  bytes: Uint8Array,
  file: string,
  loader: { begin(meta: SheetMeta): SheetRows },
): { delimiter: Delimiter; encoding: TextEncodingName } {
  const csv = csvRows(bytes, file);
  const sheet = loader.begin(csv.sheet);
  const notes = csv.forEach((cells) => sheet.row(cells));
  const report = sheet.end();
  if (notes.length > 0) report.notes = [...(report.notes ?? []), ...notes];
  return { delimiter: csv.delimiter, encoding: csv.encoding };
}
