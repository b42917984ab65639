import { ExcelEnums } from "../../src/simulated-excel";
import { expectOfficeError, newSim } from "./helpers";

describe("values", () => {
  test("strings are interpreted like typed input; text-formatted cells keep them", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const r = ws.getRange("A1:A12");
      r.values = [
        ["007"],
        ["1,234.5"],
        ["12%"],
        ["TRUE"],
        ["2015-01-02"],
        ["1/31/2015"],
        ["13:30"],
        ["'007"],
        ["=1+1"],
        ["#N/A"],
        ["PL7003544"],
        ["-5"],
      ];
      const text = ws.getRange("B1");
      text.numberFormat = [["@"]];
      text.values = [["007"]];
      r.load("values, valueTypes, numberFormat, text");
      text.load("values, valueTypes");
      await ctx.sync();
      expect(r.values.map((row) => row[0])).toEqual([
        7,
        1234.5,
        0.12,
        true,
        42006,
        42035,
        0.5625,
        "007",
        2,
        "#N/A",
        "PL7003544",
        -5,
      ]);
      expect(r.valueTypes.map((row) => row[0])).toEqual([
        "Double",
        "Double",
        "Double",
        "Boolean",
        "Double",
        "Double",
        "Double",
        "String",
        "Double",
        "Error",
        "String",
        "Double",
      ]);
      expect(r.numberFormat[2][0]).toBe("0%");
      expect(r.numberFormat[4][0]).toBe("m/d/yyyy");
      expect(r.text[4][0]).toBe("1/2/2015");
      expect(r.text[6][0]).toBe("13:30");
      expect(text.values).toEqual([["007"]]);
      expect(text.valueTypes).toEqual([["String"]]);
    });
  });

  test("null leaves a cell unchanged, an empty string clears it", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.values = [[1, 2, 3]];
      r.values = [[null, "", 9]];
      r.load("values, valueTypes");
      await ctx.sync();
      expect(r.values).toEqual([[1, "", 9]]);
      expect(r.valueTypes).toEqual([["Double", "Empty", "Double"]]);
    });
  });

  test("formulas are evaluated, including other sheets, names and tables", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const data = ctx.workbook.worksheets.add("Data sheet");
      data.getRange("A1:B4").values = [
        ["Sector", "Aantal"],
        ["ICT", 5],
        ["Zorg", 7],
        ["ICT", 3],
      ];
      data.tables.add("A1:B4", true).name = "Plaatsingen";
      ctx.workbook.names.add("Drempel", "='Data sheet'!$B$2");
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const f = ws.getRange("A1:A9");
      f.formulas = [
        ["=SUM('Data sheet'!B2:B4)"],
        ["=COUNTIF('Data sheet'!A:A,\"ICT\")"],
        ['=SUMIFS(Plaatsingen[Aantal],Plaatsingen[Sector],"ICT")'],
        ['=IFERROR(1/0,"n.v.t.")'],
        ["=ROUND(AVERAGE(Plaatsingen[Aantal]),2)"],
        ["=Drempel*10"],
        ['="Totaal: "&TEXT(A1,"0.0")'],
        ["=VLOOKUP(\"Zorg\",'Data sheet'!A2:B4,2,FALSE)"],
        ["=UNKNOWNFUNCTION(1)"],
      ];
      f.load("values, formulas, valueTypes");
      await ctx.sync();
      expect(f.values.map((r) => r[0])).toEqual([15, 2, 8, "n.v.t.", 5, 50, "Totaal: 15.0", 7, "#NAME?"]);
      expect(f.formulas[0][0]).toBe("=SUM('Data sheet'!B2:B4)");
      expect(f.valueTypes[8][0]).toBe("Error");
    });
  });

  test("text applies number formats", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:F1");
      r.values = [[1234.567, 0.256, 42006, 1234.5, -3, 0.5]];
      r.numberFormat = [["#,##0.00", "0.0%", "dd-mm-yyyy", "€ #,##0", "0;(0)", "h:mm AM/PM"]];
      r.load("text");
      await ctx.sync();
      expect(r.text).toEqual([["1,234.57", "25.6%", "02-01-2015", "€ 1,235", "(3)", "12:00 PM"]]);
    });
  });

  test("dates and numbers in General format", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.values = [[1 / 3, 123456789012, 1e-12]];
      r.load("text");
      await ctx.sync();
      expect(r.text).toEqual([["0.333333333", "1.23457E+11", "1E-12"]]);
    });
  });
  test("long dependency chains (running totals) evaluate", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const n = 5000;
      ws.getRange(`A1:A${n}`).values = Array.from({ length: n }, () => [2]);
      ws.getRange("B1").formulas = [["=A1"]];
      ws.getRange(`B2:B${n}`).formulas = Array.from({ length: n - 1 }, (_, i) => [`=B${i + 1}+A${i + 2}`]);
      const last = ws.getRange(`B${n}`);
      last.load("values");
      await ctx.sync();
      expect(last.values).toEqual([[2 * n]]);
    });
  });

  test("formulas longer than 8192 characters are rejected", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[`=${"1+".repeat(4100)}1`]];
      await expectOfficeError(ctx.sync(), "FormulaLengthExceedsLimit");
    });
  });

  test("unsupported members fail loudly instead of being ignored", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const format = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format;
      expect(() => {
        (format as unknown as Record<string, unknown>).notSimulated = true;
      }).toThrow(TypeError);
    });
  });
});

