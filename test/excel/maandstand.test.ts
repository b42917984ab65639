/**
 * Maandstand vastleggen: the month's figures appended to Historie, never changing earlier rows; the
 * Voortgang sheet then shows the change since the previous maandstand. Also the 1904 date system.
 */
import { dayFromYmd, excelSerialFromDay } from "../../src/domain/dates";
import { isDateFormat } from "../../src/domain/values";
import {
  HISTORY_COLUMNS,
  MaandstandError,
  parseRegistry,
  recordMaandstand,
  REGISTRY_KEY,
  writeReport,
} from "../../src/excel";
import { toSummary } from "../../src/domain/summary";
import { makeReport, readAndAnalyse, sampleWorkbook, session } from "../support/excel-sample";
import { SAMPLES } from "../support/paths";
import { snapshotText, tableValues } from "../support/workbook-model";
import { join } from "node:path";

jest.setTimeout(120_000);

const expected = require(join(SAMPLES, "expected.json"));

describe("maandstand", () => {
  test("appends one row per sector plus Totaal, never changing earlier rows; Voortgang shows the change", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    const august = await readAndAnalyse(s.host, "2015-08-31");
    const first = await recordMaandstand(s.host, august.report, { recordedAt: new Date(2015, 8, 2, 10, 15) });
    const sectors = august.report.figures.perSector.length;
    expect(first).toEqual({ sheet: "Historie", rows: sectors + 1, created: true, syncs: 3 });
    const registry = parseRegistry(wb.settings.get(REGISTRY_KEY));
    expect(registry.sheets).toEqual([
      { id: wb.findWorksheet("Historie")!.id, role: "historie", name: "Historie" },
    ]);

    let history = tableValues(wb, "WSP_Historie");
    expect(history.header).toEqual(HISTORY_COLUMNS.map((c) => c.header));
    expect(history.body).toHaveLength(sectors + 1);
    const peil = excelSerialFromDay(dayFromYmd(2015, 8, 31));
    expect(history.body.every((row) => row[0] === peil)).toBe(true);
    expect(history.body[0][1]).toBeCloseTo(
      excelSerialFromDay(dayFromYmd(2015, 9, 2)) + (10 * 60 + 15) / 1440,
      9,
    );
    const totaal = history.body[sectors];
    expect(totaal[2]).toBe("Totaal");
    expect(totaal[3]).toBe(august.report.figures.totaal.realisatie);
    expect(totaal[10]).toBeGreaterThan(0);
    const ws = history.table.worksheet;
    expect(ws.effectiveStyle(history.table.rect.r0 + 1, 0).numberFormat).toBe("dd-mm-yyyy");
    const earlier = history.body.map((row) => JSON.stringify(row));

    const september = await readAndAnalyse(s.host, "2015-09-30");
    expect(september.read.inputs.map((i) => i.name)).not.toContain("Historie");
    expect(september.read.history).toHaveLength(sectors + 1);
    expect(september.read.history[sectors]).toMatchObject({
      peildatum: "2015-08-31",
      vastgelegdOp: "2015-09-02T10:15",
      sector: "Totaal",
      realisatie: august.report.figures.totaal.realisatie,
    });
    for (const [i, at] of [new Date(2015, 9, 1, 9, 0), new Date(2015, 9, 2, 9, 30)].entries()) {
      const more = await recordMaandstand(s.host, september.report, { recordedAt: at });
      expect(more).toEqual({ sheet: "Historie", rows: sectors + 1, created: false, syncs: 2 });
      history = tableValues(wb, "WSP_Historie");
      expect(history.body).toHaveLength((sectors + 1) * (i + 2));
      expect(history.body.slice(0, sectors + 1).map((row) => JSON.stringify(row))).toEqual(earlier);
      const added = history.body.length - 1;
      expect(ws.effectiveStyle(history.table.rect.r0 + 1 + added, 0).numberFormat).toBe("dd-mm-yyyy");
      expect(ws.effectiveStyle(history.table.rect.r0 + 1 + added, 6).numberFormat).toBe("0.0%");
    }

    // The report for 30-09 compares with the latest earlier maandstand (31-08), not with 30-09 itself.
    const historie = snapshotText(ws);
    const { result, report } = await makeReport(s, "2015-09-30");
    expect(result.sheets.map((x) => x.name)).not.toContain("Historie");
    const sector = tableValues(wb, "WSP_Voortgang_Sector");
    expect(sector.header[8]).toBe("Verschil sinds 31-08-2015");
    const then = new Map(august.report.figures.perSector.map((p) => [p.naam, p.realisatie]));
    expect(sector.body.map((row) => row[8])).toEqual(
      report.figures.perSector.map((p) => (then.has(p.naam) ? p.realisatie - then.get(p.naam)! : "–")),
    );
    expect(sector.totals![8]).toBe(
      report.figures.totaal.realisatie - august.report.figures.totaal.realisatie,
    );
    const texts = [...wb.findWorksheet("Voortgang")!.cells.values()].map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.startsWith("Vergeleken met de maandstand van 31-08-2015: +"))).toBe(true);
    // Rerunning the report never touches Historie.
    await makeReport(s, "2015-09-30");
    expect(snapshotText(ws)).toBe(historie);
    expect(
      parseRegistry(wb.settings.get(REGISTRY_KEY)).sheets.filter((x) => x.role === "historie"),
    ).toHaveLength(1);
  });

  test("a January report is not compared with December of the previous year, and says so", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    const december = await readAndAnalyse(s.host, "2015-12-31");
    await recordMaandstand(s.host, december.report, { recordedAt: new Date(2016, 0, 5, 9, 0) });
    await makeReport(s, "2016-01-31");
    const sector = tableValues(wb, "WSP_Voortgang_Sector");
    expect(sector.header).toHaveLength(8);
    expect(sector.header.some((h) => String(h).startsWith("Verschil"))).toBe(false);
    const texts = [...wb.findWorksheet("Voortgang")!.cells.values()].map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.startsWith("Vergeleken met de maandstand"))).toBe(false);
    expect(texts).toContain(
      "Geen eerdere maandstand in 2016 om mee te vergelijken; de realisatie telt vanaf 01-01-2016.",
    );

    // Once January is recorded, February compares with January.
    const january = await readAndAnalyse(s.host, "2016-01-31");
    await recordMaandstand(s.host, january.report, { recordedAt: new Date(2016, 1, 2, 9, 0) });
    await makeReport(s, "2016-02-29");
    expect(tableValues(wb, "WSP_Voortgang_Sector").header[8]).toBe("Verschil sinds 31-01-2016");
    const after = [...wb.findWorksheet("Voortgang")!.cells.values()].map((c) => String(c.value ?? ""));
    expect(after.some((t) => t.startsWith("Vergeleken met de maandstand van 31-01-2016: "))).toBe(true);
    expect(after.some((t) => t.startsWith("Geen eerdere maandstand"))).toBe(false);
  });

  test("a workbook in the 1904 date system reads and records the same dates", async () => {
    const wb = await sampleWorkbook();
    // The same workbook as saved by old Excel for Mac: same dates, 1904 serial numbers.
    wb.date1904 = true;
    for (const ws of wb.worksheets)
      for (const cell of ws.cells.values())
        if (typeof cell.value === "number" && isDateFormat(cell.style?.numberFormat)) cell.value -= 1462;
    const s = session(wb);
    const { read, report } = await readAndAnalyse(s.host);
    expect(read.date1904).toBe(true);
    expect(toSummary(report).reconciliatie).toEqual(expected.reconciliatie);
    expect(toSummary(report).bevindingen).toEqual(expected.bevindingen);
    await recordMaandstand(s.host, report, { date1904: true, recordedAt: new Date(2015, 9, 2, 9, 30) });
    const history = tableValues(wb, "WSP_Historie");
    expect(history.body[0][0]).toBe(excelSerialFromDay(dayFromYmd(2015, 9, 30), true));
    const again = await readAndAnalyse(s.host);
    expect(again.read.history[0].peildatum).toBe("2015-09-30");
    await writeReport(s.host, report, { date1904: true });
    const bronnen = tableValues(wb, "WSP_Voortgang_Bronnen");
    const plaatsingen = bronnen.body.find((row) => row[0] === "WBS plaatsingen")!;
    expect(plaatsingen[4]).toBe(excelSerialFromDay(dayFromYmd(2014, 11, 4), true));
  });
});

