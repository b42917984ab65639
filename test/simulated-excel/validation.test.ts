import { expectOfficeError, newSim } from "./helpers";

async function addSheet(name: string, existing: string[] = []): Promise<unknown> {
  const sim = newSim();
  return sim.run(async (ctx) => {
    for (const n of existing) ctx.workbook.worksheets.add(n);
    await ctx.sync();
    ctx.workbook.worksheets.add(name);
    await ctx.sync();
  });
}

async function renameSheet(name: string): Promise<unknown> {
  const sim = newSim();
  return sim.run(async (ctx) => {
    ctx.workbook.worksheets.add("Other");
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Sheet1").name = name;
    await ctx.sync();
  });
}

describe("worksheet names", () => {
  test("31 characters is fine, 32 is not", async () => {
    await addSheet("x".repeat(31));
    await expectOfficeError(addSheet("x".repeat(32)), "InvalidArgument");
    await expectOfficeError(renameSheet("y".repeat(32)), "InvalidArgument");
  });

  test("empty names are rejected", async () => {
    await expectOfficeError(addSheet(""), "InvalidArgument");
    await expectOfficeError(renameSheet(""), "InvalidArgument");
  });

  test.each(["[", "]", ":", "*", "?", "/", "\\"])("the character %s is rejected", async (ch) => {
    await expectOfficeError(addSheet(`a${ch}b`), "InvalidArgument");
    await expectOfficeError(renameSheet(`a${ch}b`), "InvalidArgument");
  });

  test("leading or trailing apostrophes are rejected, inner ones are fine", async () => {
    await expectOfficeError(addSheet("'quoted"), "InvalidArgument");
    await expectOfficeError(addSheet("quoted'"), "InvalidArgument");
    await addSheet("Jan's data");
  });

  test("duplicates are rejected case-insensitively, on add and on rename", async () => {
    await expectOfficeError(addSheet("DATA", ["Data"]), "ItemAlreadyExists");
    await expectOfficeError(addSheet("sheet1"), "ItemAlreadyExists");
    await expectOfficeError(renameSheet("other"), "ItemAlreadyExists");
    await renameSheet("SHEET1"); // renaming a sheet to its own name in another case is fine
  });

  test("names with spaces, digits and accents are fine; the address quotes them", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("WBS plaatsingen 2015");
      const r = ws.getRange("A1:B2");
      const r2 = ctx.workbook.worksheets.add("Überblick").getRange("C3");
      const r3 = ctx.workbook.worksheets.add("Jan's").getRange("A1");
      const r4 = ctx.workbook.worksheets.add("2015").getRange("A1");
      r.load("address");
      r2.load("address");
      r3.load("address");
      r4.load("address");
      await ctx.sync();
      expect(r.address).toBe("'WBS plaatsingen 2015'!A1:B2");
      expect(r2.address).toBe("Überblick!C3");
      expect(r3.address).toBe("'Jan''s'!A1");
      expect(r4.address).toBe("'2015'!A1");
    });
  });

  test("renaming updates formulas that refer to the sheet", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const data = ctx.workbook.worksheets.add("Data");
      data.getRange("A1").values = [[5]];
      const s1 = ctx.workbook.worksheets.getItem("Sheet1");
      s1.getRange("A1").formulas = [["=Data!A1*2"]];
      data.name = "Brongegevens 2015";
      const r = s1.getRange("A1");
      r.load("formulas, values");
      await ctx.sync();
      expect(r.formulas).toEqual([["='Brongegevens 2015'!A1*2"]]);
      expect(r.values).toEqual([[10]]);
    });
  });
});

async function addTable(name: unknown, setup?: (ctx: Excel.RequestContext) => void): Promise<unknown> {
  const sim = newSim();
  return sim.run(async (ctx) => {
    setup?.(ctx);
    await ctx.sync();
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
    t.name = name as string;
    await ctx.sync();
  });
}

