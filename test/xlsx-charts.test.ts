import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import {
  addChartsToXlsx,
  buildChartXml,
  readChartsFromXlsx,
  sheetRef,
  type ChartSpec,
} from "../src/xlsx-charts";
import { parseXml } from "../src/xlsx-charts/xml";

const SHEET2 = "Jan's sectoren";
const MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun"];
const PLACED = [12, 15, 9, 20, 18, 22];
const TARGET = [15, 15, 15, 18, 18, 18];
const SHARE = PLACED.map((p, i) => Math.round((p / TARGET[i]) * 100) / 100);
const SECTORS = ["Zorg", "Logistiek", "Techniek", "Horeca"];
const COUNTS = [40, 25, 20, 15];
const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

const V = (range: string) => sheetRef("Voortgang", range);
const J = (range: string) => sheetRef(SHEET2, range);

/** Two sheets: a table, a hyperlink, a conditional format and page setup; an image on the second. */
async function buildWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Voortgang");
  ws.getCell("A1").value = "Voortgang plaatsingen";
  ws.getCell("A2").value = { text: "Bron", hyperlink: "https://example.org/bron" };
  ws.addTable({
    name: "VoortgangTabel",
    ref: "A5",
    columns: [{ name: "Maand" }, { name: "Plaatsingen" }, { name: "Doel" }, { name: "Realisatie" }],
    rows: MONTHS.map((m, i) => [m, PLACED[i], TARGET[i], SHARE[i]]),
  });
  // A data bar makes ExcelJS write an <extLst> inside the rule and one at sheet level.
  const dataBar = {
    type: "dataBar",
    priority: 1,
    cfvo: [{ type: "min" }, { type: "max" }],
    color: { argb: "FF638EC6" },
  };
  ws.addConditionalFormatting({ ref: "B6:B11", rules: [dataBar as ExcelJS.ConditionalFormattingRule] });
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.headerFooter = { oddFooter: "Pagina &P" };

  const ws2 = wb.addWorksheet(SHEET2);
  ws2.addRows([["Sector", "Aantal"], ...SECTORS.map((s, i) => [s, COUNTS[i]])]);
  const image = wb.addImage({ base64: PNG_1X1, extension: "png" });
  ws2.addImage(image, "A8:B10");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CHARTS: ChartSpec[] = [
  {
    sheetName: "Voortgang",
    kind: "column",
    title: "Plaatsingen per maand",
    anchor: { fromCol: 5, fromRow: 0, toCol: 13, toRow: 18 },
    xAxisTitle: "Maand",
    yAxisTitle: "Aantal",
    legend: "bottom",
    numberFormat: "#,##0",
    series: [
      {
        name: "Plaatsingen",
        nameRef: V("$B$5"),
        categoriesRef: V("$A$6:$A$11"),
        valuesRef: V("$B$6:$B$11"),
        categories: MONTHS,
        values: PLACED,
        color: "1F77B4",
      },
      {
        name: "Doel",
        nameRef: V("$C$5"),
        categoriesRef: V("$A$6:$A$11"),
        valuesRef: V("$C$6:$C$11"),
        categories: MONTHS,
        values: TARGET,
        kind: "line",
        color: "D62728",
      },
    ],
  },
  {
    sheetName: "Voortgang",
    kind: "line",
    title: "Realisatie t.o.v. doel",
    anchor: { fromCol: 5, fromRow: 19, toCol: 13, toRow: 36 },
    numberFormat: "0%",
    legend: "none",
    series: [
      {
        name: "Realisatie",
        categoriesRef: V("$A$6:$A$11"),
        valuesRef: V("$D$6:$D$11"),
        categories: MONTHS,
        values: SHARE,
        color: "2CA02C",
      },
    ],
  },
  {
    sheetName: SHEET2,
    kind: "pie",
    title: "Verdeling per sector",
    anchor: { fromCol: 3, fromRow: 0, toCol: 10, toRow: 16 },
    series: [
      {
        name: "Aantal",
        categoriesRef: J("$A$2:$A$5"),
        valuesRef: J("$B$2:$B$5"),
        categories: SECTORS,
        values: COUNTS,
      },
    ],
  },
  {
    sheetName: SHEET2,
    kind: "bar",
    title: "Sectoren",
    anchor: { fromCol: 3, fromRow: 17, toCol: 10, toRow: 32 },
    legend: "top",
    series: [
      {
        name: "Aantal",
        categoriesRef: J("$A$2:$A$5"),
        valuesRef: J("$B$2:$B$5"),
        categories: SECTORS,
        values: COUNTS,
        color: "FF7F0E",
      },
    ],
  },
];

/** Names of the top-level children of the root element, in document order. */
const topLevel = (xml: string) => parseXml(xml).children.map((c) => c.local);

/** Asserts that the tags occur in this order (each searched for after the previous one). */
function expectInOrder(xml: string, tags: string[]) {
  let from = 0;
  for (const tag of tags) {
    const at = xml.indexOf(tag, from);
    expect({ tag, found: at >= 0 }).toEqual({ tag, found: true });
    from = at + tag.length;
  }
}

