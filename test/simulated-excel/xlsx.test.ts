import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import {
  SimulatedWorkbook,
  createSimulatedExcel,
  loadXlsx,
  saveXlsx,
  serial1904To1900,
  serialToDate,
} from "../../src/simulated-excel";
import { loadXlsxFile } from "../../src/simulated-excel/node";
import { readChartsFromXlsx } from "../../src/xlsx-charts";

/** A typical add-in batch, written against the office-js types only. */
async function buildReport(ctx: Excel.RequestContext): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  const data = sheets.add("Plaatsingen 2015");
  const report = sheets.add("Rapport");
  const rows: (string | number)[][] = [
    ["Sector", "Aantal", "Doel", "Datum"],
    ["Detailhandel", 120, 100, 42006],
    ["ICT", 40, 60, 42037],
    ["Zorg, welzijn", 95, 90, 42065],
  ];
  const range = data.getRange("A1:D4");
  range.values = rows;
  range.numberFormat = [
    ["General", "General", "General", "General"],
    ["@", "#,##0", "#,##0", "dd-mm-yyyy"],
    ["@", "#,##0", "#,##0", "dd-mm-yyyy"],
    ["@", "#,##0", "#,##0", "dd-mm-yyyy"],
  ];
  const header = data.getRange("A1:D1");
  header.format.font.bold = true;
  header.format.fill.color = "#1F4E79";
  header.format.font.color = "#FFFFFF";
  header.format.borders.getItem("EdgeBottom").style = "Continuous";
  data.getRange("A:A").format.columnWidth = 120;
  const table = data.tables.add("A1:D4", true);
  table.name = "tblPlaatsingen";
  table.style = "TableStyleMedium9";
  data.freezePanes.freezeRows(1);

  const cf = data.getRange("B2:B4").conditionalFormats.add("CellValue");
  cf.cellValue.format.fill.color = "#FFC7CE";
  cf.cellValue.format.font.color = "#9C0006";
  cf.cellValue.rule = { formula1: "=$C2", operator: "LessThan" };
  const custom = data.getRange("A2:D4").conditionalFormats.add("Custom");
  custom.custom.rule.formula = "=$B2>=$C2";
  custom.custom.format.font.bold = true;

  report.getRange("A1").values = [["Rapportage WSP Haaglanden"]];
  report.getRange("A1").format.font.size = 16;
  report.getRange("A3:B3").values = [["Totaal", "=SUM(tblPlaatsingen[Aantal])"]];
  const link = report.getRange("A5");
  link.hyperlink = {
    documentReference: "'Plaatsingen 2015'!A1",
    textToDisplay: "Naar de gegevens",
    screenTip: "Brongegevens",
  };
  report.getRange("A6").hyperlink = { address: "https://www.werk.nl/", textToDisplay: "werk.nl" };
  report.getRange("A8:C8").merge();

  const chart = report.charts.add("ColumnClustered", data.getRange("A1:C4"), "Columns");
  chart.title.text = "Plaatsingen per sector";
  chart.axes.valueAxis.title.text = "Aantal";
  chart.legend.position = "Bottom";
  chart.setPosition("D2", "K18");

  const pl = report.pageLayout;
  pl.orientation = "Landscape";
  pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  pl.headersFooters.defaultForAllPages.centerHeader = "WSP Haaglanden";
  pl.headersFooters.defaultForAllPages.rightFooter = "Pagina &P van &N";
  pl.setPrintTitleRows("$1:$1");
  pl.setPrintArea("A1:K30");
  pl.leftMargin = 36;
  report.tabColor = "#00B050";
  ctx.workbook.settings.add("wsp.report", { year: 2015, sources: ["WBS"] });
  report.activate();
  await ctx.sync();
}

