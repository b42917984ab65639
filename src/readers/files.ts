/** Any supported export file into sheets, by extension. */
import { SheetInput } from "../domain/cells";
import type { DatasetLoader } from "../domain/sources/load";
import { CsvShapeError, loadCsv, readCsv } from "./csv";
import { readXlsx } from "./xlsx";

export class UnreadableFileError extends Error {}

const isCsv = (lower: string) => lower.endsWith(".csv") || lower.endsWith(".txt");

/**
 * Reads any supported export file into a dataset loader: a CSV file row by row (its rows are never all
 * in memory at once), a workbook sheet by sheet. A file that cannot be read throws UnreadableFileError
 * (a workbook that does not open; a CSV file with binary bytes or a line far longer than any export row
 * — the CSV reader reads any other bytes); a workbook under a .csv name is read as the workbook it is.
 * An error of the loader itself is passed on as it is (a bug, not input), so no wrapper on the per-row
 * path is needed to tell the two apart.
 */
export async function loadExportFile(
  bytes: Uint8Array,
  file: string,
  loader: Pick<DatasetLoader, "add" | "begin">,
): Promise<void> {
  if (isCsv(file.toLowerCase()) && !isZip(bytes)) {
    csvOrUnreadable(() => loadCsv(bytes, file, loader));
    return;
  }
  const sheets = await readExportFile(bytes, file);
  // Each sheet's cells can be freed once it is read.
  while (sheets.length > 0) loader.add(sheets.shift() as SheetInput);
}

/** A zip archive (an .xlsx workbook starts with "PK\x03\x04"). */
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

/** A reader's failure in Dutch: zip damage in words; anything else quoted as the technical message it is. */
function workbookFailure(error: unknown): string {
  const reason = ((error as Error)?.message ?? String(error)).split("\n")[0];
  if (/central directory|corrupted zip|end of data|invalid zip|zip file/i.test(reason))
    return "het zip-archief is afgebroken of beschadigd";
  return `de werkmap is beschadigd of anders opgebouwd (technische melding: ${reason})`;
}

async function readWorkbook(bytes: Uint8Array, file: string): Promise<SheetInput[]> {
  let sheets: SheetInput[];
  try {
    sheets = (await readXlsx(bytes, file)).sheets;
  } catch (error) {
    throw new UnreadableFileError(`${file} kan niet als .xlsx gelezen worden: ${workbookFailure(error)}`);
  }
  // Every workbook Excel saves has a sheet: a zip without one is some other file (a renamed .docx).
  if (sheets.length === 0)
    throw new UnreadableFileError(
      `${file} is geen Excel-werkmap: het is een zip-archief zonder werkbladen (een ander soort bestand met de extensie .xlsx?)`,
    );
  return sheets;
}

/** A CSV text that cannot be an export is an unreadable file; any other error is passed on. */
function csvOrUnreadable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CsvShapeError) throw new UnreadableFileError(error.message);
    throw error;
  }
}

export async function readExportFile(bytes: Uint8Array, file: string): Promise<SheetInput[]> {
  const lower = file.toLowerCase();
  if (isCsv(lower) && isZip(bytes)) {
    // An Excel workbook saved under a .csv name: read it as the workbook it is, and say so.
    const note = `${file} is een Excel-werkmap, geen CSV-bestand; het is als .xlsx gelezen.`;
    // Said once, with the workbook's first sheet.
    return (await readWorkbook(bytes, file)).map((sheet, i) =>
      i === 0 ? { ...sheet, notes: [...(sheet.notes ?? []), note] } : sheet,
    );
  }
  if (isCsv(lower)) return [csvOrUnreadable(() => readCsv(bytes, file)).sheet];
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new UnreadableFileError(`${file} is geen geldig .xlsx-bestand (geen zip-archief)`);
    }
    return readWorkbook(bytes, file);
  }
  if (lower.endsWith(".xls"))
    throw new UnreadableFileError(
      `${file}: het oude .xls-formaat wordt niet gelezen; sla het op als .xlsx of .csv`,
    );
  throw new UnreadableFileError(`${file}: onbekend bestandstype; gebruik .xlsx of .csv`);
}
