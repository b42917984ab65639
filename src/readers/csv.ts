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

/** The delimiter that occurs most often outside quotes in the first lines. */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 30; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      if (ch === "\n") lines++;
    } else if (!inQuotes && counts.has(ch as Delimiter))
      counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ";";
  for (const d of CANDIDATES) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
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
   * them. Call once.
   */
  forEach(onRow: (cells: string[]) => void): void;
}

/**
 * Opens a decoded CSV text for reading row by row: an Excel "sep=" line is taken off and honoured,
 * otherwise the delimiter is sniffed.
 */
export function csvRowsOfText(text: string, name: string, file = name): CsvRows {
  let body = text;
  let delimiter: Delimiter | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep && CANDIDATES.includes(sep[1] as Delimiter)) {
    delimiter = sep[1] as Delimiter;
    body = body.slice(sep[0].length);
  }
  const sniffed = delimiter ?? sniffDelimiter(body);
  return {
    sheet: { name, file, firstRow: sep ? 2 : 1 },
    delimiter: sniffed,
    forEach(onRow) {
      // Papaparse's step mode over the whole text: each row is handed on as it is parsed and nothing
      // is collected. Keeping all rows of a 100k-row export alive until the end made the garbage
      // collector copy them again and again (the full parse took over twice as long as step mode);
      // step mode also beat the chunk mode at every chunk size measured (256 kB – 4 MB).
      // One row is held back: papaparse yields one empty row for the final line break, which is dropped.
      let pending: string[] | undefined;
      Papa.parse<string[]>(body, {
        delimiter: sniffed,
        skipEmptyLines: false,
        newline: undefined,
        step: (results) => {
          if (pending) onRow(pending);
          pending = results.data as unknown as string[];
        },
      });
      if (pending && !(pending.length === 1 && pending[0] === "")) onRow(pending);
    },
  };
}

/** Opens a CSV export's bytes for reading row by row (UTF-8 with or without BOM, UTF-16, Windows-1252). */
export function csvRows(bytes: Uint8Array, file: string): CsvRows & { encoding: TextEncodingName } {
  const { text, encoding } = decodeText(bytes);
  const name = file.replace(/^.*[\\/]/, "");
  return { ...csvRowsOfText(text, name, name), encoding };
}

/** A whole CSV text as a sheet of rows (for callers that want the array). */
export function readCsvText(text: string, name: string, file = name): Omit<CsvResult, "encoding"> {
  const csv = csvRowsOfText(text, name, file);
  const rows: string[][] = [];
  csv.forEach((cells) => rows.push(cells));
  return { sheet: { ...csv.sheet, rows }, delimiter: csv.delimiter };
}

export function readCsv(bytes: Uint8Array, file: string): CsvResult {
  const { text, encoding } = decodeText(bytes);
  const name = file.replace(/^.*[\\/]/, "");
  return { ...readCsvText(text, name, name), encoding };
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
  csv.forEach((cells) => sheet.row(cells));
  sheet.end();
  return { delimiter: csv.delimiter, encoding: csv.encoding };
}