describe("a Historie table with its total row shown", () => {
  // The user turned on the table's total row (Table Design > Total Row), and perhaps renamed it.
  test.each([
    ["WSP_Historie", "the table as made"],
    ["Maandstanden", "a renamed table"],
  ])("new rows are formatted where they are added, above the total row (%s: %s)", async (tableName) => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    const july = await readAndAnalyse(s.host, "2015-07-31");
    await recordMaandstand(s.host, july.report, { recordedAt: new Date(2015, 7, 3, 9, 0) });
    await s.sim.run(async (ctx) => {
      const table = ctx.workbook.tables.getItem("WSP_Historie");
      table.name = tableName;
      table.showTotals = true;
      await ctx.sync();
    });
    const august = await readAndAnalyse(s.host, "2015-08-31");
    expect(august.read.history.every((row) => row.peildatum === "2015-07-31")).toBe(true);
    const added = await recordMaandstand(s.host, august.report, { recordedAt: new Date(2015, 8, 2, 9, 0) });
    const sectors = august.report.figures.perSector.length;
    expect(added.rows).toBe(sectors + 1);

    const table = wb.findTable(tableName)!;
    const ws = table.worksheet;
    const { r0, r1, c0 } = table.rect;
    // Header, two maandstanden, total row.
    expect(r1 - r0).toBe(2 * (sectors + 1) + 1);
    expect(ws.getCell(r1, c0)?.value).toBe("Total");
    for (let r = r0 + 1; r < r1; r++) {
      expect([r, ws.effectiveStyle(r, c0).numberFormat]).toEqual([r, "dd-mm-yyyy"]);
      expect([r, ws.effectiveStyle(r, c0 + 6).numberFormat]).toEqual([r, "0.0%"]);
    }
    expect(ws.effectiveStyle(r1, c0).numberFormat).not.toBe("dd-mm-yyyy");
    const september = await readAndAnalyse(s.host, "2015-09-30");
    expect(september.read.history).toHaveLength(2 * (sectors + 1));
  });
});