describe("buildChartXml", () => {
  const base: ChartSpec = CHARTS[0];

  it("writes bar and line series in schema order, sharing both axes", () => {
    const xml = buildChartXml(base);
    const [bar, line] = xml.split("<c:lineChart>");
    expectInOrder(bar, [
      '<c:barDir val="col"/>',
      '<c:grouping val="clustered"/>',
      "<c:idx ",
      "<c:order ",
      "<c:tx>",
      "<c:spPr>",
      "<c:invertIfNegative ",
      "<c:cat>",
      "<c:val>",
      "<c:gapWidth ",
      '<c:axId val="500000001"/>',
    ]);
    expectInOrder(line, [
      '<c:grouping val="standard"/>',
      "<c:idx ",
      "<c:tx>",
      "<c:spPr>",
      "<c:marker>",
      "<c:cat>",
      "<c:val>",
      '<c:smooth val="0"/>',
      '<c:marker val="1"/>',
      '<c:axId val="500000001"/>',
      "</c:lineChart>",
      "<c:catAx>",
      "<c:valAx>",
    ]);
    expect(xml).toContain('<c:numFmt formatCode="#,##0" sourceLinked="0"/>');
    expect(xml).toContain('<c:legendPos val="b"/>');
    expectInOrder(xml, ["<c:title>", "<c:autoTitleDeleted", "<c:plotArea>", "<c:legend>", "<c:plotVisOnly"]);
  });

  it("writes stacked horizontal bars with overlap and a vertical category axis", () => {
    const xml = buildChartXml({ ...base, kind: "barStacked", series: [base.series[0], base.series[0]] });
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(xml).toMatch(/<c:overlap val="100"\/><c:axId/);
    expect(xml).toMatch(/<c:catAx><c:axId val="\d+"\/><c:scaling>.*?<c:axPos val="l"\/>/);
  });

  it("writes a pie without axes and with varied slice colours", () => {
    const xml = buildChartXml(CHARTS[2]);
    expect(xml).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(xml).not.toContain("<c:catAx>");
  });

  it("escapes text, leaves gaps for null values and drops characters XML cannot carry", () => {
    const xml = buildChartXml({
      ...base,
      title: 'A <b> & "c"\u0001',
      legend: "none",
      series: [{ ...base.series[0], kind: undefined, values: [1, null, 3], nameRef: undefined }],
    });
    expect(xml).toContain("<a:t>A &lt;b&gt; &amp; &quot;c&quot;</a:t>");
    expect(xml).toContain("<c:tx><c:v>Plaatsingen</c:v></c:tx>");
    expect(xml).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="2">');
    expect(xml).not.toContain("<c:legend>");
    expect(() => parseXml(xml)).not.toThrow();
  });

  it("rejects specs that cannot be drawn", () => {
    const s = base.series[0];
    expect(() => buildChartXml({ ...base, series: [] })).toThrow(/at least one series/);
    expect(() => buildChartXml({ ...base, kind: "pie", series: [s, { ...s, kind: "line" }] })).toThrow(/pie/);
    expect(() => buildChartXml({ ...base, kind: "bar", series: [s, { ...s, kind: "line" }] })).toThrow(
      /Horizontal/,
    );
    expect(() => buildChartXml({ ...base, series: [s, { ...s, kind: "columnStacked" }] })).toThrow(/one bar/);
    expect(() => buildChartXml({ ...base, series: [{ ...s, color: "red" }] })).toThrow(/RRGGBB/);
    expect(() => buildChartXml({ ...base, anchor: { fromCol: 4, fromRow: 0, toCol: 2, toRow: 5 } })).toThrow(
      /anchor/,
    );
  });
});

