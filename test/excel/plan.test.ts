/** The pure parts of the Excel layer: the report plan, links, caps, names, registry, history. */
import { analyse, allFindings, type Report } from "../../src/domain/analyse";
import { parseIsoDate } from "../../src/domain/dates";
import type { Finding } from "../../src/domain/rules/types";
import { generateDemoWorkbook } from "../../src/demo/generate";
import {
  buildReportPlan,
  earlierYearsOnly,
  findingLink,
  guessDate1904,
  maandstandRows,
  parseHistory,
  parseRegistry,
  previousMaandstand,
  type ReportPlan,
} from "../../src/excel";
import { freeSheetName, freeTableName, tempSheetNames } from "../../src/excel/execute/naming";
import { HISTORY_COLUMNS, historyValues } from "../../src/excel/history";
import { tableLastRow } from "../../src/excel/plan/types";
import { registryValue } from "../../src/excel/registry";
import { selectDetail, SUMMARY_PARTS } from "../../src/excel/sheets/bevindingen";
import { SheetLayout } from "../../src/excel/plan/layout";
import { ROW_POINTS } from "../../src/excel/plan/styles";
import { REPORT_SHEETS } from "../support/report-sheets";

let report: Report;
let plan: ReportPlan;

beforeAll(() => {
  const sheets = generateDemoWorkbook({ placements: 1500, vacancies: 1500, employers: 1200, contacts: 2500 });
  report = analyse(
    sheets.map((s) => ({ name: s.name, rows: s.rows })),
    { peildatum: parseIsoDate("2015-09-30") },
  );
  plan = buildReportPlan(report);
});

describe("report plan", () => {
  test("six sheets with valid, unique table names and well-formed tables", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(REPORT_SHEETS);
    const names = plan.sheets.flatMap((s) => s.tables.map((t) => t.key));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^WSP_[A-Za-z_]+$/);
    for (const table of plan.sheets.flatMap((s) => s.tables)) {
      const headers = table.columns.map((c) => c.header.toLowerCase());
      expect(new Set(headers).size).toBe(headers.length);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
      if (table.totals) expect(table.totals).toHaveLength(table.columns.length);
    }
    expect(plan.findings).toEqual({ total: allFindings(report).length, shown: allFindings(report).length });
  });

  test("blocks do not overlap: texts, tables and charts each have rows of their own, inside the print area", () => {
    for (const sheet of plan.sheets) {
      const used = new Map<number, string>();
      const claim = (r0: number, r1: number, what: string) => {
        for (let r = r0; r <= r1; r++) {
          expect([sheet.name, r, used.get(r)]).toEqual([sheet.name, r, undefined]);
          used.set(r, what);
        }
      };
      for (const t of sheet.texts) claim(t.row, t.row, `text ${t.text}`);
      for (const t of sheet.tables) claim(t.row, tableLastRow(t), `table ${t.key}`);
      for (const c of sheet.charts) claim(c.top, c.bottom, `chart ${c.name}`);
      const [lastRow, lastColumn] = sheet.printArea!;
      expect(Math.max(...used.keys())).toBeLessThanOrEqual(lastRow);
      for (const t of sheet.tables) expect(t.column + t.columns.length - 1).toBeLessThanOrEqual(lastColumn);
      for (const c of sheet.charts) expect(c.right).toBeLessThanOrEqual(lastColumn);
      // A page break never falls inside a table or a chart.
      for (const row of sheet.pageBreaks)
        expect(used.get(row - 1) === undefined || used.get(row) === undefined).toBe(true);
    }
  });

  test("Bevindingen: each part of the summary per rule prints on one page, below its own header", () => {
    const sheet = plan.sheets.find((s) => s.role === "bevindingen")!;
    const parts = sheet.tables.filter((t) => t.key.startsWith("WSP_Bevindingen_Regels"));
    expect(parts.map((t) => t.key)).toEqual(SUMMARY_PARTS.map((p) => `WSP_Bevindingen_Regels${p.suffix}`));
    // Printed height per row: the explicit ones, the summary rows as Excel will autofit their wrapped
    // agreement texts (the layout's estimate), the rest 15 pt.
    const layout = new SheetLayout("bevindingen", sheet.name, sheet.title, sheet.columnWidths);
    const height = new Map(sheet.rowHeights);
    for (const t of parts)
      layout.wrappedRowHeights(t.columns, t.rows).forEach((h, i) => height.set(t.row + 1 + i, h));
    // Walk the pages: a manual break, or Excel's own when a row no longer fits.
    const pageOf: number[] = [];
    let page = 0;
    let y = 0;
    for (let r = 0; r <= tableLastRow(parts[parts.length - 1]); r++) {
      const h = height.get(r) ?? ROW_POINTS;
      if (sheet.pageBreaks.includes(r) || y + h > layout.pageHeight) {
        page++;
        y = 0;
      }
      y += h;
      pageOf[r] = page;
    }
    for (const t of parts) expect([t.key, pageOf[t.row]]).toEqual([t.key, pageOf[tableLastRow(t)]]);
    // Together they are taller than a page: one table would print part of its rows without a header.
    const all = parts.reduce(
      (n, t) => n + layout.wrappedRowHeights(t.columns, t.rows).reduce((a, h) => a + h, 0),
      0,
    );
    expect(all).toBeGreaterThan(layout.pageHeight);
  });

  test("the same report gives the same plan", () => {
    expect(JSON.stringify(buildReportPlan(report))).toBe(JSON.stringify(plan));
  });

  test("charts take their data from a table on their own sheet", () => {
    for (const sheet of plan.sheets) {
      for (const chart of sheet.charts) {
        const table = sheet.tables.find((t) => t.key === chart.table)!;
        expect(table).toBeDefined();
        for (const c of chart.series)
          expect(["integer", "decimal1", "decimal2", "percent"]).toContain(table.columns[c].kind);
        expect(chart.series).toEqual(chart.series.map((_, i) => chart.series[0] + i));
      }
    }
  });
});

