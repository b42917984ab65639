/**
 * The Excel layer on the shared sample workbook, in the simulated Excel: the report's tables hold the
 * engine's figures, sources stay untouched, reruns are idempotent, failures leave the previous
 * report, a user's own sheet is respected, and the result is saved for a visual check.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { allFindings, type Report } from "../../src/domain/analyse";
import { toSummary } from "../../src/domain/summary";
import {
  buildReportPlan,
  PREFERRED_NAMES,
  parseRegistry,
  REGISTRY_KEY,
  ReportWriteError,
  selectFindingCell,
  writeReport,
} from "../../src/excel";
import JSZip from "jszip";
import { saveXlsx, type SimulatedWorkbook } from "../../src/simulated-excel";
import { saveXlsxFile } from "../../src/simulated-excel/node";
import { SUMMARY_PARTS } from "../../src/excel/sheets/bevindingen";
import { faultyHost, makeReport, readAndAnalyse, sampleWorkbook, session } from "../support/excel-sample";
import { cloneWorkbook } from "../support/workbook-model";
import { SAMPLES } from "../support/paths";
import { differingSheets, sheetSnapshot, tableValues, workbookSnapshots } from "../support/workbook-model";
import { REPORT_SHEETS } from "../support/report-sheets";

jest.setTimeout(120_000);

const expected = require(join(SAMPLES, "expected.json"));
const SOURCES = [
  "Ambitie 2015",
  "Sectorindeling",
  "Bedrijven",
  "Regionale toolbox",
  "WBS plaatsingen",
  "WBS vacatures",
  "WBS werkgevers",
  "WBS contacten",
  "Kandidaten",
];

const sourceSnapshots = (wb: SimulatedWorkbook) => workbookSnapshots(wb, (ws) => SOURCES.includes(ws.name));
const reportSnapshots = (wb: SimulatedWorkbook) =>
  workbookSnapshots(wb, (ws) => !SOURCES.includes(ws.name), { ids: false });
const registryOf = (wb: SimulatedWorkbook) => parseRegistry(wb.settings.get(REGISTRY_KEY));
const dash = (n: number | null) => (n === null ? "–" : n);

/** The summary per rule over its parts (one table per group of rules), with the sum of their totals. */
function summaryValues(wb: SimulatedWorkbook) {
  const parts = SUMMARY_PARTS.map((part) => tableValues(wb, `WSP_Bevindingen_Regels${part.suffix}`));
  const totals = parts[0].totals!.map((v, c) =>
    typeof v === "number" ? parts.reduce((n, p) => n + (p.totals![c] as number), 0) : v,
  );
  return { body: parts.flatMap((p) => p.body), totals, parts };
}