describe("navigation", () => {
  test("derived ranges and their addresses", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const base = ws.getRange("B2:D5");
      const list = [
        base.getCell(1, 1),
        base.getRow(0),
        base.getColumn(2),
        base.getEntireColumn(),
        base.getEntireRow(),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 3),
        base.getLastRow(),
        base.getLastColumn(),
        base.getLastCell(),
        base.getBoundingRect("F9"),
        base.getIntersection("C3:Z9"),
        base.getRowsAbove(),
        base.getColumnsAfter(2),
        base.getAbsoluteResizedRange(1, 1),
        ws.getRange("A:A"),
        ws.getRange("3:4"),
        ws.getCell(9, 27),
        ws.getRangeByIndexes(1, 1, 2, 2),
      ];
      for (const r of list) r.load("address");
      const none = base.getIntersectionOrNullObject("X1");
      await ctx.sync();
      expect(list.map((r) => r.address.replace("Sheet1!", ""))).toEqual([
        "C3",
        "B2:D2",
        "D2:D5",
        "B:D",
        "2:5",
        "B2:C6",
        "E4:G7",
        "B5:D5",
        "D2:D5",
        "D5",
        "B2:F9",
        "C3:D5",
        "B1:D1",
        "E2:F5",
        "B2",
        "A:A",
        "3:4",
        "AB10",
        "B2:C3",
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  test("getIntersection without overlap fails with ItemNotFound", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").getIntersection("B2").load("address");
      await expectOfficeError(ctx.sync(), "ItemNotFound");
    });
  });

  test("used range, surrounding region and the selection", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange("E10").format.fill.color = "red";
      const used = ws.getUsedRange();
      const usedValues = ws.getUsedRange(true);
      const region = ws.getRange("B2").getSurroundingRegion();
      ws.getRange("C3").select();
      const selected = ctx.workbook.getSelectedRange();
      const active = ctx.workbook.getActiveCell();
      for (const r of [used, usedValues, region, selected, active]) r.load("address");
      await ctx.sync();
      expect([used, usedValues, region, selected, active].map((r) => r.address)).toEqual([
        "Sheet1!B2:E10",
        "Sheet1!B2:C3",
        "Sheet1!B2:C3",
        "Sheet1!C3",
        "Sheet1!C3",
      ]);
    });
  });
});

