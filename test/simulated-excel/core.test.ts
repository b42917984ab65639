import { DEFAULT_MAX_PAYLOAD_BYTES } from "../../src/simulated-excel";
import { expectOfficeError, expectSyncThrow, newSim } from "./helpers";

describe("proxy semantics", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const e = expectSyncThrow(() => range.values, "PropertyNotLoaded");
      expect(e.message).toContain("'values'");
      expect(e.message).toContain("load");
      expect(e.message).toContain("context.sync()");
      range.load("values");
      // Still not available: load only queues.
      expectSyncThrow(() => range.values, "PropertyNotLoaded");
      await ctx.sync();
      expect(range.values).toEqual([[""]]);
      // Loaded properties do not include the others.
      expectSyncThrow(() => range.address, "PropertyNotLoaded");
    });
  });

  test("results are not visible until sync resolves", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.load("name");
      const pending = ctx.sync();
      expectSyncThrow(() => ws.name, "PropertyNotLoaded");
      await pending;
      expect(ws.name).toBe("Sheet1");
    });
  });

  test("writes are queued and applied in order at sync", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      expect(sim.workbook.worksheets[0].cells.size).toBe(0);
      range.values = [[3, 4]];
      range.load("values");
      await ctx.sync();
      expect(range.values).toEqual([[3, 4]]);
    });
  });

  test("load option forms: comma string, array, paths, select/expand, collections", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.add("Second");
      const range = sheets.getItem("Sheet1").getRange("B2:C3");
      range.load("address, rowCount");
      const r2 = sheets.getItem("Sheet1").getRange("A1");
      r2.load(["columnIndex", "format/font/bold", "format/fill/color"]);
      const r3 = sheets.getItem("Sheet1").getRange("A1");
      r3.load({ select: "address", expand: "format" });
      sheets.load("items/name, items/position");
      await ctx.sync();
      expect(range.address).toBe("Sheet1!B2:C3");
      expect(range.rowCount).toBe(2);
      expect(r2.columnIndex).toBe(0);
      expect(r2.format.font.bold).toBe(false);
      expect(r2.format.fill.color).toBe("#FFFFFF");
      expect(r3.address).toBe("Sheet1!A1");
      expect(r3.format.horizontalAlignment).toBe("General");
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["Sheet1", 0],
        ["Second", 1],
      ]);
      // Loading the same collection again replaces its items (like office-js).
      sheets.load("name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Second"]);
      expect(JSON.parse(JSON.stringify(sheets))).toEqual({ items: [{ name: "Sheet1" }, { name: "Second" }] });
    });
  });

  test("loading a property that does not exist fails at sync", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });

  test("assigning a read-only property throws", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expectSyncThrow(() => ((range as unknown as { address: string }).address = "B2"), "InvalidArgument");
    });
  });

  test("set() assigns several properties, including nested ones", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.set({ values: [["x"]], format: { font: { bold: true }, fill: { color: "yellow" } } });
      range.load("values, format/font/bold, format/fill/color");
      await ctx.sync();
      expect(range.values).toEqual([["x"]]);
      expect(range.format.font.bold).toBe(true);
      expect(range.format.fill.color).toBe("#FFFF00");
      expect(range.toJSON()).toMatchObject({ values: [["x"]], format: { font: { bold: true } } });
    });
  });

  test("getCount returns a ClientResult whose value needs a sync", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expectSyncThrow(() => count.value, "ValueNotLoaded");
      await ctx.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe("errors at sync", () => {
  test("getItem on a missing sheet fails at sync with ItemNotFound and debugInfo", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Missing");
      ws.getRange("A1").values = [[1]];
      const e = await expectOfficeError(ctx.sync(), "ItemNotFound");
      expect(e.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
      expect(e.debugInfo.statement).toContain('getItem("Missing")');
    });
  });

  test("operations before the failing one are applied, the rest of the batch is not", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["before"]];
      ws.getRange("A2").values = [[1, 2]]; // wrong size
      ws.getRange("A3").values = [["after"]];
      const e = await expectOfficeError(ctx.sync(), "InvalidArgument");
      expect(e.debugInfo.errorLocation).toBe("Range.values");
      const check = ws.getRange("A1:A3");
      check.load("values");
      await ctx.sync();
      expect(check.values).toEqual([["before"], [""], [""]]);
    });
  });

  test("a failed sync discards the queue; the context stays usable", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Nope").load("name");
      await expectOfficeError(ctx.sync(), "ItemNotFound");
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.load("name");
      await ctx.sync();
      expect(ws.name).toBe("Sheet1");
    });
  });

  test("errors thrown inside the batch reject run and skip the final sync", async () => {
    const sim = newSim();
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["never"]];
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(sim.workbook.worksheets[0].cells.size).toBe(0);
  });

  test("run flushes pending operations at the end", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["flushed"]];
    });
    expect(sim.workbook.worksheets[0].getCell(0, 0)?.value).toBe("flushed");
  });

  test("run requires the batch to return a promise", async () => {
    const sim = newSim();
    await expectOfficeError(
      sim.run((() => undefined) as unknown as (ctx: Excel.RequestContext) => Promise<void>),
      "RunMustReturnPromise",
    );
  });

  test("using a proxy after its run ended throws InvalidObjectPath", async () => {
    const sim = newSim();
    let range: Excel.Range | undefined;
    await sim.run(async (ctx) => {
      range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await ctx.sync();
    });
    expectSyncThrow(() => range!.load("values"), "InvalidObjectPath");
  });

  test("tracked objects can be reused with run(object, batch)", async () => {
    const sim = newSim();
    let range: Excel.Range | undefined;
    await sim.run(async (ctx) => {
      range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      ctx.trackedObjects.add(range);
      await ctx.sync();
    });
    await sim.run(range!, async (ctx) => {
      range!.values = [["again"]];
      range!.load("values");
      await ctx.sync();
      expect(range!.values).toEqual([["again"]]);
    });
  });

  test("objects from another request context are rejected", async () => {
    const sim = newSim();
    let outer: Excel.Range | undefined;
    await sim.run(async (ctx) => {
      outer = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      ctx.trackedObjects.add(outer);
    });
    await sim.run(async (ctx) => {
      const charts = ctx.workbook.worksheets.getItem("Sheet1").charts;
      expectSyncThrow(() => charts.add("ColumnClustered", outer!), "InvalidRequestContext");
    });
  });
});

