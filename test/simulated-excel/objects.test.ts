import { ExcelEnums } from "../../src/simulated-excel";
import { expectOfficeError, newSim } from "./helpers";

describe("worksheets", () => {
  test("add, ids, positions, visibility, tab colour, activation and delete", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const a = sheets.add("Rapport");
      const b = sheets.add();
      a.position = 0;
      a.tabColor = "#00B050";
      b.visibility = ExcelEnums.SheetVisibility.veryHidden;
      a.activate();
      a.load("id, name, position, tabColor");
      b.load("name, visibility, position");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      const first = sheets.getFirst();
      first.load("name");
      const visibleCount = sheets.getCount(true);
      await ctx.sync();
      expect(a.id).toMatch(/^\{[0-9A-F-]+\}$/);
      expect([a.name, a.position, a.tabColor]).toEqual(["Rapport", 0, "#00B050"]);
      expect([b.name, b.visibility, b.position]).toEqual(["Sheet3", "VeryHidden", 2]);
      expect(active.name).toBe("Rapport");
      expect(first.name).toBe("Rapport");
      expect(visibleCount.value).toBe(2);
      // The id is stable across renames and can be used with getItem.
      const id = a.id;
      a.name = "Rapport 2015";
      const byId = sheets.getItem(id);
      byId.load("name");
      await ctx.sync();
      expect(byId.name).toBe("Rapport 2015");
      // Hidden sheets can't be activated; the last visible sheet can't be hidden or deleted.
      b.activate();
      await expectOfficeError(ctx.sync(), "InvalidOperation");
      sheets.getItem("Sheet1").delete();
      await ctx.sync();
      a.visibility = "Hidden";
      await expectOfficeError(ctx.sync(), "InvalidOperation");
      a.delete();
      await expectOfficeError(ctx.sync(), "InvalidOperation");
      b.position = 5;
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });

  test("a deleted sheet's proxies fail; formulas to it become #REF!", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const tmp = ctx.workbook.worksheets.add("Tmp");
      tmp.getRange("A1").values = [[3]];
      const f = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      f.formulas = [["=Tmp!A1+1"]];
      await ctx.sync();
      tmp.delete();
      f.load("formulas, values");
      await ctx.sync();
      expect(f.formulas).toEqual([["=#REF!+1"]]);
      expect(f.values).toEqual([["#REF!"]]);
      tmp.load("name");
      await expectOfficeError(ctx.sync(), "ItemNotFound");
    });
  });

  test("freeze panes", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const none = ws.freezePanes.getLocationOrNullObject();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      ws.freezePanes.freezeRows(2);
      const rows = ws.freezePanes.getLocationOrNullObject();
      rows.load("address");
      await ctx.sync();
      expect(rows.address).toBe("Sheet1!1:2");
      ws.freezePanes.freezeAt(ws.getRange("A1:B3"));
      const both = ws.freezePanes.getLocation();
      both.load("address");
      await ctx.sync();
      expect(both.address).toBe("Sheet1!A1:B3");
      expect(sim.workbook.worksheets[0].freeze).toEqual({ rows: 3, columns: 2 });
      ws.freezePanes.unfreeze();
      ws.freezePanes.getLocation().load("address");
      await expectOfficeError(ctx.sync(), "ItemNotFound");
    });
  });

  test("page layout: orientation, zoom, headers/footers, print titles and area, margins", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const pl = ws.pageLayout;
      pl.orientation = ExcelEnums.PageOrientation.landscape;
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.centerHorizontally = true;
      pl.leftMargin = 36;
      pl.paperSize = "A4";
      pl.headersFooters.defaultForAllPages.centerHeader = "WSP Haaglanden";
      pl.headersFooters.defaultForAllPages.rightFooter = "Pagina &P van &N";
      pl.setPrintTitleRows("$1:$2");
      pl.setPrintArea(ws.getRange("A1:H40"));
      pl.load("orientation, zoom, centerHorizontally, leftMargin, paperSize");
      pl.headersFooters.defaultForAllPages.load("centerHeader, rightFooter, leftHeader");
      const titles = pl.getPrintTitleRowsOrNullObject();
      titles.load("address");
      const area = pl.getPrintAreaOrNullObject();
      area.load("address");
      await ctx.sync();
      expect(pl.orientation).toBe("Landscape");
      expect(pl.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(pl.centerHorizontally).toBe(true);
      expect(pl.leftMargin).toBe(36);
      expect(pl.paperSize).toBe("A4");
      expect(pl.headersFooters.defaultForAllPages.centerHeader).toBe("WSP Haaglanden");
      expect(pl.headersFooters.defaultForAllPages.leftHeader).toBe("");
      expect(titles.address).toBe("Sheet1!1:2");
      expect(area.address).toBe("Sheet1!A1:H40");
      pl.zoom = { scale: 5 };
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      pl.orientation = "Sideways" as Excel.PageOrientation;
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });

  test("horizontal page breaks: before the range's top row, once each, not before row 1; ExcelApi 1.9", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.horizontalPageBreaks.add("A40");
      ws.horizontalPageBreaks.add(ws.getRange("C20:D25"));
      ws.horizontalPageBreaks.add("B40");
      await ctx.sync();
      expect(sim.workbook.findWorksheet("Sheet1")!.pageLayout.rowBreaks).toEqual([19, 39]);
      ws.horizontalPageBreaks.add("A1");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.horizontalPageBreaks.removePageBreaks();
      await ctx.sync();
      expect(sim.workbook.findWorksheet("Sheet1")!.pageLayout.rowBreaks).toEqual([]);
    });
    const old = newSim({ supportedSets: { ExcelApi: "1.8" } });
    await old.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks.add("A40");
      await expectOfficeError(ctx.sync(), "ApiNotFound");
    });
  });

  test("protection blocks writes to locked cells", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B1").format.protection.locked = false;
      ws.protection.protect({ allowFormatCells: false }, "geheim");
      ws.getRange("B1").values = [["ok"]];
      await ctx.sync();
      ws.getRange("A1").values = [["blocked"]];
      await expectOfficeError(ctx.sync(), "AccessDenied");
      ws.protection.unprotect("fout");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.protection.unprotect("geheim");
      ws.protection.load("protected");
      await ctx.sync();
      expect(ws.protection.protected).toBe(false);
    });
  });
});

