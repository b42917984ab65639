/**
 * .xlsx workbooks into 2-D cell arrays, every sheet, values as Excel shows them: formula results,
 * rich text as plain text, errors as "#N/A"-style text, dates as Date objects (ExcelJS honours the
 * 1904 date system), number formats alongside so date cells stay recognisable.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Cell, SheetInput } from "../domain/cells";

type ExcelValue = ExcelJS.CellValue;

/** A cell value as the engine wants it. */
export function plainValue(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "#WAARDE!" : value;
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelValue }).result;
      return result === undefined ? null : plainValue(result);
    }
    if ("text" in value) {
      const text = (value as { text: unknown }).text;
      if (typeof text === "string") return text;
      if (text && typeof text === "object" && "richText" in text) return plainValue(text as ExcelValue);
    }
  }
  return String(value);
}

export interface XlsxResult {
  sheets: SheetInput[];
  date1904: boolean;
}

/**
 * ExcelJS expects the workbook part at xl/workbook.xml, as Excel writes it. Other writers may put it
 * elsewhere (the package relationships say where): move that folder to xl/ so ExcelJS can read it.
 * Returns undefined when the package already has the usual layout.
 */
export async function normalisePackage(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zip.file("_rels/.rels")?.async("string");
  const target =
    rels &&
    /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
      rels,
    );
  const path = target ? (target[1] ?? target[2]) : undefined;
  if (!path || path === "xl/workbook.xml") return undefined;
  const slash = path.lastIndexOf("/");
  const folder = slash >= 0 ? path.slice(0, slash + 1) : "";
  const name = path.slice(slash + 1);
  const moved = new JSZip();
  const rename = (p: string) => {
    if (!p.startsWith(folder)) return p;
    const rest = p.slice(folder.length);
    if (rest === name) return "xl/workbook.xml";
    if (rest === `_rels/${name}.rels`) return "xl/_rels/workbook.xml.rels";
    return `xl/${rest}`;
  };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async("uint8array");
    if (entry.name === "_rels/.rels" || entry.name === "[Content_Types].xml") {
      content = new TextDecoder()
        .decode(content)
        .replace(
          new RegExp(`(["/])${escapeRegExp(folder)}([^"]*)"`, "g"),
          (_m, lead: string, rest: string) => {
            const renamed = rename(folder + rest);
            return `${lead}${renamed}"`;
          },
        );
    }
    moved.file(rename(entry.name), content);
  }
  return moved.generateAsync({ type: "uint8array" });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  let failure: unknown;
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    // Without xl/workbook.xml ExcelJS "succeeds" with an empty workbook.
    if (workbook.properties && workbook.worksheets.length > 0) return workbook;
  } catch (error) {
    failure = error;
  }
  const normalised = await normalisePackage(bytes).catch(() => undefined);
  if (!normalised) {
    if (failure) throw failure;
    return workbook;
  }
  const retry = new ExcelJS.Workbook();
  await retry.xlsx.load(normalised as unknown as ArrayBuffer);
  return retry;
}

/** Every sheet of a workbook; `file` is how the sheets and messages name the workbook (see csvRows). */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<XlsxResult> {
  const workbook = await loadWorkbook(bytes);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets: SheetInput[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: Cell[][] = [];
    const numberFormats: (string | undefined)[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      const formats: (string | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        cells[columnNumber - 1] = plainValue(cell.value);
        formats[columnNumber - 1] = cell.numFmt || undefined;
      });
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
      rows[rowNumber - 1] = cells;
      numberFormats[rowNumber - 1] = formats;
    });
    for (let r = 0; r < rows.length; r++) {
      if (!rows[r]) {
        rows[r] = [];
        numberFormats[r] = [];
      }
    }
    sheets.push({
      name: worksheet.name,
      file,
      rows,
      numberFormats,
      date1904,
      firstRow: 1,
      firstColumn: 1,
    });
  });
  return { sheets, date1904 };
}