describe("report on the sample workbook", () => {
  let wb: SimulatedWorkbook;
  let report: Report;
  let before: ReturnType<typeof sourceSnapshots>;
  let syncs: number;
  let maxRequest: number;
  let result: Awaited<ReturnType<typeof makeReport>>["result"];
  let readSyncs: number;

  beforeAll(async () => {
    wb = await sampleWorkbook();
    before = sourceSnapshots(wb);
    const s = session(wb);
    const made = await makeReport(s);
    report = made.report;
    result = made.result;
    readSyncs = made.read.syncs;
    syncs = s.sim.stats.syncs;
    maxRequest = s.sim.stats.maxRequestBytes;
  });

  test("the planned page breaks are in the sheets, and in the saved file as Excel's row breaks", async () => {
    const planned = buildReportPlan(report).sheets.find((p) => p.role === "voortgang")!.pageBreaks;
    expect(planned.length).toBeGreaterThan(1);
    const voortgang = wb.findWorksheet("Voortgang")!;
    expect(voortgang.pageLayout.rowBreaks).toEqual(planned);
    const zip = await JSZip.loadAsync(await saveXlsx(wb));
    const xml = await zip
      .file(`xl/worksheets/sheet${wb.worksheets.indexOf(voortgang) + 1}.xml`)!
      .async("string");
    // A break before zero-based row r sits on the row above it: 1-based r.
    const saved = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(saved).toEqual(planned);
    expect(xml.indexOf("<rowBreaks")).toBeLessThan(xml.indexOf("<drawing"));
  });

  test("reads the sources from the workbook as the CLI reads the file", () => {
    const summary = toSummary(report);
    expect(summary.bevindingen).toEqual(expected.bevindingen);
    expect(summary.reconciliatie).toEqual(expected.reconciliatie);
    expect(readSyncs).toBeGreaterThanOrEqual(3);
  });

  test("writes the six report sheets in few syncs, none above 4 MB", () => {
    expect(result.sheets.map((s) => s.name)).toEqual(REPORT_SHEETS);
    expect(result.omitted).toEqual([]);
    expect(result.syncs).toBe(syncs);
    expect(syncs).toBeLessThanOrEqual(8);
    expect(maxRequest).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SOURCES, ...REPORT_SHEETS]);
    expect(wb.activeWorksheet.name).toBe("Voortgang");
    const registry = registryOf(wb);
    expect(registry.peildatum).toBe("2015-09-30");
    expect(registry.sheets.map((s) => [s.role, s.name])).toEqual(
      REPORT_SHEETS.map((name, i) => [Object.keys(PREFERRED_NAMES)[i], name]),
    );
    expect(registry.sheets.map((s) => s.id)).toEqual(REPORT_SHEETS.map((name) => wb.findWorksheet(name)!.id));
    expect(registry.pending).toBeUndefined();
  });

  test("the sector and partner tables hold the engine's progress figures", () => {
    const f = report.figures;
    const row = (p: (typeof f.perSector)[number]) => [
      p.naam,
      p.realisatie,
      p.proRata,
      p.ambitie,
      dash(p.pctAmbitie),
      dash(p.ratio),
      p.status,
      Math.round(p.prognose),
    ];
    const sector = tableValues(wb, "WSP_Voortgang_Sector");
    expect(sector.sheet).toBe("Voortgang");
    expect(sector.header).toEqual([
      "Sector",
      "Realisatie",
      "Pro rata",
      "Ambitie",
      "% ambitie",
      "% van pro rata",
      "Status",
      "Prognose",
    ]);
    expect(sector.body).toEqual(f.perSector.map(row));
    expect(sector.totals).toEqual(row(f.totaal));
    const partner = tableValues(wb, "WSP_Voortgang_Partner");
    expect(partner.body).toEqual(f.perOrganisatie.map(row));
    expect(partner.totals).toEqual(row(f.totaal));
  });

  test("the sector × partner tables equal figures.voortgang", () => {
    const f = report.figures;
    const realisatie = tableValues(wb, "WSP_Voortgang_Realisatie");
    const ambitie = tableValues(wb, "WSP_Voortgang_Ambitie");
    expect(realisatie.header).toEqual(["Sector", ...f.organisaties, "Totaal"]);
    expect(realisatie.body.map((r) => r[0])).toEqual(f.sectoren);
    for (const cell of f.voortgang) {
      const r = f.sectoren.indexOf(cell.sector);
      const c = f.organisaties.indexOf(cell.organisatie) + 1;
      expect(realisatie.body[r][c]).toBe(cell.realisatie);
      expect(ambitie.body[r][c]).toBe(cell.heeftAmbitie ? cell.ambitie : "–");
    }
    // Every pair of the summary is in the tables (Onbekend included), and nothing else is counted.
    const summed = realisatie.body.reduce((n, row) => n + (row[row.length - 1] as number), 0);
    expect(summed).toBe(f.totaal.realisatie);
    expect(realisatie.totals![realisatie.totals!.length - 1]).toBe(f.totaal.realisatie);
    expect(ambitie.totals![ambitie.totals!.length - 1]).toBe(f.totaal.ambitie);
    const expectedPairs = Object.entries(expected.voortgang as Record<string, number>);
    for (const [key, value] of expectedPairs) {
      const [s, p] = key.split("|");
      expect(realisatie.body[f.sectoren.indexOf(s)][f.organisaties.indexOf(p) + 1]).toBe(value);
    }
  });

  test("dekkingsgraad, banen, toolbox, doelgroep and breakdown tables hold the figures", () => {
    const f = report.figures;
    const dekking = tableValues(wb, "WSP_Dekkingsgraad");
    expect(dekking.body).toEqual(
      f.dekkingsgraad!.map((d) => [
        d.sector,
        d.bedrijven,
        d.inContact,
        d.dekkingsgraad,
        d.doel ?? null,
        d.verschil ?? null,
      ]),
    );
    const banen = tableValues(wb, "WSP_Banen_Sector");
    for (const cell of f.banen!) {
      const value = banen.body[f.sectoren.indexOf(cell.sector)][f.organisaties.indexOf(cell.organisatie) + 1];
      expect(value).toBeCloseTo(cell.banen, 9);
    }
    const totaal = tableValues(wb, "WSP_Banen_Totaal");
    expect(totaal.body.map((r) => r.slice(0, 3))).toEqual([
      ["Markt", f.banenTotaal!.markt, 710],
      ["Overheid", f.banenTotaal!.overheid, 690],
    ]);
    const instrumenten = tableValues(wb, "WSP_Toolbox_Instrumenten");
    for (const cell of f.instrumenten!) {
      const r = instrumenten.body.findIndex((row) => row[0] === cell.instrument);
      expect(instrumenten.body[r][instrumenten.header.indexOf(cell.organisatie)]).toBe(cell.plaatsingen);
    }
    const doelgroep = tableValues(wb, "WSP_Doelgroep_Partner");
    expect(doelgroep.body).toEqual(
      f.doelgroep!.map((d) => [
        d.organisatie,
        d.kandidaten,
        d.arbeidsbeperkt,
        d.doelgroepregister,
        d.regulier,
      ]),
    );
    expect(tableValues(wb, "WSP_Uitsplitsing_Doelgroep").body.map((r) => r.slice(0, 3))).toEqual(
      f.perDoelgroep.map((d) => [d.label, d.plaatsingen, d.banen]),
    );
    expect(tableValues(wb, "WSP_Uitsplitsing_Werkgevers").body).toEqual(
      f.topWerkgevers.map((w) => [w.naam, w.werkgevernummer, w.plaatsingen, w.banen]),
    );
    expect(tableValues(wb, "WSP_Uitsplitsing_Maand").body).toEqual(
      f.perMaand.map((m) => [m.label, m.plaatsingen, m.cumulatief, m.proRata]),
    );
  });

  test("Bevindingen: the summary counts every rule, the detail has one row per finding", () => {
    const regels = summaryValues(wb);
    expect(regels.body.map((row) => row[0])).toEqual([
      ...report.rules.map((r) => r.rule.id),
      ...(report.readFindings.length > 0 ? ["L01"] : []),
    ]);
    for (const r of report.rules) {
      const row = regels.body.find((x) => x[0] === r.rule.id)!;
      expect(row[4]).toBe(r.checkable ? r.findings.length : "–");
      expect(row[8]).toBe(r.checkable ? r.rule.agreement : `niet toetsbaar: ${r.reason}`);
    }
    const findings = allFindings(report);
    const detail = tableValues(wb, "WSP_Bevindingen");
    expect(detail.body).toHaveLength(findings.length);
    expect(detail.body.map((r) => [r[0], r[1], r[4], r[7]])).toEqual(
      findings.map((f) => [f.rule, f.severity, f.row, f.record]),
    );
    expect(result.cappedFindings).toBeUndefined();
  });

  test("text stays text, numbers are numbers with Dutch-ready formats", () => {
    const detail = tableValues(wb, "WSP_Bevindingen");
    const ws = detail.table.worksheet;
    const r = detail.table.rect.r0 + 1;
    const c = detail.table.rect.c0;
    // Waarde and Record are text cells, even when they look like numbers.
    for (const i of [3, 5, 6, 7, 8]) expect(ws.effectiveStyle(r, c + i).numberFormat).toBe("@");
    for (const row of detail.body) {
      expect(row[6] === null || typeof row[6] === "string").toBe(true);
      expect(typeof row[7]).toBe("string");
      expect(typeof row[4]).toBe("number");
    }
    // KvK numbers, postcodes with digits, record ids: they look like numbers but stay text.
    expect(detail.body.some((row) => typeof row[6] === "string" && /^\d+$/.test(row[6]))).toBe(true);
    const sector = tableValues(wb, "WSP_Voortgang_Sector").table;
    const style = (col: number) => sector.worksheet.effectiveStyle(sector.rect.r0 + 1, sector.rect.c0 + col);
    expect(style(1).numberFormat).toBe("#,##0");
    expect(style(2).numberFormat).toBe("#,##0.0");
    expect(style(4).numberFormat).toBe("0.0%");
    expect(style(1).horizontalAlignment).toBe("Right");
  });

  test("tables, traffic lights, charts and print settings are native and Dutch", () => {
    const voortgang = wb.findWorksheet("Voortgang")!;
    expect(voortgang.tables.map((t) => t.name)).toEqual([
      "WSP_Voortgang_Sector",
      "WSP_Voortgang_Partner",
      "WSP_Voortgang_Maand",
      "WSP_Voortgang_Realisatie",
      "WSP_Voortgang_Ambitie",
      "WSP_Voortgang_Percentage",
      "WSP_Voortgang_Bronnen",
    ]);
    const lights = voortgang.conditionalFormats.filter((cf) => cf.type === "Custom");
    expect(lights.map((cf) => [cf.rule.formula, cf.format.fill])).toEqual(
      expect.arrayContaining([
        ['=G8="op koers"', "#C6EFCE"],
        ['=G8="aandacht"', "#FFEB9C"],
        ['=G8="achter"', "#FFC7CE"],
      ]),
    );
    expect(voortgang.charts.map((c) => [c.chartType, c.title.text, c.series.map((s) => s.name)])).toEqual([
      ["BarClustered", "Realisatie, pro rata en ambitie per sector", ["Realisatie", "Pro rata", "Ambitie"]],
      [
        "ColumnClustered",
        "Realisatie, pro rata en ambitie per partner",
        ["Realisatie", "Pro rata", "Ambitie"],
      ],
      ["Line", "Cumulatieve realisatie tegen de pro-ratalijn", ["Cumulatief", "Pro rata"]],
    ]);
    const dekking = wb.findWorksheet("Dekkingsgraad")!;
    expect(dekking.charts[0].series.map((s) => s.name)).toEqual(["Dekkingsgraad", "Doel"]);
    expect(dekking.charts[0].series[0].xValuesRef?.sheet).toBe(dekking);
    for (const name of REPORT_SHEETS) {
      const ws = wb.findWorksheet(name)!;
      expect(ws.pageLayout.orientation).toBe("Landscape");
      expect(ws.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(ws.pageLayout.headersFooters.centerHeader).toMatch(
        /^WSP Haaglanden — .+ — peildatum 30-09-2015$/,
      );
      expect(ws.freeze?.rows).toBeGreaterThan(0);
      expect(ws.showGridlines).toBe(false);
      // Charts sit in rows of their own: no chart covers a table.
      for (const chart of ws.charts) {
        for (const table of ws.tables) {
          const top = ws.rowTop(table.rect.r0);
          const bottom = ws.rowTop(table.rect.r1 + 1);
          expect(chart.top >= bottom || chart.top + chart.height <= top).toBe(true);
        }
      }
    }
    expect(wb.findWorksheet("Bevindingen")!.pageLayout.printTitleRows).toEqual([
      tableValues(wb, "WSP_Bevindingen").table.rect.r0,
      tableValues(wb, "WSP_Bevindingen").table.rect.r0,
    ]);
  });

  test("hyperlinks point at the source cell of each finding", () => {
    const findings = allFindings(report);
    const detail = tableValues(wb, "WSP_Bevindingen");
    let checked = 0;
    detail.body.forEach((row, i) => {
      const finding = findings[i];
      const formula = row[9] as string;
      const m = /^=HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+)?(\d+)(?::\d+)?","([^"]+)"\)$/.exec(formula);
      expect(m).not.toBeNull();
      const [, quoted, letters, rowNumber, label] = m!;
      expect(quoted.replace(/''/g, "'")).toBe(finding.sheet);
      expect(Number(rowNumber)).toBe(finding.row);
      expect(letters ?? "").toBe(finding.columnLetter);
      expect(label).toBe(
        finding.columnLetter ? `${finding.columnLetter}${finding.row}` : `rij ${finding.row}`,
      );
      if (!finding.columnLetter) return;
      const ws = wb.findWorksheet(finding.sheet)!;
      let col = 0;
      for (const ch of finding.columnLetter) col = col * 26 + ch.charCodeAt(0) - 64;
      const value = ws.getCell(finding.row - 1, col - 1)?.value ?? "";
      const shown =
        typeof value === "number" && /^\d{2}-\d{2}-\d{4}/.test(finding.value)
          ? new Date(Math.round((value - 25569) * 86400000))
              .toISOString()
              .slice(0, 10)
              .split("-")
              .reverse()
              .join("-")
          : String(value);
      expect(finding.value.startsWith(shown) || shown === finding.value).toBe(true);
      checked++;
    });
    expect(checked).toBeGreaterThan(500);
  });

  test("source sheets are identical before and after (values and formats)", () => {
    expect(before.size).toBe(SOURCES.length);
    expect(differingSheets(sourceSnapshots(wb), before)).toEqual([]);
  });
});

