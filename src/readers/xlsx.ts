/**
 * .xlsx workbooks into 2-D cell arrays, every sheet, values as Excel shows them: formula results,
 * rich text as plain text, errors as "#N/A"-style text, dates as Date objects (ExcelJS honours the
 * 1904 date system), number formats alongside so date cells stay recognisable.
 */
import ExcelJS from "exceljs";
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

export async function readXlsx(bytes: Uint8Array, file: string): Promise<XlsxResult> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const name = file.replace(/^.*[\\/]/, "");
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
      file: name,
      rows,
      numberFormats,
      date1904,
      firstRow: 1,
      firstColumn: 1,
    });
  });
  return { sheets, date1904 };
}