describe("formatting", () => {
  test("font, fill, alignment and uniform reads (null when mixed)", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const header = ws.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.font.color = "#1f4e79";
      header.format.font.size = 12;
      header.format.font.name = "Arial";
      header.format.fill.color = "LightGray";
      header.format.horizontalAlignment = ExcelEnums.HorizontalAlignment.center;
      header.format.verticalAlignment = "Top";
      header.format.wrapText = true;
      header.format.indentLevel = 1;
      const mixed = ws.getRange("A1:A2");
      header.load(
        "format/font/bold, format/font/color, format/font/size, format/font/name, format/fill/color",
      );
      header.load(
        "format/horizontalAlignment, format/verticalAlignment, format/wrapText, format/indentLevel",
      );
      mixed.load("format/font/bold, format/fill/color");
      await ctx.sync();
      expect(header.format.font.bold).toBe(true);
      expect(header.format.font.color).toBe("#1F4E79");
      expect(header.format.font.size).toBe(12);
      expect(header.format.font.name).toBe("Arial");
      expect(header.format.fill.color).toBe("#D3D3D3");
      expect(header.format.horizontalAlignment).toBe("Center");
      expect(header.format.verticalAlignment).toBe("Top");
      expect(header.format.wrapText).toBe(true);
      expect(header.format.indentLevel).toBe(1);
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.fill.color).toBeNull();
      header.format.fill.clear();
      header.load("format/fill/color");
      await ctx.sync();
      expect(header.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("whole-column formats apply to new and existing cells", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B5").values = [[1]];
      ws.getRange("B:B").format.font.italic = true;
      const cells = ws.getRange("B5:B1000");
      cells.load("format/font/italic");
      const col = ws.getRange("B:B");
      col.load("format/font/italic");
      await ctx.sync();
      expect(cells.format.font.italic).toBe(true);
      expect(col.format.font.italic).toBe(true);
    });
  });

  test("borders per edge, inside borders and defaults", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const top = r.format.borders.getItem("EdgeTop");
      top.style = "Continuous";
      top.weight = "Medium";
      top.color = "#FF0000";
      const inside = r.format.borders.getItem(ExcelEnums.BorderIndex.insideHorizontal);
      inside.style = "Dash";
      const left = r.format.borders.getItem("EdgeLeft");
      top.load("style, weight, color");
      inside.load("style, color, weight");
      left.load("style");
      r.format.borders.load("items/sideIndex, items/style");
      await ctx.sync();
      expect([top.style, top.weight, top.color]).toEqual(["Continuous", "Medium", "#FF0000"]);
      expect([inside.style, inside.color, inside.weight]).toEqual(["Dash", "#000000", "Thin"]);
      expect(left.style).toBe("None");
      expect(r.format.borders.items).toHaveLength(8);
      r.format.borders.getItem("Diagonal" as Excel.BorderIndex).style = "Continuous";
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });

  test("column widths and row heights in points, autofit", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B2").values = [
        ["Een vrij lange kolomkop met veel tekst", "x"],
        ["kort", "y"],
      ];
      const a = ws.getRange("A:A");
      const b = ws.getRange("B1");
      const rows = ws.getRange("1:2");
      b.format.columnWidth = 100;
      rows.format.rowHeight = 30;
      a.format.autofitColumns();
      a.load("format/columnWidth");
      b.load("format/columnWidth, format/rowHeight");
      const both = ws.getRange("A1:B1");
      both.load("format/columnWidth");
      await ctx.sync();
      expect(b.format.columnWidth).toBe(100);
      expect(b.format.rowHeight).toBe(30);
      expect(a.format.columnWidth).toBeGreaterThan(150);
      expect(both.format.columnWidth).toBeNull();
      ws.getRange("C1").format.rowHeight = 500;
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.getRange("C1").format.columnWidth = -1;
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });

  test("autofitRows grows rows with wrapped text", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const c = ws.getRange("A1");
      c.values = [["Dit is een lange tekst die over meerdere regels moet teruglopen in een smalle kolom."]];
      c.format.wrapText = true;
      c.format.autofitRows();
      c.load("format/rowHeight");
      await ctx.sync();
      expect(c.format.rowHeight).toBeGreaterThan(30);
    });
  });

  test("autofitRows breaks wrapped text at spaces, with Calibri-like widths", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      // Column widths of 16 and 52 characters (Excel: 7 px per digit plus 5 px padding).
      ws.getRange("A:A").format.columnWidth = 87.75;
      ws.getRange("B:B").format.columnWidth = 276.75;
      const cells = ws.getRange("A1:B3");
      cells.values = [
        ["Datum registratie", "x"], // 17 narrow letters: one line in Excel
        ["x", "Zelfde KvK-nummer als eerder ingevoerde werkgever WG201404 De Vries Bouw (rij 812)."],
        ["Aantal arbeidsplaatsen", "x"], // two words, the second alone nearly fills the column
      ];
      cells.format.wrapText = true;
      cells.format.autofitRows();
      const rows = [1, 2, 3].map((r) => {
        const row = ws.getRange(`A${r}`);
        row.load("format/rowHeight");
        return row;
      });
      await ctx.sync();
      expect(rows.map((r) => r.format.rowHeight)).toEqual([15, 30, 30]);
    });
  });

  test("hyperlinks to other sheets and to the web", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add("Data 2015");
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const internal = ws.getRange("A1");
      internal.hyperlink = {
        documentReference: "'Data 2015'!A1",
        textToDisplay: "Naar de data",
        screenTip: "Ga",
      };
      const external = ws.getRange("A2");
      external.values = [["site"]];
      external.hyperlink = { address: "https://www.werk.nl/" };
      const none = ws.getRange("A3");
      internal.load("hyperlink, values");
      external.load("hyperlink, values");
      none.load("hyperlink");
      await ctx.sync();
      expect(internal.hyperlink).toEqual({
        documentReference: "'Data 2015'!A1",
        textToDisplay: "Naar de data",
        screenTip: "Ga",
      });
      expect(internal.values).toEqual([["Naar de data"]]);
      expect(external.hyperlink).toEqual({ address: "https://www.werk.nl/" });
      expect(external.values).toEqual([["site"]]);
      expect(none.hyperlink).toBeNull();
      ws.getRange("A4").hyperlink = { screenTip: "no target" };
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.getRange("A1:A2").clear("Hyperlinks");
      internal.load("hyperlink, values");
      await ctx.sync();
      expect(internal.hyperlink).toBeNull();
      expect(internal.values).toEqual([["Naar de data"]]);
    });
  });

  test("merge keeps the top-left value; unmerge", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const r = ws.getRange("A1:C2");
      r.values = [
        ["Titel", "x", "y"],
        ["a", "b", "c"],
      ];
      r.merge();
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([
        ["Titel", "", ""],
        ["", "", ""],
      ]);
      expect(sim.workbook.worksheets[0].merges).toHaveLength(1);
      ws.getRange("A1:C2").unmerge();
      ws.getRange("A5:C6").merge(true);
      await ctx.sync();
      expect(sim.workbook.worksheets[0].merges).toHaveLength(2);
    });
  });

  test("clear, insert and delete shift cells", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:A4").values = [[1], [2], [3], [4]];
      ws.getRange("A2").delete("Up");
      ws.getRange("A1").insert(ExcelEnums.InsertShiftDirection.down).values = [["new"]];
      ws.getRange("1:1").insert("Down");
      const r = ws.getRange("A1:A6");
      r.load("values");
      await ctx.sync();
      expect(r.values.map((x) => x[0])).toEqual(["", "new", 1, 3, 4, ""]);
      ws.getRange("A2:A3").clear(ExcelEnums.ClearApplyTo.contents);
      r.load("values");
      await ctx.sync();
      expect(r.values.map((x) => x[0])).toEqual(["", "", "", 3, 4, ""]);
      ws.getRange("A:A").delete("Up");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });
});

