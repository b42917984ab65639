/**
 * Importing a CSV or xlsx export as a new sheet, in the simulated Excel: a unique name (never an
 * existing sheet), values in bulk, text kept as text, numbers and dates where the whole column is,
 * the engine reading the sheet exactly as it read the file, and nothing left behind on failure.
 */
import { analyse, allFindings } from "../../src/domain/analyse";
import { dayFromYmd } from "../../src/domain/dates";
import {
  cleanSheetName,
  ImportError,
  importedSheetName,
  importSheet,
  readWorkbook,
  simulatedHost,
  uniqueSheetName,
} from "../../src/excel";
import { readCsvText } from "../../src/readers/csv";
import { readExportFile } from "../../src/readers/files";
import { createSimulatedExcel, saveXlsx, SimulatedWorkbook } from "../../src/simulated-excel";

const session = (wb = SimulatedWorkbook.create(["Blad1", "plaatsingen"])) => {
  const sim = createSimulatedExcel(wb);
  return { sim, host: simulatedHost(sim) };
};

const CSV = [
  "WBS export plaatsingen;;;;;;",
  "Plaatsingsnummer;Datum plaatsing;Sector;Organisatie;Uren per week;Werkgevernummer;Opmerking",
  '007;01-03-2015;ICT;Delft;25,5;000123;=HYPERLINK("http://x")',
  "P-2;2015-03-02 09:30;Detailhandel;UWV;32;000124;+31 70 123",
  "P-3;31-02-2015;Zorg, welzijn, schoonmaak;Den Haag;1.234,5;000125;",
  "Totaal;;;;;;",
].join("\r\n");

describe("sheet names", () => {
  test("clean, unique and never an existing sheet", () => {
    expect(cleanSheetName("plaatsingen: Q3 [def]/x?")).toBe("plaatsingen Q3 def x");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("History")).toBe("History (import)");
    expect(cleanSheetName("")).toBe("Import");
    expect(cleanSheetName("x".repeat(40))).toHaveLength(31);
    expect(uniqueSheetName("plaatsingen", ["Blad1"])).toBe("plaatsingen");
    expect(uniqueSheetName("plaatsingen", ["PLAATSINGEN"])).toBe("plaatsingen (2)");
    expect(uniqueSheetName("plaatsingen", ["plaatsingen", "plaatsingen (2)"])).toBe("plaatsingen (3)");
    expect(uniqueSheetName("y".repeat(31), ["y".repeat(31)])).toBe(`${"y".repeat(27)} (2)`);
    expect(importedSheetName("C:\\exports\\plaatsingen-q3.csv", "plaatsingen-q3.csv", 1)).toBe(
      "plaatsingen-q3",
    );
    expect(importedSheetName("wbs.xlsx", "Vacatures", 2)).toBe("Vacatures");
    expect(importedSheetName("wbs.xlsx", "Blad1", 1)).toBe("wbs");
  });
});

