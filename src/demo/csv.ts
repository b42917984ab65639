// CSV in the shape of a WBS export: CRLF line ends, fields quoted only where needed, dates as
// dd-mm-jjjj and, with the Dutch ';' delimiter, numbers with a decimal comma. Pure TypeScript.

import type { DemoCell } from "./generate";

export interface CsvOptions {
  /** Field separator; default ';' (Dutch Excel). With ';' numbers get a decimal comma. */
  delimiter?: ";" | ",";
  /** Start with a UTF-8 byte order mark (U+FEFF), as Excel writes "CSV UTF-8"; default false. */
  bom?: boolean;
  /** Date cells: 'dd-mm-jjjj' (default) or 'jjjj-mm-dd'. A time other than 00:00 is added as " hh:mm". */
  dateStyle?: "dd-mm-jjjj" | "jjjj-mm-dd";
}

const pad2 = (n: number): string => (n < 10 ? "0" : "") + n;

// Module-level bindings for the globals used per cell (global lookups are slow under Jest).
const DateClass = Date;
const isFiniteNumber = Number.isFinite;
const sameValue = Object.is;

/** Calendar fields are read in UTC: the demo generator makes dates at 00:00 UTC. */
function formatDate(d: Date, style: "dd-mm-jjjj" | "jjjj-mm-dd"): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return "";
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = pad2(d.getUTCMonth() + 1);
  const day = pad2(d.getUTCDate());
  let s = style === "jjjj-mm-dd" ? `${y}-${m}-${day}` : `${day}-${m}-${y}`;
  const hh = d.getUTCHours();
  const mm = d.getUTCMinutes();
  if (hh || mm) s += ` ${pad2(hh)}:${pad2(mm)}`;
  return s;
}

/**
 * One CSV text for the rows. null → empty field; booleans → ja/nee; numbers without thousands
 * separators (decimal comma with ';'); strings quoted when they hold the delimiter, a quote, a line
 * break or leading/trailing spaces. Every row, the last included, ends with CRLF. A blank row ([])
 * gives an empty line.
 */
export function toCsv(rows: readonly (readonly DemoCell[])[], opts: CsvOptions = {}): string {
  const delimiter = opts.delimiter ?? ";";
  const decimalComma = delimiter === ";";
  const dateStyle = opts.dateStyle ?? "dd-mm-jjjj";
  const special = delimiter === ";" ? /[;"\r\n]/ : /[,"\r\n]/;
  const dateTexts = new Map<number, string>(); // exports repeat the same few hundred days

  const field = (v: DemoCell): string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") {
      if (v === "") return v;
      const quote = special.test(v) || v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32;
      return quote ? `"${v.replace(/"/g, '""')}"` : v;
    }
    if (typeof v === "number") {
      if (!isFiniteNumber(v)) return "";
      const s = `${sameValue(v, -0) ? 0 : v}`;
      return decimalComma ? s.replace(".", ",") : s;
    }
    if (typeof v === "boolean") return v ? "ja" : "nee";
    if (v instanceof DateClass) {
      const t = v.getTime();
      let text = dateTexts.get(t);
      if (text === undefined) {
        text = formatDate(v, dateStyle);
        dateTexts.set(t, text);
      }
      return text;
    }
    return field(`${v as unknown as string}`);
  };

  const lines: string[] = new Array(rows.length + 1);
  const cells: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    cells.length = row.length;
    for (let c = 0; c < row.length; c++) cells[c] = field(row[c]);
    lines[r] = cells.join(delimiter);
  }
  lines[rows.length] = ""; // every row ends with CRLF
  return (opts.bom ? "\uFEFF" : "") + (rows.length ? lines.join("\r\n") : "");
}