describe("null objects", () => {
  test("getItemOrNullObject gives isNullObject after sync", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Missing");
      const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      expectSyncThrow(() => missing.isNullObject, "PropertyNotLoaded");
      missing.load("name");
      present.load("name");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
    });
  });

  test("operations on a null object are ignored (delete-if-exists idiom)", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject("Temp").delete();
      const range = ctx.workbook.worksheets.getItemOrNullObject("Temp").getRange("A1");
      range.values = [[1]];
      range.load("values");
      await ctx.sync();
      expect(range.isNullObject).toBe(true);
    });
  });

  test("getUsedRangeOrNullObject on an empty sheet is a null object; getUsedRange gives A1", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const nullRange = ws.getUsedRangeOrNullObject();
      const used = ws.getUsedRange();
      used.load("address");
      await ctx.sync();
      expect(nullRange.isNullObject).toBe(true);
      expect(used.address).toBe("Sheet1!A1");
    });
  });
});

describe("sync counting and payload limits", () => {
  test("syncs are counted as round trips; empty syncs are not", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      await ctx.sync();
      await ctx.sync(); // nothing queued: no round trip
      ws.load("name");
      await ctx.sync();
    });
    expect(sim.stats.syncs).toBe(2);
    expect(sim.stats.syncCalls).toBe(4);
    expect(sim.stats.requests).toHaveLength(2);
    expect(sim.stats.maxRequestBytes).toBe(Math.max(...sim.stats.requests));
    expect(sim.stats.responses[1]).toBeGreaterThan(0);
    sim.resetStats();
    expect(sim.stats.syncs).toBe(0);
  });

  test("sync(passThroughValue) resolves with the value", async () => {
    const sim = newSim();
    const result = await sim.run(async (ctx) => ctx.sync(42));
    expect(result).toBe(42);
  });

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    expect(DEFAULT_MAX_PAYLOAD_BYTES).toBe(5 * 1024 * 1024);
    const sim = newSim();
    const rows = 60000;
    const text = "a fairly long description of a placement, repeated in every row";
    const big = Array.from({ length: rows }, (_, i) => [`row ${i} ${text}`, i, i * 2, text]);
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("Z1").values = [["first op"]];
      ws.getRange(`A1:D${rows}`).values = big;
      const e = await expectOfficeError(ctx.sync(), "RequestPayloadSizeLimitExceeded");
      expect(e.message).toContain("payload");
    });
    expect(sim.workbook.worksheets[0].cells.size).toBe(0);
    expect(sim.stats.syncs).toBe(1);
    expect(sim.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("chunked writes under the limit succeed", async () => {
    const sim = newSim();
    const rows = 60000;
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < rows; start += 20000) {
        const chunk = Array.from({ length: 20000 }, (_, i) => [
          `row ${start + i} with some text`,
          i,
          i * 2,
          "more text",
        ]);
        ws.getRangeByIndexes(start, 0, 20000, 4).values = chunk;
        await ctx.sync();
      }
    });
    expect(sim.stats.syncs).toBe(3);
    expect(sim.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(sim.workbook.worksheets[0].cells.size).toBe(rows * 4);
  });

  test("a response over the limit fails with ResponsePayloadSizeLimitExceeded", async () => {
    const sim = newSim({ maxPayloadBytes: 20000 });
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const data = Array.from({ length: 500 }, (_, i) => [`value number ${i}`, i]);
      ws.getRange("A1:B500").values = data;
      await ctx.sync();
      const r = ws.getRange("A1:B500");
      r.load("values, text");
      await expectOfficeError(ctx.sync(), "ResponsePayloadSizeLimitExceeded");
      expect(sim.stats.maxResponseBytes).toBeGreaterThan(20000);
    });
  });

  test("loading the values of whole columns is refused before it is built", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A:D");
      r.load("values");
      await expectOfficeError(ctx.sync(), "ResponsePayloadSizeLimitExceeded");
    });
  });
});