/** The syncs the same write takes, counted on a copy of the workbook (the last one is the swap). */
async function syncsOfWrite(
  wb: SimulatedWorkbook,
  report: Report,
  options: Parameters<typeof writeReport>[2],
): Promise<number> {
  return (await writeReport(session(cloneWorkbook(wb)).host, report, options)).syncs;
}

describe("rerun, failures and names", () => {
  test("a rerun gives the same workbook", async () => {
    const wb = await sampleWorkbook();
    const sources = sourceSnapshots(wb);
    const s = session(wb);
    await makeReport(s);
    const first = reportSnapshots(wb);
    const names = wb.worksheets.map((ws) => ws.name);
    const registry = registryOf(wb);
    await makeReport(s);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(names);
    expect(differingSheets(reportSnapshots(wb), first)).toEqual([]);
    expect(differingSheets(sourceSnapshots(wb), sources)).toEqual([]);
    expect(registryOf(wb).sheets.map((x) => x.name)).toEqual(registry.sheets.map((x) => x.name));
    expect(registryOf(wb).sheets.map((x) => x.id)).not.toEqual(registry.sheets.map((x) => x.id));
  });

  test.each([
    ["the connection drops before the 3rd sync", 3, "lost" as const],
    ["Excel fails at the end of the 2nd sync", 2, "excel" as const],
    ["the connection drops before the swap", -1, "lost" as const],
    ["Excel fails at the end of the last build sync", -2, "excel" as const],
  ])("a failure halfway (%s) leaves the previous report intact", async (_name, at, mode) => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    await makeReport(s);
    const { report, read } = await readAndAnalyse(s.host, "2015-08-31");
    // Small requests, so that the build takes several syncs and the failure comes halfway.
    const options = { date1904: read.date1904, maxRequestBytes: 250_000 };
    let failAt = at;
    if (at < 0) {
      // -1 is the swap (the last sync), -2 the one before.
      const total = await syncsOfWrite(wb, report, options);
      expect(total).toBeGreaterThanOrEqual(4);
      failAt = total + 1 + at;
    }
    const previous = workbookSnapshots(wb);
    const settings = new Map(wb.settings);
    const error = await writeReport(faultyHost(s.sim, failAt, mode), report, options).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportWriteError);
    // A lost connection is said; Excel's own (English) text is left to the details, found by its code.
    expect((error as Error).message).toMatch(
      mode === "lost"
        ? /^Het rapport kon niet worden geschreven: De verbinding met Excel is verbroken \(test\)\. Het vorige rapport is ongewijzigd\.$/
        : /^Het rapport kon niet worden geschreven\. Het vorige rapport is ongewijzigd\.$/,
    );
    if (mode === "excel")
      expect((error as { cause?: { code?: string } }).cause?.code).toEqual(expect.any(String));
    expect(differingSheets(workbookSnapshots(wb), previous)).toEqual([]);
    expect(wb.worksheets.some((ws) => /^WSP tmp/.test(ws.name))).toBe(false);
    expect(new Map(wb.settings)).toEqual(settings);
  });

  test("a swap that fails part-way keeps the new sheets registered: said, and the next run replaces them", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    await makeReport(s);
    const { report, read } = await readAndAnalyse(s.host, "2015-08-31");
    const options = { date1904: read.date1904 };
    const swap = await syncsOfWrite(wb, report, options);
    // Excel applies the swap's deletes and renames, then fails on a call at the end of its batch.
    const error = await writeReport(faultyHost(s.sim, swap, "excel"), report, options).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportWriteError);
    expect((error as Error).message).toMatch(
      /^Het rapport kon niet helemaal worden vervangen\. .+; maak de rapportage opnieuw, dan worden ze vervangen\.$/,
    );
    // Every report sheet in the workbook is registered, so none is read as a source next time.
    const registered = new Set(registryOf(wb).sheets.map((x) => x.id));
    const own = wb.worksheets.filter((ws) => !SOURCES.includes(ws.name));
    expect(own.length).toBeGreaterThan(0);
    for (const ws of own) expect(registered.has(ws.id)).toBe(true);
    const next = await readAndAnalyse(s.host);
    expect(next.report.problems).toEqual([]);
    await makeReport(s);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SOURCES, ...REPORT_SHEETS]);
  });

  test("a sheet the user deletes while the report is written does not cost the previous report", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    await makeReport(s);
    const { report, read } = await readAndAnalyse(s.host, "2015-08-31");
    const options = { date1904: read.date1904 };
    const swap = await syncsOfWrite(wb, report, options);
    // Just before the swap, the user deletes a source sheet that stands before the report.
    let count = 0;
    const host = {
      ...s.host,
      run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
        s.sim.run((ctx) => {
          const sync = ctx.sync.bind(ctx);
          (ctx as { sync: unknown }).sync = (value?: unknown) => {
            if (++count === swap)
              wb.worksheets.splice(
                wb.worksheets.findIndex((ws) => ws.name === "Kandidaten"),
                1,
              );
            return sync(value);
          };
          return batch(ctx);
        }),
    };
    await writeReport(host, report, options);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      ...SOURCES.filter((name) => name !== "Kandidaten"),
      ...REPORT_SHEETS,
    ]);
  });

  test("a failed first report leaves no sheets and no registry behind", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    const { report } = await readAndAnalyse(s.host);
    await expect(writeReport(faultyHost(s.sim, 2, "excel"), report)).rejects.toThrow(ReportWriteError);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(SOURCES);
    expect(wb.settings.has(REGISTRY_KEY)).toBe(false);
    // The next run works as if nothing happened.
    await makeReport(s);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SOURCES, ...REPORT_SHEETS]);
  });

  test("temporary sheets left by a crash are removed by the next run; a user's look-alike is not", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    await makeReport(s);
    // As if Excel closed while a run was building: a pending temporary sheet and its registry entry.
    const left = wb.addWorksheet("WSP tmp 1");
    left.ensureCell(0, 0).value = "half af";
    const mine = wb.addWorksheet("WSP tmp 9");
    mine.ensureCell(0, 0).value = "van de gebruiker";
    const registry = JSON.parse(wb.settings.get(REGISTRY_KEY)!);
    wb.settings.set(REGISTRY_KEY, JSON.stringify({ ...registry, pending: ["WSP tmp 1"] }));
    const { read } = await makeReport(s);
    expect(read.inputs.map((i) => i.name)).toEqual([...SOURCES, "WSP tmp 9"]);
    expect(wb.findWorksheet("WSP tmp 1")).toBeUndefined();
    expect(wb.findWorksheet("WSP tmp 9")?.getCell(0, 0)?.value).toBe("van de gebruiker");
    expect(registryOf(wb).pending).toBeUndefined();
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SOURCES, ...REPORT_SHEETS, "WSP tmp 9"]);
  });

  test("a user's own sheet called Voortgang is untouched; the report goes to Voortgang (WSP)", async () => {
    const wb = await sampleWorkbook();
    const own = wb.addWorksheet("Voortgang");
    own.ensureCell(0, 0).value = "Mijn eigen aantekeningen";
    own.ensureCell(1, 0).value = 42;
    const ownBefore = JSON.stringify(sheetSnapshot(own));
    const s = session(wb);
    const { result } = await makeReport(s);
    expect(result.sheets[0]).toEqual({ role: "voortgang", name: "Voortgang (WSP)" });
    expect(wb.findWorksheet("Voortgang (WSP)")!.tables[0].name).toBe("WSP_Voortgang_Sector");
    await makeReport(s);
    expect(JSON.stringify(sheetSnapshot(wb.findWorksheet("Voortgang")!))).toBe(ownBefore);
    expect(wb.worksheets.filter((ws) => ws.name.startsWith("Voortgang")).map((ws) => ws.name)).toEqual([
      "Voortgang",
      "Voortgang (WSP)",
    ]);
  });

  test("a renamed report sheet is still the add-in's: it is replaced, not read as a source", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    await makeReport(s);
    wb.findWorksheet("Bevindingen")!.name = "Bevindingen september";
    const { read, result } = await makeReport(s);
    expect(read.inputs.map((i) => i.name)).toEqual(SOURCES);
    expect(read.ownSheets.map((x) => x.name)).toContain("Bevindingen");
    expect(wb.findWorksheet("Bevindingen september")).toBeUndefined();
    expect(result.sheets.map((x) => x.name)).toEqual(REPORT_SHEETS);
  });

  test("selectFindingCell activates the source sheet and selects the cell", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    const { report } = await readAndAnalyse(s.host);
    const finding = allFindings(report).find((f) => f.columnLetter === "B")!;
    expect(await selectFindingCell(s.host, finding)).toBe(true);
    const ws = wb.findWorksheet(finding.sheet)!;
    expect(wb.activeSheetId).toBe(ws.id);
    expect(wb.selection).toEqual({
      sheetId: ws.id,
      rect: { r0: finding.row - 1, c0: 1, r1: finding.row - 1, c1: 1 },
    });
    expect(await selectFindingCell(s.host, { ...finding, file: "export.csv" })).toBe(false);
  });
});

