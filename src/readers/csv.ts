/**
 * CSV exports into the same 2-D cell arrays the engine reads from Excel: `;` or `,` (or tab) sniffed,
 * an Excel "sep=" line honoured, UTF-8 with or without BOM, Windows-1252 otherwise. Values stay text:
 * the engine does the Dutch coercion.
 */
import Papa from "papaparse";
import { SheetInput } from "../domain/cells";
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

export function readCsvText(text: string, name: string, file = name): Omit<CsvResult, "encoding"> {
  let body = text;
  let delimiter: Delimiter | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep && CANDIDATES.includes(sep[1] as Delimiter)) {
    delimiter = sep[1] as Delimiter;
    body = body.slice(sep[0].length);
  }
  delimiter ??= sniffDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, newline: undefined });
  const rows = parsed.data;
  // Papaparse yields one empty row for the final line break.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  return { sheet: { name, file, rows, firstRow: sep ? 2 : 1 }, delimiter };
}

export function readCsv(bytes: Uint8Array, file: string): CsvResult {
  const { text, encoding } = decodeText(bytes);
  const name = file.replace(/^.*[\\/]/, "");
  return { ...readCsvText(text, name, name), encoding };
}