describe("tables", () => {
  test("add with headers, rows.add fills the placeholder row, columns, totals", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["Sector", "Aantal", ""]];
      const t = ws.tables.add("A1:C1", true);
      t.name = "Plaatsingen";
      t.rows.add(undefined, [
        ["ICT", 5, "x"],
        ["Zorg", 7, "y"],
      ]);
      t.load("name, id, style, showHeaders, showTotals, showBandedRows, showFilterButton");
      const range = t.getRange();
      const header = t.getHeaderRowRange();
      const body = t.getDataBodyRange();
      range.load("address");
      header.load("values");
      body.load("address, values");
      t.columns.load("items/name, items/index");
      t.rows.load("count");
      await ctx.sync();
      expect(t.name).toBe("Plaatsingen");
      expect(t.style).toBe("TableStyleMedium2");
      expect([t.showHeaders, t.showTotals, t.showBandedRows, t.showFilterButton]).toEqual([
        true,
        false,
        true,
        true,
      ]);
      expect(range.address).toBe("Sheet1!A1:C3");
      expect(header.values).toEqual([["Sector", "Aantal", "Column3"]]);
      expect(body.values).toEqual([
        ["ICT", 5, "x"],
        ["Zorg", 7, "y"],
      ]);
      expect(t.columns.items.map((c) => c.name)).toEqual(["Sector", "Aantal", "Column3"]);
      expect(t.rows.count).toBe(2);

      t.showTotals = true;
      const totals = t.getTotalRowRange();
      totals.load("values, formulas");
      await ctx.sync();
      expect(totals.values).toEqual([["Total", "", 2]]);
      expect(totals.formulas[0][2]).toBe("=SUBTOTAL(103,Plaatsingen[Column3])");

      // Appending goes before the total row.
      t.rows.add(undefined, [["Bouw", 1, "z"]]);
      const col = t.columns.getItem("Aantal").getDataBodyRange();
      col.load("values");
      t.columns.getItemAt(2).name = "Opmerking";
      const renamed = t.getHeaderRowRange();
      renamed.load("values");
      await ctx.sync();
      expect(col.values).toEqual([[5], [7], [1]]);
      expect(renamed.values[0][2]).toBe("Opmerking");
      // Rows with the wrong width are rejected.
      t.rows.add(undefined, [["too", "short"]]);
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });

  test("header cells stay unique non-empty strings", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:D2").values = [
        ["Naam", "Naam", 2015, ""],
        [1, 2, 3, 4],
      ];
      const t = ws.tables.add("A1:D2", true);
      const header = t.getHeaderRowRange();
      header.load("values");
      await ctx.sync();
      expect(header.values).toEqual([["Naam", "Naam2", "2015", "Column4"]]);
      ws.getRange("B1").values = [[""]];
      header.load("values");
      await ctx.sync();
      expect(header.values).toEqual([["Naam", "Column2", "2015", "Column4"]]);
    });
  });

  test("add without headers inserts a generated header row", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      const t = ws.tables.add("Sheet1!A1:B2", false);
      const r = t.getRange();
      r.load("address, values");
      await ctx.sync();
      expect(r.address).toBe("Sheet1!A1:B3");
      expect(r.values).toEqual([
        ["Column1", "Column2"],
        [1, 2],
        [3, 4],
      ]);
    });
  });

  test("workbook.tables, getItem, delete and convertToRange", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B2").values = [
        ["a", "b"],
        [1, 2],
      ];
      ws.getRange("D1:E2").values = [
        ["c", "d"],
        [3, 4],
      ];
      ws.tables.add("A1:B2", true).name = "Tabel_A";
      ctx.workbook.tables.add("Sheet1!D1:E2", true).name = "Tabel_B";
      const count = ctx.workbook.tables.getCount();
      const missing = ctx.workbook.tables.getItemOrNullObject("Tabel_C");
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.tables.getItem("tabel_a").delete();
      const converted = ctx.workbook.tables.getItem("Tabel_B").convertToRange();
      converted.load("values");
      const cells = ws.getRange("A1:B2");
      cells.load("values");
      const after = ctx.workbook.tables.getCount();
      await ctx.sync();
      expect(converted.values).toEqual([
        ["c", "d"],
        [3, 4],
      ]);
      expect(cells.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(after.value).toBe(0);
      ctx.workbook.tables.getItem("Tabel_B").load("name");
      await expectOfficeError(ctx.sync(), "ItemNotFound");
    });
  });
});