describe("typical add-in batch and xlsx round trip", () => {
  let bytes: Uint8Array;
  let reloaded: SimulatedWorkbook;

  beforeAll(async () => {
    const wb = new SimulatedWorkbook();
    wb.addWorksheet("Sheet1");
    const sim = createSimulatedExcel(wb);
    await sim.run(buildReport);
    expect(sim.stats.syncs).toBe(1);
    bytes = await saveXlsx(wb);
    reloaded = await loadXlsx(bytes);
  });

  test("sheets, values, number formats and formats survive", async () => {
    expect(reloaded.worksheets.map((w) => w.name)).toEqual(["Sheet1", "Plaatsingen 2015", "Rapport"]);
    const sim = createSimulatedExcel(reloaded);
    await sim.run(async (ctx) => {
      const data = ctx.workbook.worksheets.getItem("Plaatsingen 2015");
      const r = data.getRange("A1:D4");
      r.load("values, numberFormat, text");
      const header = data.getRange("A1");
      header.load("format/font/bold, format/font/color, format/fill/color, format/columnWidth");
      const border = data.getRange("B1").format.borders.getItem("EdgeBottom");
      border.load("style");
      const total = ctx.workbook.worksheets.getItem("Rapport").getRange("B3");
      total.load("values, formulas");
      const active = ctx.workbook.worksheets.getActiveWorksheet();
      active.load("name, tabColor");
      await ctx.sync();
      expect(r.values).toEqual([
        ["Sector", "Aantal", "Doel", "Datum"],
        ["Detailhandel", 120, 100, 42006],
        ["ICT", 40, 60, 42037],
        ["Zorg, welzijn", 95, 90, 42065],
      ]);
      expect(r.numberFormat[1]).toEqual(["@", "#,##0", "#,##0", "dd-mm-yyyy"]);
      expect(r.text[1][3]).toBe("02-01-2015");
      expect(header.format.font.bold).toBe(true);
      expect(header.format.font.color).toBe("#FFFFFF");
      expect(header.format.fill.color).toBe("#1F4E79");
      expect(header.format.columnWidth).toBe(120);
      expect(border.style).toBe("Continuous");
      expect(total.formulas).toEqual([["=SUM(tblPlaatsingen[Aantal])"]]);
      expect(total.values).toEqual([[255]]);
      expect(active.name).toBe("Rapport");
      expect(active.tabColor).toBe("#00B050");
    });
  });

  test("tables, freeze panes and merges survive", () => {
    const data = reloaded.findWorksheet("Plaatsingen 2015")!;
    expect(data.tables).toHaveLength(1);
    const t = data.tables[0];
    expect(t.name).toBe("tblPlaatsingen");
    expect(t.style).toBe("TableStyleMedium9");
    expect(t.rect).toEqual({ r0: 0, c0: 0, r1: 3, c1: 3 });
    expect(t.columns.map((c) => c.name)).toEqual(["Sector", "Aantal", "Doel", "Datum"]);
    expect(data.freeze).toEqual({ rows: 1, columns: 0 });
    expect(reloaded.findWorksheet("Rapport")!.merges).toEqual([{ r0: 7, c0: 0, r1: 7, c1: 2 }]);
  });

  test("hyperlinks (internal and external) survive", async () => {
    const sim = createSimulatedExcel(reloaded);
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Rapport");
      const a5 = ws.getRange("A5");
      const a6 = ws.getRange("A6");
      a5.load("hyperlink, values");
      a6.load("hyperlink, values");
      await ctx.sync();
      expect(a5.values).toEqual([["Naar de gegevens"]]);
      expect(a5.hyperlink).toMatchObject({
        documentReference: "'Plaatsingen 2015'!A1",
        screenTip: "Brongegevens",
      });
      expect(a6.hyperlink).toMatchObject({ address: "https://www.werk.nl/" });
    });
    // Internal links are written like Excel writes them: a location, no relationship.
    const zip = await JSZip.loadAsync(bytes);
    const files = Object.keys(zip.files).filter((f) => /worksheets\/sheet\d+\.xml$/.test(f));
    const xml = (await Promise.all(files.map((f) => zip.file(f)!.async("string")))).join("");
    expect(xml).toContain(`location="'Plaatsingen 2015'!A1"`);
  });

  test("conditional formats survive", () => {
    const data = reloaded.findWorksheet("Plaatsingen 2015")!;
    const byType = Object.fromEntries(data.conditionalFormats.map((cf) => [cf.type, cf]));
    expect(byType.CellValue.rule).toEqual({ operator: "LessThan", formula1: "=$C2" });
    expect(byType.CellValue.format).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(byType.CellValue.rects).toEqual([{ r0: 1, c0: 1, r1: 3, c1: 1 }]);
    expect(byType.Custom.rule).toEqual({ formula: "=$B2>=$C2" });
    expect(byType.Custom.format.bold).toBe(true);
  });

  test("page setup survives", () => {
    const pl = reloaded.findWorksheet("Rapport")!.pageLayout;
    expect(pl.orientation).toBe("Landscape");
    expect(pl.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(pl.headersFooters.centerHeader).toBe("WSP Haaglanden");
    expect(pl.headersFooters.rightFooter).toBe("Pagina &P van &N");
    expect(pl.printTitleRows).toEqual([0, 0]);
    expect(pl.printArea).toEqual([{ r0: 0, c0: 0, r1: 29, c1: 10 }]);
    expect(pl.leftMargin).toBeCloseTo(36, 5);
  });

  test("settings survive as custom document properties", async () => {
    const sim = createSimulatedExcel(reloaded);
    await sim.run(async (ctx) => {
      const s = ctx.workbook.settings.getItem("wsp.report");
      s.load("value");
      await ctx.sync();
      expect(s.value).toEqual({ year: 2015, sources: ["WBS"] });
    });
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("docProps/custom.xml")!.async("string")).toContain("SimulatedExcel.Settings.0");
  });

  test("long settings are chunked and read back", async () => {
    const wb = new SimulatedWorkbook();
    wb.addWorksheet("Sheet1");
    const sim = createSimulatedExcel(wb);
    const big = { text: "x".repeat(2000), list: Array.from({ length: 100 }, (_, i) => i) };
    await sim.run(async (ctx) => {
      ctx.workbook.settings.add("big", big);
      await ctx.sync();
    });
    const again = await loadXlsx(await saveXlsx(wb));
    await createSimulatedExcel(again).run(async (ctx) => {
      const s = ctx.workbook.settings.getItem("big");
      s.load("value");
      await ctx.sync();
      expect(s.value).toEqual(big);
    });
  });

  test("charts are written natively and read back", async () => {
    const charts = await readChartsFromXlsx(bytes);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      sheetName: "Rapport",
      kind: "column",
      title: "Plaatsingen per sector",
    });
    expect(charts[0].series.map((s) => [s.name, s.valuesRef, s.categoriesRef])).toEqual([
      ["Aantal", "'Plaatsingen 2015'!$B$2:$B$4", "'Plaatsingen 2015'!$A$2:$A$4"],
      ["Doel", "'Plaatsingen 2015'!$C$2:$C$4", "'Plaatsingen 2015'!$A$2:$A$4"],
    ]);
    const rapport = reloaded.findWorksheet("Rapport")!;
    expect(rapport.charts).toHaveLength(1);
    expect(rapport.charts[0].chartType).toBe("ColumnClustered");
    expect(rapport.charts[0].series[0].valuesRef?.rect).toEqual({ r0: 1, r1: 3, c0: 1, c1: 1 });
  });

  test("worksheet ids survive (Excel keeps them as xr:uid), so an add-in still knows its own sheets", () => {
    const saved = new Map(reloaded.worksheets.map((w) => [w.name, w.id]));
    expect(new Set(saved.values()).size).toBe(3);
    return loadXlsx(bytes).then((again) => {
      expect(new Map(again.worksheets.map((w) => [w.name, w.id]))).toEqual(saved);
    });
  });

  test("chart positions survive", async () => {
    const chart = reloaded.findWorksheet("Rapport")!.charts[0];
    const again = (await loadXlsx(await saveXlsx(reloaded))).findWorksheet("Rapport")!.charts[0];
    expect(chart.width).toBeGreaterThan(50);
    expect([again.left, again.top, again.width, again.height]).toEqual([
      chart.left,
      chart.top,
      chart.width,
      chart.height,
    ]);
  });

  test("a round trip is stable (save → load → save → load)", async () => {
    const again = await loadXlsx(await saveXlsx(reloaded));
    expect(again.worksheets.map((w) => [w.name, w.cells.size, w.tables.length, w.charts.length])).toEqual(
      reloaded.worksheets.map((w) => [w.name, w.cells.size, w.tables.length, w.charts.length]),
    );
  });
});

