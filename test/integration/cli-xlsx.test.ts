/**
 * `--xlsx`: the CLI writes the report into a workbook with the add-in's own Excel code on the simulated
 * Excel. The figures equal expected.json; running it again on its own output replaces the report.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseRegistry, REGISTRY_KEY } from "../../src/excel";
import { loadXlsxFile } from "../../src/simulated-excel/node";
import { SummaryV1 } from "../../src/domain/summary";
import { cli } from "../support/cli";
import { SAMPLES } from "../support/paths";
import { REPORT_SHEETS } from "../support/report-sheets";

const expected = JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8"));
const tmp = mkdtempSync(join(tmpdir(), "wsp-xlsx-"));

describe("report into the sample workbook", () => {
  const out = join(tmp, "rapport.xlsx");
  const json = join(tmp, "rapport.json");
  let stdout = "";

  beforeAll(async () => {
    const run = await cli(
      "report",
      join(SAMPLES, "wsp-haaglanden-2015.xlsx"),
      "--peildatum",
      "2015-09-30",
      "--xlsx",
      out,
      "--json",
      json,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    stdout = run.stdout;
  }, 120_000);

  test("the figures read through Excel equal expected.json", () => {
    const summary: SummaryV1 = JSON.parse(readFileSync(json, "utf8"));
    expect(
      Object.fromEntries(summary.voortgang.map((v) => [`${v.sector}|${v.organisatie}`, v.realisatie])),
    ).toEqual(expected.voortgang);
    expect(summary.bevindingen).toEqual(expected.bevindingen);
    expect(summary.reconciliatie).toEqual(expected.reconciliatie);
  });

  test("the workbook holds the source sheets and the report, registered as the add-in's own", async () => {
    expect(stdout).toMatch(/Rapportage geschreven naar .*rapport\.xlsx: Voortgang, Dekkingsgraad/);
    const workbook = await loadXlsxFile(out);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Ambitie 2015", "WBS plaatsingen", ...REPORT_SHEETS]));
    const registry = parseRegistry(workbook.settings.get(REGISTRY_KEY));
    const ids = new Set(workbook.worksheets.map((s) => s.id));
    expect(registry.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(REPORT_SHEETS));
    for (const sheet of registry.sheets) expect(ids.has(sheet.id)).toBe(true);
  });

  test("a rerun on the output replaces the report instead of adding a second one", async () => {
    const again = join(tmp, "opnieuw.xlsx");
    const run = await cli("report", out, "--peildatum", "2015-09-30", "--xlsx", again);
    expect(run.code).toBe(0);
    const before = (await loadXlsxFile(out)).worksheets.map((s) => s.name);
    const after = (await loadXlsxFile(again)).worksheets.map((s) => s.name);
    expect(after).toEqual(before);
    expect(after.some((name) => name.endsWith("(WSP)"))).toBe(false);
  }, 120_000);
});

test("CSV exports become sheets of a new workbook with the report", async () => {
  const out = join(tmp, "csv.xlsx");
  const files = [
    "referentie.xlsx",
    "plaatsingen.csv",
    "vacatures.csv",
    "werkgevers.csv",
    "contacten.csv",
    "kandidaten.csv",
  ];
  const run = await cli(
    "report",
    ...files.map((f) => join(SAMPLES, f)),
    "--peildatum",
    "2015-09-30",
    "--xlsx",
    out,
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/P05 +fout +Plaatsing dubbel +25/);
  const names = (await loadXlsxFile(out)).worksheets.map((s) => s.name);
  expect(names).toEqual(
    expect.arrayContaining(["Ambitie 2015", "plaatsingen", "vacatures", "kandidaten", ...REPORT_SHEETS]),
  );
}, 120_000);

test("a CSV file named after Excel's reserved sheet name History becomes the sheet History (import)", async () => {
  const history = join(tmp, "History.csv");
  copyFileSync(join(SAMPLES, "plaatsingen.csv"), history);
  const out = join(tmp, "history.xlsx");
  const run = await cli(
    "report",
    join(SAMPLES, "referentie.xlsx"),
    history,
    "--peildatum",
    "2015-09-30",
    "--xlsx",
    out,
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect((await loadXlsxFile(out)).worksheets.map((s) => s.name)).toContain("History (import)");
}, 120_000);

describe("--xlsx tells what the file readers noted, and names the file in an error", () => {
  test("a quote without its pair: noted in the terminal and on Voortgang", async () => {
    const lines = readFileSync(join(SAMPLES, "plaatsingen.csv"), "utf8").split("\n");
    lines[2] = lines[2].replace(";", ';"');
    const file = join(tmp, "plaatsingen-quote.csv");
    writeFileSync(file, lines.join("\n"));
    const out = join(tmp, "quote.xlsx");
    const run = await cli(
      "report",
      join(SAMPLES, "referentie.xlsx"),
      file,
      "--peildatum",
      "2015-09-30",
      "--xlsx",
      out,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("plaatsingen-quote.csv: in rij 3 staat een aanhalingsteken");
    const voortgang = (await loadXlsxFile(out)).worksheets.find((s) => s.name === "Voortgang")!;
    const texts = [...voortgang.cells.values()].map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes("plaatsingen-quote.csv: in rij 3 staat een aanhalingsteken"))).toBe(
      true,
    );
  }, 120_000);

  test("files of the same name in two folders: named with their folder, each with its sheet", async () => {
    const lines = readFileSync(join(SAMPLES, "plaatsingen.csv"), "utf8").split("\n");
    for (const folder of ["juli", "augustus"]) mkdirSync(join(tmp, "twee", folder), { recursive: true });
    writeFileSync(join(tmp, "twee", "juli", "plaatsingen.csv"), lines.slice(0, 2000).join("\n"));
    writeFileSync(
      join(tmp, "twee", "augustus", "plaatsingen.csv"),
      [lines[0], ...lines.slice(2000)].join("\n"),
    );
    const files = ["juli", "augustus"].map((folder) => join(tmp, "twee", folder, "plaatsingen.csv"));
    const text = await cli("report", join(SAMPLES, "referentie.xlsx"), ...files, "--peildatum", "2015-09-30");
    expect(text.stdout).toMatch(/Plaatsingen {2}juli\/plaatsingen\.csv +1\.999 rijen/);
    expect(text.stdout).toMatch(/Plaatsingen {2}augustus\/plaatsingen\.csv +1\.591 rijen/);
    // A long name is not shortened in the list of sources.
    const long = join(
      tmp,
      "twee",
      "plaatsingen tot en met augustus uit het WBS van de gemeente Den Haag.csv",
    );
    writeFileSync(long, lines.slice(0, 10).join("\n"));
    const longRun = await cli("report", join(SAMPLES, "referentie.xlsx"), long, "--peildatum", "2015-09-30");
    expect(longRun.stdout).toContain(
      "  Plaatsingen  plaatsingen tot en met augustus uit het WBS van de gemeente Den Haag.csv  9 rijen",
    );
    const out = join(tmp, "twee.xlsx");
    const run = await cli(
      "report",
      join(SAMPLES, "referentie.xlsx"),
      ...files,
      "--peildatum",
      "2015-09-30",
      "--xlsx",
      out,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('juli/plaatsingen.csv is in de werkmap het blad "plaatsingen".');
    expect(run.stdout).toContain('augustus/plaatsingen.csv is in de werkmap het blad "plaatsingen (2)".');
    expect(run.stdout).toMatch(/Plaatsingen {2}blad plaatsingen \(2\) +1\.591 rijen/);
    expect((await loadXlsxFile(out)).worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["plaatsingen", "plaatsingen (2)"]),
    );
  }, 120_000);

  test("a required column missing: the line names the file, as without --xlsx", async () => {
    const file = join(tmp, "zonder-datum.csv");
    writeFileSync(file, "Plaatsingsnummer;Plaatsdatum;Sector;Organisatie\r\nPL1;01-02-2015;ICT;UWV\r\n");
    const run = await cli("report", join(SAMPLES, "referentie.xlsx"), file, "--xlsx", join(tmp, "x.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^wsp-monitor: zonder-datum\.csv lijkt op Plaatsingen, maar kolom "Datum plaatsing" ontbreekt/,
    );
  }, 120_000);
});
