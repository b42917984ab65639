import { ExcelEnums, installExcelGlobals } from "../../src/simulated-excel";
import { newSim } from "./helpers";

/** Add-in style code: typed with @types/office-js only, no knowledge of the simulator. */
async function writeSummary(ctx: Excel.RequestContext): Promise<string> {
  const sheet: Excel.Worksheet = ctx.workbook.worksheets.getItemOrNullObject("Samenvatting");
  await ctx.sync();
  const target = sheet.isNullObject ? ctx.workbook.worksheets.add("Samenvatting") : sheet;
  const range: Excel.Range = target.getRange("A1:B2");
  range.values = [
    ["Kengetal", "Waarde"],
    ["Plaatsingen", 4935],
  ];
  range.format.font.name = "Calibri";
  range.getRow(0).format.font.bold = true;
  const table: Excel.Table = target.tables.add(range, true);
  table.name = "tblSamenvatting";
  const chart: Excel.Chart = target.charts.add(
    Excel.ChartType.columnClustered,
    range,
    Excel.ChartSeriesBy.columns,
  );
  chart.title.text = "Samenvatting";
  target.pageLayout.orientation = Excel.PageOrientation.landscape;
  range.load("address");
  await ctx.sync();
  return range.address;
}

async function countSheets(): Promise<number> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.length;
  });
}

describe("office-js typings fit the simulator", () => {
  test("a function written against Excel.RequestContext runs unchanged", async () => {
    const sim = newSim();
    const installed = installExcelGlobals(sim);
    try {
      const address = await sim.run(writeSummary);
      expect(address).toBe("Samenvatting!A1:B2");
      const again = await sim.run(writeSummary).catch((e: { code: string }) => e.code);
      expect(again).toBe("InvalidArgument"); // the table would overlap the existing one
    } finally {
      installed.uninstall();
    }
  });

  test("installExcelGlobals provides Excel.run, enums, Office.onReady and requirements", async () => {
    const sim = newSim({ supportedSets: { ExcelApi: "1.12" } });
    const target: Record<string, unknown> = {};
    const local = installExcelGlobals(sim, target);
    expect(Object.keys(target).sort()).toEqual(["Excel", "Office"]);
    expect((local.Excel as typeof ExcelEnums).ChartType.pie).toBe("Pie");
    const installed = installExcelGlobals(sim);
    try {
      const info = await Office.onReady();
      expect(info.host).toBe("Excel");
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
      expect(Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
      expect(await countSheets()).toBe(1);
    } finally {
      installed.uninstall();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });

  test("ExcelEnums carries the office-js string values", () => {
    expect(ExcelEnums.ConditionalCellValueOperator.greaterThan).toBe("GreaterThan");
    expect(ExcelEnums.BorderIndex.edgeBottom).toBe("EdgeBottom");
    expect(ExcelEnums.SheetVisibility.veryHidden).toBe("VeryHidden");
    expect(ExcelEnums.ChartLegendPosition.bottom).toBe("Bottom");
    expect(ExcelEnums.DeleteShiftDirection.up).toBe("Up");
    expect(ExcelEnums.ClearApplyTo.formats).toBe("Formats");
  });
});