describe("requirement sets", () => {
  test("isSetSupported follows the configured sets (default ExcelApi 1.17)", () => {
    const sim = newSim();
    expect(sim.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(sim.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(sim.requirements.isSetSupported("excelapi")).toBe(true);
    expect(sim.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    const old = newSim({ supportedSets: { ExcelApi: "1.8" } });
    expect(old.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(old.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
  });

  test("APIs newer than the supported set fail with ApiNotFound at sync", async () => {
    const sim = newSim({ supportedSets: { ExcelApi: "1.8" } });
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.pageLayout.orientation = "Landscape"; // ExcelApi 1.9
      const e = await expectOfficeError(ctx.sync(), "ApiNotFound");
      expect(e.debugInfo.errorLocation).toBe("PageLayout.orientation");
      ws.getRange("A1").format.autofitColumns(); // 1.2: fine
      ws.freezePanes.freezeRows(1); // 1.7: fine
      await ctx.sync();
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync(); // 1.9
      await expectOfficeError(ctx.sync(), "ApiNotFound");
      ws.getRange("A1").load("hyperlink"); // 1.7: fine
      await ctx.sync();
    });
    const ancient = newSim({ supportedSets: { ExcelApi: "1.3" } });
    await ancient.run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject("x"); // 1.4
      await expectOfficeError(ctx.sync(), "ApiNotFound");
      ctx.workbook.settings.add("k", 1); // 1.4
      await expectOfficeError(ctx.sync(), "ApiNotFound");
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("CellValue"); // 1.6
      await expectOfficeError(ctx.sync(), "ApiNotFound");
    });
  });

  test("load() without arguments skips properties of unsupported sets", async () => {
    const sim = newSim({ supportedSets: { ExcelApi: "1.1" } });
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.load();
      await ctx.sync();
      expect(ws.name).toBe("Sheet1");
      expectSyncThrow(() => ws.tabColor, "PropertyNotLoaded");
    });
  });
});
