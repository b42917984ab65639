/** Any supported export file into sheets, by extension. */
import { SheetInput } from "../domain/cells";
import { readCsv } from "./csv";
import { readXlsx } from "./xlsx";

export class UnreadableFileError extends Error {}

export async function readExportFile(bytes: Uint8Array, file: string): Promise<SheetInput[]> {
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return [readCsv(bytes, file).sheet];
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