describe("inserting and deleting around tables", () => {
  test("tables move, grow and shrink with whole rows/columns; partial shifts conflict", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2:D5").values = [
        ["a", "b", "c"],
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ];
      const t = ws.tables.add("B2:D5", true);
      // A new Range each time: the simulator's ranges don't follow inserts/deletes (see README).
      const check = async (): Promise<[string, unknown[][]]> => {
        const range = t.getRange();
        range.load("address, values");
        await ctx.sync();
        return [range.address, range.values];
      };
      ws.getRange("1:1").insert("Down");
      expect((await check())[0]).toBe("Sheet1!B3:D6");
      ws.getRange("4:4").delete("Up");
      expect(await check()).toEqual([
        "Sheet1!B3:D5",
        [
          ["a", "b", "c"],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ]);
      ws.getRange("C:C").delete("Left");
      expect(await check()).toEqual([
        "Sheet1!B3:C5",
        [
          ["a", "c"],
          [4, 6],
          [7, 9],
        ],
      ]);
      ws.getRange("C4").insert("Down");
      await expectOfficeError(ctx.sync(), "InsertDeleteConflict");
      t.columns.add(undefined, [["New"], [1], [2]]);
      t.rows.getItemAt(0).delete();
      expect(await check()).toEqual([
        "Sheet1!B3:D4",
        [
          ["a", "c", "New"],
          [7, 9, 2],
        ],
      ]);
    });
  });
});