describe("loading real workbooks", () => {
  test("WBS export: dates are serial numbers with a date number format", async () => {
    const wb = await loadXlsxFile("/work/shared/samples/wbs-2015/wsp-haaglanden-2015.xlsx");
    expect(wb.date1904).toBe(false);
    expect(wb.worksheets.map((w) => w.name)).toContain("WBS plaatsingen");
    const sim = createSimulatedExcel(wb);
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("WBS plaatsingen");
      const r = ws.getRange("A1:B3");
      r.load("values, numberFormat, valueTypes, text");
      const used = ws.getUsedRange(true);
      used.load("rowCount, columnCount");
      await ctx.sync();
      expect(r.values[0]).toEqual(["Plaatsingsnummer", "Datum plaatsing"]);
      expect(r.values[1][0]).toBe("PL7003544");
      expect(r.values[1][1]).toBe(41947); // 2014-11-04
      expect(r.valueTypes[1][1]).toBe("Double");
      expect(r.numberFormat[1][1]).toBe("mm-dd-yy");
      expect(r.text[1][1]).toBe("11-04-14");
      expect(
        serialToDate(r.values[1][1] as number)
          .toISOString()
          .slice(0, 10),
      ).toBe("2014-11-04");
      expect(used.rowCount).toBeGreaterThan(3000);
      expect(used.columnCount).toBe(16);
    });
  });

  test.each([
    ["1904_1904.xlsx", true],
    ["1904_1900.xlsx", false],
  ])("%s: column B dates equal column C's cached text", async (file, is1904) => {
    const wb = await loadXlsxFile(`/work/shared/real-world-xlsx/${file}`);
    expect(wb.date1904).toBe(is1904);
    const sim = createSimulatedExcel(wb);
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getFirst().getRange("A1:C5");
      r.load("values, numberFormat, formulas");
      await ctx.sync();
      for (const [a, b, c] of r.values as [number, number, string][]) {
        // Excel returns serials in the workbook's own system: B equals the serial typed in A.
        expect(b).toBe(a);
        const serial1900 = is1904 ? serial1904To1900(b) : b;
        if (serial1900 < 61) continue; // Excel's 1900 leap-year bug makes earlier serials ambiguous
        expect(serialToDate(serial1900).toISOString().slice(0, 10)).toBe(c);
        expect(serialToDate(b, is1904).toISOString().slice(0, 10)).toBe(c);
      }
      expect(r.numberFormat[0][1]).toBe("yyyy-mm-dd;@");
      expect(r.formulas[2][2]).toBe('=TEXT(B3,"YYYY-MM-DD")'); // a shared formula, expanded
    });
  });

  test("1904 workbooks keep their date system when saved", async () => {
    const wb = await loadXlsxFile("/work/shared/real-world-xlsx/1904_1904.xlsx");
    const again = await loadXlsx(await saveXlsx(wb));
    expect(again.date1904).toBe(true);
    expect(again.worksheets[0].getCell(4, 1)?.value).toBe(11111);
  });

  test.each([
    "merge_cells.xlsx",
    "internal_link.xlsx",
    "freeze.xlsx",
    "defined_names_simple.xlsx",
    "ErrorTypes.xlsx",
  ])("%s loads", async (file) => {
    const bytes = await readFile(`/work/shared/real-world-xlsx/${file}`);
    const wb = await loadXlsx(new Uint8Array(bytes));
    expect(wb.worksheets.length).toBeGreaterThan(0);
    const again = await loadXlsx(await saveXlsx(wb));
    expect(again.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
  });
});