describe("addChartsToXlsx", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let zip: JSZip;
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing ${path}`);
    return file.async("string");
  };

  beforeAll(async () => {
    input = await buildWorkbook();
    output = await addChartsToXlsx(input, CHARTS);
    zip = await JSZip.loadAsync(output);
  });

  it("registers content types for the new drawing and all charts", async () => {
    const types = await text("[Content_Types].xml");
    for (const n of [1, 2, 3, 4]) {
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
    expect(types.match(/PartName="\/xl\/drawings\/drawing\d\.xml"/g)).toHaveLength(2);
    expect(types).toContain("application/vnd.openxmlformats-officedocument.drawing+xml");
  });

  it("puts <drawing> after pageSetup/headerFooter and before tableParts, wired through the sheet rels", async () => {
    const sheet = await text("xl/worksheets/sheet1.xml");
    const children = topLevel(sheet);
    const at = (name: string) => children.indexOf(name);
    expect(children.filter((c) => c === "drawing")).toHaveLength(1);
    expect(at("drawing")).toBeGreaterThan(at("pageSetup"));
    expect(at("drawing")).toBeGreaterThan(at("headerFooter"));
    expect(at("drawing")).toBeGreaterThan(at("hyperlinks"));
    expect(at("drawing")).toBeLessThan(at("tableParts"));
    const rid = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
    const rels = await text("xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain(
      `Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"`,
    );
    const drawingRels = await text("xl/drawings/_rels/drawing2.xml.rels");
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
  });

  it("extends the drawing ExcelJS wrote for an image instead of adding a second one", async () => {
    const sheet = await text("xl/worksheets/sheet2.xml");
    expect(topLevel(sheet).filter((c) => c === "drawing")).toHaveLength(1);
    const drawing = await text("xl/drawings/drawing1.xml");
    const wsDr = parseXml(drawing);
    expect(wsDr.children.map((c) => c.local)).toEqual(["twoCellAnchor", "twoCellAnchor", "twoCellAnchor"]);
    expect(drawing).toContain("<xdr:pic>");
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(3);
    const rels = await text("xl/drawings/_rels/drawing1.xml.rels");
    expect(rels).toContain("relationships/image");
    expect(rels.match(/relationships\/chart"/g)).toHaveLength(2);
  });

  it("writes chart parts with refs and cached values", async () => {
    const combo = await text("xl/charts/chart1.xml");
    expect(combo).toContain("<c:f>&apos;Voortgang&apos;!$B$6:$B$11</c:f>");
    expect(combo).toContain("<c:f>&apos;Voortgang&apos;!$C$5</c:f>");
    expect(combo).toContain('<c:pt idx="5"><c:v>22</c:v></c:pt>');
    expect(combo).toContain('<c:pt idx="0"><c:v>jan</c:v></c:pt>');
    expect(combo).toContain("<a:t>Plaatsingen per maand</a:t>");
    expect(combo).toContain('<a:srgbClr val="D62728"/>');
    const pie = await text("xl/charts/chart3.xml");
    expect(pie).toContain("<c:f>&apos;Jan&apos;&apos;s sectoren&apos;!$B$2:$B$5</c:f>");
    expect(pie).toContain('<c:formatCode>General</c:formatCode><c:ptCount val="4"/>');
  });

  it("round-trips through readChartsFromXlsx", async () => {
    const charts = await readChartsFromXlsx(output);
    expect(charts).toEqual(
      CHARTS.map((c) => ({
        sheetName: c.sheetName,
        kind: c.kind,
        title: c.title,
        series: c.series.map((s) => ({
          name: s.name,
          ...(s.nameRef ? { nameRef: s.nameRef } : {}),
          categoriesRef: s.categoriesRef,
          valuesRef: s.valuesRef,
          kind: s.kind ?? c.kind,
        })),
        anchor: c.anchor,
      })),
    );
    expect(await readChartsFromXlsx(input)).toEqual([]);
  });

  it("accepts an ArrayBuffer and can be applied again to its own output", async () => {
    const copy = output.slice().buffer;
    const again = await addChartsToXlsx(copy, [{ ...CHARTS[3], title: "Nog een" }]);
    const charts = await readChartsFromXlsx(again);
    expect(charts.map((c) => c.title)).toEqual([...CHARTS.map((c) => c.title), "Nog een"]);
    const again2 = await JSZip.loadAsync(again);
    expect(again2.file("xl/drawings/drawing3.xml")).toBeNull();
  });

  it("keeps the workbook readable for ExcelJS, table and hyperlink included", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output.slice().buffer);
    const ws = wb.getWorksheet("Voortgang");
    expect(ws?.getTable("VoortgangTabel")).toBeDefined();
    expect(ws?.getCell("A2").hyperlink).toBe("https://example.org/bron");
    expect(wb.getWorksheet(SHEET2)?.getCell("B2").value).toBe(40);
  });

  it("rejects an unknown sheet", async () => {
    await expect(addChartsToXlsx(input, [{ ...CHARTS[0], sheetName: "Nope" }])).rejects.toThrow(
      /No worksheet named "Nope"/,
    );
  });

  it("round-trips arbitrary titles and series names", async () => {
    const chars = [..."ab <>&\"'ëé€😀"];
    const str = fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(str, str, async (title, name) => {
        const spec: ChartSpec = { ...CHARTS[1], title, series: [{ ...CHARTS[1].series[0], name }] };
        const [chart] = await readChartsFromXlsx(await addChartsToXlsx(input, [spec]));
        expect([chart.title, chart.series[0].name]).toEqual([title, name]);
      }),
      { numRuns: 25 },
    );
  });

  const soffice = "/usr/bin/libreoffice";
  (existsSync(soffice) ? it : it.skip)(
    "converts to PDF with LibreOffice",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "xlsx-charts-"));
      try {
        writeFileSync(join(dir, "charts.xlsx"), output);
        execFileSync(
          soffice,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            join(dir, "charts.xlsx"),
          ],
          { stdio: "ignore", timeout: 110_000 },
        );
        const pdf = readFileSync(join(dir, "charts.pdf"));
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(pdf.length).toBeGreaterThan(5000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