describe("charts", () => {
  test("add detects series and categories; properties and positions", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C5").values = [
        ["Maand", "Plaatsingen", "Doel"],
        ["jan", 10, 12],
        ["feb", 14, 12],
        ["mrt", 9, 12],
        ["apr", 16, 12],
      ];
      const chart = ws.charts.add(
        ExcelEnums.ChartType.columnClustered,
        ws.getRange("A1:C5"),
        ExcelEnums.ChartSeriesBy.auto,
      );
      chart.title.text = "Plaatsingen per maand";
      chart.legend.position = "Bottom";
      chart.axes.valueAxis.title.text = "Aantal";
      chart.axes.categoryAxis.title.text = "Maand";
      chart.axes.valueAxis.numberFormat = "0";
      chart.series.getItemAt(1).chartType = "Line";
      chart.series.getItemAt(0).format.fill.setSolidColor("#4472C4");
      chart.setPosition("E2", "L20");
      chart.load("name, chartType, top, left, width, height");
      chart.title.load("text, visible");
      chart.series.load("items/name");
      const count = ws.charts.getCount();
      await ctx.sync();
      expect(chart.name).toBe("Chart 1");
      expect(chart.chartType).toBe("ColumnClustered");
      expect(chart.title.text).toBe("Plaatsingen per maand");
      expect(chart.series.items.map((s) => s.name)).toEqual(["Plaatsingen", "Doel"]);
      expect([chart.left, chart.top, chart.width, chart.height]).toEqual([192, 15, 384, 285]);
      expect(count.value).toBe(1);
      const data = sim.workbook.worksheets[0].charts[0];
      expect(data.series[0].valuesRef?.rect).toEqual({ r0: 1, r1: 4, c0: 1, c1: 1 });
      expect(data.series[0].xValuesRef?.rect).toEqual({ r0: 1, r1: 4, c0: 0, c1: 0 });
      expect(data.series[0].color).toBe("#4472C4");
      // Pie charts have no axes; invalid chart types are rejected.
      const pie = ws.charts.add("Pie", ws.getRange("A1:B5"));
      pie.axes.valueAxis.title.text = "nope";
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.charts.add("Columnish" as Excel.ChartType, ws.getRange("A1:B5"));
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.charts.getItem("Chart 1").delete();
      const left = ws.charts.getCount();
      await ctx.sync();
      expect(left.value).toBe(1);
    });
  });
});

describe("settings, names, application", () => {
  test("settings hold JSON values; Dates survive like in Office", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const settings = ctx.workbook.settings;
      settings.add("wsp.config", { jaar: 2015, bronnen: ["WBS"], laatst: new Date(Date.UTC(2015, 5, 1)) });
      settings.add("count", 3);
      const missing = settings.getItemOrNullObject("nope");
      const item = settings.getItem("wsp.config");
      item.load("key, value");
      settings.load("items/key");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(item.key).toBe("wsp.config");
      expect(item.value).toEqual({ jaar: 2015, bronnen: ["WBS"], laatst: new Date(Date.UTC(2015, 5, 1)) });
      expect(settings.items.map((s) => s.key)).toEqual(["wsp.config", "count"]);
      settings.getItem("count").delete();
      settings.getItem("count").load("value");
      await expectOfficeError(ctx.sync(), "ItemNotFound");
      settings.add("bad", () => 1);
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
    expect(sim.workbook.settings.get("wsp.config")).toContain('"jaar":2015');
  });

  test("defined names", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A3").values = [[1], [2], [3]];
      ctx.workbook.names.add("Reeks", ws.getRange("A1:A3"), "test");
      ctx.workbook.names.add("Jaar", "=2015");
      const reeks = ctx.workbook.names.getItem("reeks");
      reeks.load("name, type, value, formula, comment, scope");
      const range = reeks.getRange();
      range.load("address");
      const jaar = ctx.workbook.names.getItem("Jaar");
      jaar.load("type, value");
      const sum = ws.getRange("B1");
      sum.formulas = [["=SUM(Reeks)*Jaar"]];
      sum.load("values");
      const viaName = ws.getRange("Reeks");
      viaName.load("address");
      await ctx.sync();
      expect([reeks.name, reeks.type, reeks.value, reeks.formula, reeks.comment, reeks.scope]).toEqual([
        "Reeks",
        "Range",
        "Sheet1!$A$1:$A$3",
        "=Sheet1!$A$1:$A$3",
        "test",
        "Workbook",
      ]);
      expect(range.address).toBe("Sheet1!A1:A3");
      expect([jaar.type, jaar.value]).toEqual(["Integer", 2015]);
      expect(sum.values).toEqual([[12090]]);
      expect(viaName.address).toBe("Sheet1!A1:A3");
    });
  });

  test("application calls", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      ctx.workbook.application.calculationMode = "Manual";
      ctx.application.load("calculationMode");
      await ctx.sync();
      expect(ctx.application.calculationMode).toBe("Manual");
    });
  });
});