describe("table names", () => {
  test.each(["Plaatsingen", "_private", "\\backslash", "tbl.Plaatsingen_2015", "Ämter", "ABCD1"])(
    "%s is a valid table name",
    async (name) => {
      await addTable(name);
    },
  );

  test.each([
    ["starts with a digit", "2015Plaatsingen"],
    ["contains a space", "Plaatsingen 2015"],
    ["contains a dash", "Plaatsingen-2015"],
    ["looks like A1", "A1"],
    ["looks like XFD1048576", "XFD1048576"],
    ["looks like R1C1", "R1C1"],
    ["is R", "R"],
    ["is c", "c"],
    ["is empty", ""],
    ["is too long", "T".repeat(256)],
    ["is not a string", 42],
  ])("a name that %s is rejected", async (_why, name) => {
    await expectOfficeError(addTable(name), "InvalidArgument");
  });

  test("a name used by another table or a defined name is rejected, case-insensitively", async () => {
    await expectOfficeError(
      addTable("plaatsingen", (ctx) => {
        const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("D1:E2", true);
        t.name = "Plaatsingen";
      }),
      "ItemAlreadyExists",
    );
    await expectOfficeError(
      addTable("Totaal", (ctx) => {
        ctx.workbook.names.add("TOTAAL", "=Sheet1!$H$1");
      }),
      "ItemAlreadyExists",
    );
  });

  test("defined names are validated like table names and clash with tables", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
      t.name = "Data";
      await ctx.sync();
      ctx.workbook.names.add("data", "=Sheet1!$D$1");
      await expectOfficeError(ctx.sync(), "ItemAlreadyExists");
      ctx.workbook.names.add("B2", "=Sheet1!$D$1");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });

  test("tables may not overlap other tables or merged cells", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.tables.add("A1:C5", true);
      await ctx.sync();
      ws.tables.add("C5:D8", true);
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.getRange("F1:G1").merge();
      await ctx.sync();
      ws.tables.add("E1:H4", true);
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.getRange("B2:C2").merge();
      await expectOfficeError(ctx.sync(), "InvalidOperation");
    });
  });

  test("unknown table styles are rejected", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
      t.style = "TableStyleMedium9";
      await ctx.sync();
      t.style = "TableStyleMedium99";
      await expectOfficeError(ctx.sync(), "InvalidArgument");
    });
  });
});

describe("array sizes", () => {
  test.each(["values", "numberFormat", "formulas"] as const)(
    "%s must be a 2-D array of the range's size",
    async (prop) => {
      const sim = newSim();
      await sim.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Sheet1");
        const sample = prop === "numberFormat" ? "0.00" : 1;
        const set = (address: string, value: unknown) => {
          (ws.getRange(address) as unknown as Record<string, unknown>)[prop] = value;
        };
        set("A1:B2", [[sample, sample]]);
        await expectOfficeError(ctx.sync(), "InvalidArgument");
        set("A1:B2", [[sample], [sample]]);
        await expectOfficeError(ctx.sync(), "InvalidArgument");
        set("A1:B2", [
          [sample, sample],
          [sample, sample, sample],
        ]);
        await expectOfficeError(ctx.sync(), "InvalidArgument");
        set("A1", sample); // a scalar is not accepted by this strict simulator
        await expectOfficeError(ctx.sync(), "InvalidArgument");
        set("A1:B1", [sample, sample]); // 1-D
        await expectOfficeError(ctx.sync(), "InvalidArgument");
        set("A1", [[sample]]);
        set("A1:B2", [
          [sample, sample],
          [sample, sample],
        ]);
        await ctx.sync();
      });
    },
  );

  test("cell values must be strings, finite numbers, booleans or null", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[new Date(2015, 0, 1)]];
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      r.values = [[NaN]];
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      r.values = [[{ a: 1 }]];
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      r.values = [["x".repeat(32768)]];
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      r.values = [[null]];
      await ctx.sync();
    });
  });

  test("addresses and indexes are validated", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A0").load("address");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.getRange("XFE1").load("address");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.getRangeByIndexes(0, 0, 0, 1).load("address");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.getRange("A1").getOffsetRange(-1, 0).load("address");
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      ws.getRange("Other!A1").load("address");
      await expectOfficeError(ctx.sync(), "ItemNotFound");
      const ok = ws.getRange("sheet1!$A$1:$B$2");
      ok.load("address");
      await ctx.sync();
      expect(ok.address).toBe("Sheet1!A1:B2");
    });
  });

  test("enum values are validated and accepted as strings", async () => {
    const sim = newSim();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.format.horizontalAlignment = "center" as Excel.HorizontalAlignment; // case-insensitive like Excel
      r.format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment;
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      r.format.font.color = "not a colour";
      await expectOfficeError(ctx.sync(), "InvalidArgument");
      r.load("format/horizontalAlignment");
      await ctx.sync();
      expect(r.format.horizontalAlignment).toBe("Center");
    });
  });
});
