/** Any supported export file into sheets, by extension. */
import { SheetInput } from "../domain/cells";
import type { DatasetLoader } from "../domain/sources/load";
import { loadCsv, readCsv } from "./csv";
import { readXlsx } from "./xlsx";

export class UnreadableFileError extends Error {}

const isCsv = (lower: string) => lower.endsWith(".csv") || lower.endsWith(".txt");

/** An error thrown by the loader (the engine), not by reading the file: it must not pass for a bad file. */
class LoaderFailure {
  constructor(readonly error: unknown) {}
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new LoaderFailure(error);
  }
}

type Loader = Pick<DatasetLoader, "add" | "begin">;

/** The loader, with its own errors marked so that they are not taken for a reader's. */
function guarded(loader: Loader): Loader {
  return {
    add: (sheet) => guard(() => loader.add(sheet)),
    begin(meta, expectedRows) {
      const rows = guard(() => loader.begin(meta, expectedRows));
      return {
        row: (cells, formats) => guard(() => rows.row(cells, formats)),
        end: () => guard(() => rows.end()),
      };
    },
  };
}

/**
 * Reads any supported export file into a dataset loader: a CSV file row by row (its rows are never all
 * in memory at once), a workbook sheet by sheet. A file that cannot be read throws UnreadableFileError
 * with one line naming the file; an error of the loader itself is passed on as it is (a bug, not input).
 */
export async function loadExportFile(bytes: Uint8Array, file: string, loader: Loader): Promise<void> {
  const into = guarded(loader);
  try {
    if (isCsv(file.toLowerCase())) {
      loadCsv(bytes, file, into);
      return;
    }
    const sheets = await readExportFile(bytes, file);
    // Each sheet's cells can be freed once it is read.
    while (sheets.length > 0) into.add(sheets.shift() as SheetInput);
  } catch (error) {
    if (error instanceof LoaderFailure) throw error.error;
    if (error instanceof UnreadableFileError) throw error;
    const reason = ((error as Error)?.message ?? String(error)).split("\n")[0];
    throw new UnreadableFileError(`${file} kan niet gelezen worden: ${reason}`);
  }
}

export async function readExportFile(bytes: Uint8Array, file: string): Promise<SheetInput[]> {
  const lower = file.toLowerCase();
  if (isCsv(lower)) return [readCsv(bytes, file).sheet];
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new UnreadableFileError(`${file} is geen geldig .xlsx-bestand (geen zip-archief)`);
    }
    try {
      return (await readXlsx(bytes, file)).sheets;
    } catch (error) {
      const reason = (error as Error).message.split("\n")[0];
      throw new UnreadableFileError(
        `${file} kan niet als .xlsx gelezen worden: de werkmap is beschadigd of anders opgebouwd (${reason})`,
      );
    }
  }
  if (lower.endsWith(".xls"))
    throw new UnreadableFileError(
      `${file}: het oude .xls-formaat wordt niet gelezen; sla het op als .xlsx of .csv`,
    );
  throw new UnreadableFileError(`${file}: onbekend bestandstype; gebruik .xlsx of .csv`);
}
