/**
 * The shared samples read the way the CLI reads them (CSV files row by row into the loader) and read as
 * whole arrays (readCsv, then add) give identical reports.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseDataset, createLoader, Report } from "../../src/domain/analyse";
import { parseIsoDate } from "../../src/domain/dates";
import { toSummary } from "../../src/domain/summary";
import { readCsv } from "../../src/readers/csv";
import { loadExportFile, readExportFile } from "../../src/readers/files";
import { SAMPLES } from "../support/paths";

const expected = JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8"));
const peildatum = parseIsoDate(expected.peildatum);
const FILES = [
  "referentie.xlsx",
  ...["plaatsingen", "vacatures", "werkgevers", "contacten", "kandidaten"].map((f) => `${f}.csv`),
].map((f) => join(SAMPLES, f));

async function streamed(): Promise<Report> {
  const loader = createLoader({});
  for (const file of FILES) await loadExportFile(readFileSync(file), file, loader);
  return analyseDataset(loader.finish(), { peildatum });
}

async function arrays(): Promise<Report> {
  const loader = createLoader({});
  for (const file of FILES) {
    const sheets = file.endsWith(".csv")
      ? [readCsv(readFileSync(file), file).sheet]
      : await readExportFile(readFileSync(file), file);
    for (const sheet of sheets) loader.add(sheet);
  }
  return analyseDataset(loader.finish(), { peildatum });
}

test("streamed CSV files and whole arrays give identical reports on the shared samples", async () => {
  const [a, b] = await Promise.all([streamed(), arrays()]);
  expect(a.sheets.filter((s) => s.status === "gebruikt").length).toBeGreaterThanOrEqual(9);
  expect({ ...a, timings: undefined }).toEqual({ ...b, timings: undefined });
  expect(toSummary(a)).toEqual(toSummary(b));
});