describe("conditional formats", () => {
  test("cell value, custom, text and color scale rules", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const r = ws.getRange("B2:B20");
      const high = r.conditionalFormats.add(ExcelEnums.ConditionalFormatType.cellValue);
      high.cellValue.format.fill.color = "#C6EFCE";
      high.cellValue.format.font.color = "#006100";
      high.cellValue.rule = { formula1: "=100", operator: "GreaterThan" };
      const custom = r.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=$C2<0";
      custom.custom.format.font.bold = true;
      const text = ws.getRange("A2:A20").conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "ICT" };
      text.textComparison.format.fill.color = "yellow";
      const scale = ws.getRange("C2:C20").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#F8696B" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      const count = r.conditionalFormats.getCount();
      high.load("type, priority");
      high.cellValue.load("rule");
      scale.colorScale.load("threeColorScale");
      const range = high.getRange();
      range.load("address");
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(high.type).toBe("CellValue");
      expect(high.cellValue.rule).toEqual({ formula1: "=100", operator: "GreaterThan" });
      expect(scale.colorScale.threeColorScale).toBe(false);
      expect(range.address).toBe("Sheet1!B2:B20");
      // Wrong rule shape and wrong typed accessor fail.
      const between = r.conditionalFormats.add("CellValue");
      between.cellValue.rule = { formula1: "=1", operator: "Between" };
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      high.custom.rule.formula = "=TRUE";
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      const bad = r.conditionalFormats.add("Custom");
      bad.custom.rule.formula = "A1>0";
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      r.conditionalFormats.clearAll();
      const after = r.conditionalFormats.getCount();
      await ctx.sync();
      expect(after.value).toBe(0);
    });
  });
});