describe("importing a CSV export", () => {
  test("adds a new sheet with a unique name; text stays text, number and date columns become numbers and dates", async () => {
    const { sim, host } = session();
    const before = sim.workbook.findWorksheet("plaatsingen")!;
    before.ensureCell(0, 0).value = "van de gebruiker";
    const input = readCsvText(CSV, "plaatsingen.csv").sheet;
    const result = await importSheet(host, input, "plaatsingen");
    expect(result).toMatchObject({ name: "plaatsingen (2)", rows: 6, columns: 7 });
    expect(sim.workbook.findWorksheet("plaatsingen")!.getCell(0, 0)?.value).toBe("van de gebruiker");
    const ws = sim.workbook.findWorksheet("plaatsingen (2)")!;
    const value = (r: number, c: number) => ws.getCell(r, c)?.value;
    const format = (r: number, c: number) => ws.effectiveStyle(r, c).numberFormat;
    // Identifiers keep their leading zeros; formulas and phone numbers stay text.
    expect([value(2, 0), format(2, 0)]).toEqual(["007", "@"]);
    expect([value(2, 5), format(2, 5)]).toEqual(["000123", "@"]);
    expect([value(2, 6), format(2, 6)]).toEqual(['=HYPERLINK("http://x")', "@"]);
    expect(ws.getCell(2, 6)?.formula).toBeUndefined();
    expect(value(3, 6)).toBe("+31 70 123");
    // Uren per week: every text a Dutch number -> numbers.
    expect([value(2, 4), value(3, 4), value(4, 4)]).toEqual([25.5, 32, 1234.5]);
    // Datum plaatsing has an impossible date: the column stays text, so the engine still reports it.
    expect([value(4, 1), format(4, 1)]).toEqual(["31-02-2015", "@"]);
    // Title and totals rows as they were.
    expect(value(0, 0)).toBe("WBS export plaatsingen");
    expect(value(5, 0)).toBe("Totaal");
    expect(result.textColumns).toBeGreaterThanOrEqual(5);
  });

  test("a date column of real dates becomes Excel dates shown as dd-mm-jjjj", async () => {
    const { sim, host } = session();
    const csv =
      "Werkgevernummer;Datum;Soort contact\n1;01-03-2015;Bedrijfsbezoek\n2;2015-03-02 09:30;Telefonisch\n";
    await importSheet(host, readCsvText(csv, "contacten.csv").sheet, "contacten");
    const ws = sim.workbook.findWorksheet("contacten")!;
    expect(ws.getCell(1, 1)?.value).toBe(42064); // 01-03-2015 in the 1900 date system
    expect(ws.effectiveStyle(1, 1).numberFormat).toBe("dd-mm-yyyy");
    expect(ws.getCell(2, 1)?.value).toBeCloseTo(42065.395833, 5);
    expect(ws.effectiveStyle(2, 1).numberFormat).toBe("dd-mm-yyyy hh:mm");
    // Werkgevernummer is text in the catalog: "1" stays the text "1".
    expect([ws.getCell(1, 0)?.value, ws.effectiveStyle(1, 0).numberFormat]).toEqual(["1", "@"]);
  });

  test("the engine reads the imported sheet as it read the file", async () => {
    const { host } = session(SimulatedWorkbook.create(["Blad1"]));
    const input = readCsvText(CSV, "plaatsingen.csv").sheet;
    await importSheet(host, input, "plaatsingen");
    const read = await readWorkbook(host);
    const options = { peildatum: dayFromYmd(2015, 9, 30) };
    const fromFile = analyse([input], options);
    const fromSheet = analyse(read.inputs, options);
    const strip = (f: ReturnType<typeof allFindings>) =>
      f.map(({ rule, row, column, value, record }) => ({ rule, row, column, value, record }));
    expect(fromSheet.sheets[0]).toMatchObject({ type: "Plaatsingen", status: "gebruikt", rows: 3 });
    expect(strip(allFindings(fromSheet))).toEqual(strip(allFindings(fromFile)));
    expect(allFindings(fromSheet).some((f) => f.rule === "P06" && f.value === "31-02-2015")).toBe(true);
  });

  test("a large export is written in several requests under the payload limit", async () => {
    const { sim, host } = session();
    const lines = ["Plaatsingsnummer;Datum plaatsing;Sector;Organisatie"];
    for (let i = 0; i < 5000; i++) lines.push(`P${i};01-03-2015;ICT;Delft`);
    sim.resetStats();
    const result = await importSheet(host, readCsvText(lines.join("\n"), "groot.csv").sheet, "groot", {
      maxRequestBytes: 50_000,
    });
    expect(result.rows).toBe(5001);
    expect(result.syncs).toBeGreaterThan(4);
    expect(sim.stats.maxRequestBytes).toBeLessThan(120_000);
    expect(sim.workbook.findWorksheet("groot")!.getCell(5000, 0)?.value).toBe("P4999");
  });

  test("an empty file is refused with a Dutch message, and the workbook is unchanged", async () => {
    const { sim, host } = session();
    await expect(importSheet(host, { name: "leeg.csv", rows: [] }, "leeg")).rejects.toThrow(ImportError);
    await expect(importSheet(host, { name: "leeg.csv", rows: [] }, "leeg")).rejects.toThrow(/leeg/);
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual(["Blad1", "plaatsingen"]);
  });

  test("when Excel refuses the values, the half-made sheet is removed", async () => {
    const { sim, host } = session();
    let calls = 0;
    const failing = {
      ...host,
      run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
        sim.run((ctx) => {
          calls++;
          if (calls === 1) {
            const sync = ctx.sync.bind(ctx);
            let n = 0;
            (ctx as { sync: unknown }).sync = () =>
              ++n === 2 ? Promise.reject(new Error("verbroken")) : sync();
          }
          return batch(ctx);
        }),
    };
    const error = await importSheet(failing, readCsvText(CSV, "x.csv").sheet, "nieuw").catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/niet geïmporteerd.*verbroken.*niet gewijzigd/);
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual(["Blad1", "plaatsingen"]);
  });
});

describe("importing an xlsx export", () => {
  test("numbers, dates and text keep their types", async () => {
    const source = SimulatedWorkbook.create(["Vacatures"]);
    const ws = source.findWorksheet("Vacatures")!;
    const put = (r: number, c: number, value: string | number, numberFormat?: string) => {
      const cell = ws.ensureCell(r, c);
      cell.value = value;
      if (numberFormat) cell.style = { numberFormat };
    };
    ["Vacaturenummer", "Werkgevernummer", "Datum ontvangst", "Datum registratie", "Gevraagd aantal"].forEach(
      (h, c) => put(0, c, h),
    );
    put(1, 0, "V001");
    put(1, 1, "0042");
    put(1, 2, 42064, "dd/mm/yyyy");
    put(1, 3, 42065, "dd/mm/yyyy");
    put(1, 4, 12);
    const bytes = await saveXlsx(source);
    const [sheet] = await readExportFile(bytes, "vacatures.xlsx");
    const { sim, host } = session();
    const result = await importSheet(host, sheet, importedSheetName("vacatures.xlsx", sheet.name, 1));
    expect(result.name).toBe("vacatures");
    const out = sim.workbook.findWorksheet("vacatures")!;
    expect(out.getCell(1, 1)?.value).toBe("0042");
    expect(out.getCell(1, 2)?.value).toBe(42064);
    expect(out.effectiveStyle(1, 2).numberFormat).toBe("dd/mm/yyyy");
    expect(out.getCell(1, 4)?.value).toBe(12);
  });
});