describe("Bevindingen", () => {
  const finding = (over: Partial<Finding>): Finding => ({
    rule: "P05",
    severity: "fout",
    source: "Plaatsingen",
    sheet: "WBS plaatsingen",
    row: 12,
    column: "Plaatsingsnummer",
    columnLetter: "A",
    value: "PL1",
    record: "PL1",
    message: "dubbel",
    agreement: "—",
    ...over,
  });

  test("links to the cell, with the sheet name quoted as Excel wants it", () => {
    expect(findingLink(finding({}))).toBe(`=HYPERLINK("#'WBS plaatsingen'!A12","A12")`);
    expect(findingLink(finding({ sheet: 'Jan\'s "export"', columnLetter: "AB" }))).toBe(
      `=HYPERLINK("#'Jan''s ""export""'!AB12","AB12")`,
    );
    expect(findingLink(finding({ columnLetter: "" }))).toBe(
      `=HYPERLINK("#'WBS plaatsingen'!12:12","rij 12")`,
    );
    expect(findingLink(finding({ file: "plaatsingen.csv" }))).toBe("–");
  });

  test("a capped detail keeps errors first and the report's order", () => {
    const findings = [
      finding({ severity: "info", record: "1" }),
      finding({ severity: "fout", record: "2" }),
      finding({ severity: "waarschuwing", record: "3" }),
      finding({ severity: "fout", record: "4" }),
    ];
    expect(selectDetail(findings, 3, Infinity).rows.map((r) => r[7])).toEqual(["2", "3", "4"]);
    expect(selectDetail(findings, 2, Infinity)).toMatchObject({ shown: 2, total: 4 });
    expect(selectDetail(findings, 10, 1).shown).toBe(0);
  });
});

describe("names", () => {
  test("a user's sheet keeps its name; ours moves aside", () => {
    expect(freeSheetName("Voortgang", new Set())).toBe("Voortgang");
    expect(freeSheetName("Voortgang", new Set(["voortgang"]))).toBe("Voortgang (WSP)");
    expect(freeSheetName("Voortgang", new Set(["voortgang", "voortgang (wsp)"]))).toBe("Voortgang (WSP 2)");
    expect(tempSheetNames(2, new Set(["wsp tmp 1"]))).toEqual(["WSP tmp 2", "WSP tmp 3"]);
    expect(freeTableName("WSP_Historie", new Set(["wsp_historie"]))).toBe("WSP_Historie_2");
  });

  test("the registry survives anything in the settings", () => {
    expect(parseRegistry(undefined)).toEqual({ version: 1, sheets: [] });
    expect(parseRegistry("{not json")).toEqual({ version: 1, sheets: [] });
    expect(
      parseRegistry({ sheets: [{ id: 1 }, { id: "x", role: "kwijt" }, { id: "a", role: "voortgang" }] }),
    ).toEqual({
      version: 1,
      sheets: [{ id: "a", role: "voortgang", name: "" }],
    });
    const registry = {
      version: 1,
      peildatum: "2015-09-30",
      sheets: [{ id: "a", role: "historie" as const, name: "H" }],
    };
    expect(parseRegistry(JSON.parse(JSON.stringify(registryValue(registry))))).toEqual(registry);
  });
});