describe("when Excel fails halfway through the first maandstand", () => {
  test("the new Historie sheet is removed again and the error says so in Dutch", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    const { report } = await readAndAnalyse(s.host, "2015-09-30");
    const before = wb.worksheets.map((w) => w.name);
    let batches = 0;
    const failing = {
      ...s.host,
      run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
        s.sim.run((ctx) => {
          if (++batches === 1) {
            // The last of the batch's three syncs fails, after the sheet has been added.
            const sync = ctx.sync.bind(ctx);
            let n = 0;
            (ctx as { sync: unknown }).sync = () =>
              ++n === 3 ? Promise.reject(new Error("verbinding verbroken")) : sync();
          }
          return batch(ctx);
        }),
    };
    const error = await recordMaandstand(failing, report, { recordedAt: new Date(2015, 9, 1) }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(MaandstandError);
    expect(error.message).toBe("De maandstand is niet vastgelegd: verbinding verbroken.");
    expect(batches).toBe(2);
    expect(wb.worksheets.map((w) => w.name)).toEqual(before);
  });
});

describe("without sources", () => {
  test("the report says what is missing; no maandstand is recorded", async () => {
    const { SimulatedWorkbook } = await import("../../src/simulated-excel");
    const s = session(SimulatedWorkbook.create(["Blad1"]));
    const { read, report, result } = await makeReport(s);
    expect(read.emptySheets).toEqual(["Blad1"]);
    expect(read.syncs).toBe(2);
    expect(result.sheets).toHaveLength(6);
    const texts = [...s.sim.workbook.findWorksheet("Voortgang")!.cells.values()].map((c) =>
      String(c.value ?? ""),
    );
    expect(texts.filter((t) => t.startsWith("Let op: Bron"))).toHaveLength(report.problems.length);
    await expect(recordMaandstand(s.host, report)).rejects.toThrow(
      /^De maandstand is niet vastgelegd: Bron Ambitie ontbreekt/,
    );
    expect(s.sim.workbook.findWorksheet("Historie")).toBeUndefined();
  });
});