describe("older Excel versions", () => {
  test("ExcelApi 1.7: the report is made without print settings, and says so", async () => {
    const s = session(await sampleWorkbook(), { supportedSets: { ExcelApi: "1.7" } });
    const { result } = await makeReport(s);
    expect(result.sheets).toHaveLength(6);
    expect(result.omitted).toEqual([
      "rasterlijnen verbergen (ExcelApi 1.8)",
      "getalnotatie van de grafiekassen (ExcelApi 1.8)",
      "afdrukinstellingen (liggend, één pagina breed, kop- en voettekst, herhaalde kopregels) (ExcelApi 1.9)",
    ]);
    const voortgang = s.sim.workbook.findWorksheet("Voortgang")!;
    expect(voortgang.pageLayout.orientation).toBe("Portrait");
    expect(voortgang.freeze?.rows).toBeGreaterThan(0);
    expect(voortgang.conditionalFormats.length).toBeGreaterThan(0);
    expect(s.sim.workbook.findWorksheet("Dekkingsgraad")!.charts).toHaveLength(1);
  });

  test("ExcelApi 1.4: still a report, with fixed traffic-light colours; the dekkingsgraad chart is left out", async () => {
    const s = session(await sampleWorkbook(), { supportedSets: { ExcelApi: "1.4" } });
    const { result, report } = await makeReport(s);
    expect(result.sheets).toHaveLength(6);
    expect(result.omitted).toEqual(
      expect.arrayContaining([
        "stoplichtkleuren als voorwaardelijke opmaak (vaste kleuren gebruikt; ExcelApi 1.6)",
        "vastgezette titelregels (ExcelApi 1.7)",
        "grafiek dekkingsgraad per sector (ExcelApi 1.7)",
      ]),
    );
    const wb = s.sim.workbook;
    const voortgang = wb.findWorksheet("Voortgang")!;
    expect(voortgang.conditionalFormats).toHaveLength(0);
    const sector = tableValues(wb, "WSP_Voortgang_Sector");
    const achter = sector.body.findIndex((row) => row[6] === "achter");
    expect(voortgang.effectiveStyle(sector.table.rect.r0 + 1 + achter, 6).fill).toBe("#FFC7CE");
    expect(wb.findWorksheet("Dekkingsgraad")!.charts).toHaveLength(0);
    expect(voortgang.charts).toHaveLength(3);
    expect(tableValues(wb, "WSP_Bevindingen").body).toHaveLength(allFindings(report).length);
  });

  test("below ExcelApi 1.4: a clear message, nothing written", async () => {
    const s = session(await sampleWorkbook(), { supportedSets: { ExcelApi: "1.3" } });
    await expect(readAndAnalyse(s.host)).rejects.toThrow(/te oud voor WSP Monitor: ExcelApi 1\.4/);
    expect(s.sim.stats.syncs).toBe(0);
  });
});

