/** Node-only helpers: read and write .xlsx files. Not for the browser bundle. */
import { readFile, writeFile } from "node:fs/promises";
import type { SimulatedWorkbook } from "./model";
import { loadXlsx } from "./xlsx-load";
import { saveXlsx } from "./xlsx-save";

export async function loadXlsxFile(path: string): Promise<SimulatedWorkbook> {
  const bytes = await readFile(path);
  return loadXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export async function saveXlsxFile(workbook: SimulatedWorkbook, path: string): Promise<void> {
  await writeFile(path, await saveXlsx(workbook));
}