describe("history", () => {
  test("rows written and read back are the same maandstand", () => {
    const rows = maandstandRows(report, new Date(2015, 9, 2, 14, 35));
    expect(rows.map((r) => r.sector)).toEqual([...report.figures.perSector.map((p) => p.naam), "Totaal"]);
    expect(rows[rows.length - 1].fouten).toBe(
      allFindings(report).filter((f) => f.severity === "fout").length,
    );
    for (const date1904 of [false, true]) {
      const values = rows.map((r) => historyValues(r, date1904).map((v) => v ?? ""));
      const back = parseHistory(
        HISTORY_COLUMNS.map((c) => c.header),
        values,
        date1904,
      );
      expect(back).toEqual(rows);
    }
  });

  test("the comparison is with the latest earlier peildatum, its last recording", () => {
    const row = (peildatum: string, vastgelegdOp: string, realisatie: number) => ({
      ...maandstandRows(report, new Date())[0],
      peildatum,
      vastgelegdOp,
      realisatie,
    });
    const history = [
      row("2015-07-31", "2015-08-01T09:00", 1),
      row("2015-08-31", "2015-09-01T09:00", 2),
      row("2015-08-31", "2015-09-03T09:00", 3),
      row("2015-09-30", "2015-10-01T09:00", 4),
    ];
    expect(previousMaandstand(history, "2015-09-30")).toMatchObject({
      peildatum: "2015-08-31",
      vastgelegdOp: "2015-09-03T09:00",
      rows: [{ realisatie: 3 }],
    });
    expect(previousMaandstand(history, "2015-07-31")).toBeUndefined();
  });

  test("the comparison is only with a maandstand of the same year: realisatie starts again on 1 January", () => {
    const row = (peildatum: string, realisatie: number) => ({
      ...maandstandRows(report, new Date())[0],
      peildatum,
      vastgelegdOp: `${peildatum}T12:00`,
      realisatie,
    });
    const history = [row("2015-11-30", 1), row("2015-12-31", 2), row("2016-01-31", 3), row("2016-03-31", 4)];
    // January: December of the previous year is not comparable; no earlier maandstand in 2016.
    expect(previousMaandstand(history, "2016-01-31")).toBeUndefined();
    expect(previousMaandstand(history.slice(0, 2), "2016-01-31")).toBeUndefined();
    expect(earlierYearsOnly(history, "2016-01-31")).toBe(true);
    // February compares with January of the same year, not with the later March or with 2015.
    expect(previousMaandstand(history, "2016-02-29")).toMatchObject({
      peildatum: "2016-01-31",
      rows: [{ realisatie: 3 }],
    });
    expect(earlierYearsOnly(history, "2016-02-29")).toBe(false);
    // Nothing earlier at all (only later maandstanden): nothing to say.
    expect(earlierYearsOnly(history, "2015-10-31")).toBe(false);
    expect(earlierYearsOnly([], "2016-01-31")).toBe(false);
  });

  test("Voortgang leaves the comparison out and says why when the earlier maandstanden are of another year", () => {
    const dec = maandstandRows(report, new Date(2015, 0, 5)).map((r) => ({ ...r, peildatum: "2014-12-31" }));
    const plan = buildReportPlan(report, {
      previous: previousMaandstand(dec, "2015-09-30"),
      earlierYearsOnly: earlierYearsOnly(dec, "2015-09-30"),
    });
    const voortgang = plan.sheets.find((s) => s.role === "voortgang")!;
    const texts = JSON.stringify(voortgang);
    expect(texts).toContain(
      "Geen eerdere maandstand in 2015 om mee te vergelijken; de realisatie telt vanaf 01-01-2015.",
    );
    expect(texts).not.toContain("Vergeleken met de maandstand");
    expect(texts).not.toContain("Verschil sinds");
  });

  test("the date system is told from the text Excel shows for a date cell", () => {
    // 42248 is 1 September 2015 in the 1900 system, 2 September 2019 in the 1904 system.
    expect(guessDate1904([{ value: 42248, text: "1-9-2015" }])).toBe(false);
    expect(guessDate1904([{ value: 42248, text: "09-02-19" }])).toBe(true);
    expect(guessDate1904([{ value: 42248, text: "sep 2015" }])).toBeUndefined();
    expect(guessDate1904([])).toBeUndefined();
  });
});