describe("limits", () => {
  test("with small requests the detail table is capped, the summary keeps the full counts", async () => {
    const s = session(await sampleWorkbook());
    const { result, report } = await makeReport(s, "2015-09-30", { maxRequestBytes: 60_000 });
    const findings = allFindings(report).length;
    expect(s.sim.stats.syncs).toBeLessThanOrEqual(8);
    expect(result.cappedFindings).toBeGreaterThan(0);
    const detail = tableValues(s.sim.workbook, "WSP_Bevindingen");
    expect(detail.body).toHaveLength(findings - result.cappedFindings!);
    // Errors first: every fout is shown before any info is.
    const shown = new Set(detail.body.map((r) => r[1]));
    if (shown.has("info"))
      expect(detail.body.filter((r) => r[1] === "fout").length).toBe(
        allFindings(report).filter((f) => f.severity === "fout").length,
      );
    const regels = summaryValues(s.sim.workbook);
    expect(regels.totals![4]).toBe(findings);
    const ws = s.sim.workbook.findWorksheet("Bevindingen")!;
    const texts = [...ws.cells.values()].map((c) => c.value).filter((v) => typeof v === "string") as string[];
    expect(
      texts.some((t) => t.startsWith(`Let op: ${result.cappedFindings!.toLocaleString("nl-NL")} van de`)),
    ).toBe(true);
  });
});

describe("the saved report", () => {
  test("saves as xlsx with a maandstand for a visual check", async () => {
    const wb = await sampleWorkbook();
    const s = session(wb);
    const { recordMaandstand } = await import("../../src/excel");
    const august = await readAndAnalyse(s.host, "2015-08-31");
    await recordMaandstand(s.host, august.report, { recordedAt: new Date(2015, 8, 2, 10, 15) });
    const { report } = await makeReport(s);
    await recordMaandstand(s.host, report, { recordedAt: new Date(2015, 9, 2, 9, 30) });
    const dir = join(__dirname, "..", "..", "test-output", "excel");
    mkdirSync(dir, { recursive: true });
    await saveXlsxFile(wb, join(dir, "WSP-rapportage-2015-09-30.xlsx"));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SOURCES, "Historie", ...REPORT_SHEETS]);
  });
});
