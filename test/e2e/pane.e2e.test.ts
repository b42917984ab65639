/**
 * End to end in real headless Chromium: the preview (built with webpack in production mode, served
 * from 127.0.0.1) goes through the monthly flow like a user, with the keyboard where reasonable:
 * sources recognised, checks run, a finding selected in the workbook, the report made, a maandstand
 * recorded. After each step: a screenshot in test-output/e2e/, axe-core without violations, and what
 * the simulated workbook now holds. No request may leave localhost. The first render is printed
 * (budgets are printed, never asserted).
 *
 * Needs Debian's Chromium at /usr/bin/chromium (.ci/run installs it); without it this test fails.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { allFindings, analyse } from "../../src/domain/analyse";
import { dutchDate, parseIsoDate } from "../../src/domain/dates";
import { demoPeildatum, generateDemoWorkbook } from "../../src/demo/generate";
import { readWorkbook, simulatedHost, workbookFromDemo } from "../../src/excel";
import { createSimulatedExcel } from "../../src/simulated-excel";
import {
  axe,
  type AxeViolation,
  type Browser,
  build,
  FIRST_RENDER_BUDGET_MS,
  FIRST_RENDER_MARK,
  foreignRequests,
  launch,
  markTime,
  ROOT,
  serve,
  type Served,
  SOURCES_READY_MARK,
} from "./harness";
import { REPORT_SHEETS, SOURCE_TYPES } from "../support/report-sheets";
import { onScreen, onScreenPattern } from "../support/on-screen";

jest.setTimeout(300_000);

const SHOTS = path.join(ROOT, "test-output/e2e");

/** What the engine says about the demo workbook, computed here in Node for comparison. */
async function engineOnDemo() {
  const sim = createSimulatedExcel(workbookFromDemo(generateDemoWorkbook()));
  const read = await readWorkbook(simulatedHost(sim));
  const report = analyse(read.inputs, { peildatum: parseIsoDate(demoPeildatum()) });
  const findings = allFindings(report);
  const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
  return { findings: findings.length, P05: count("P05"), report };
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join("\n")}`,
    )
    .join("\n");
}

describe("the pane in headless Chromium (preview)", () => {
  let outDir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  let engine: Awaited<ReturnType<typeof engineOnDemo>>;
  const timings: Record<string, number> = {};
  const consoleErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const expectAccessible = async (step: string) => {
    const violations = await axe(page);
    if (violations.length > 0) throw new Error(`axe-core on ${step}:\n${describeViolations(violations)}`);
  };
  /** Evaluates in the page against the simulated workbook. */
  const workbook = <T>(fn: (wb: import("../../src/simulated-excel").SimulatedWorkbook) => T): Promise<T> =>
    page.evaluate(`(${fn.toString()})(window.__wspPreview.sim.workbook)`) as Promise<T>;

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), "wsp-preview-"));
    [engine] = await Promise.all([engineOnDemo(), build(outDir, { preview: true })]);
    served = await serve(outDir);
    browser = await launch({ width: 400, height: 800 });
    page = browser.page;
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
    const lines = Object.entries(timings).map(([k, v]) => `${k}: ${Math.round(v)} ms`);
    console.log(
      `Pane in headless Chromium (preview, production build, 400×800):\n  ${lines.join("\n  ")}\n` +
        `  first render budget: ${FIRST_RENDER_BUDGET_MS} ms (${(timings["first render"] ?? Infinity) <= FIRST_RENDER_BUDGET_MS ? "within" : "OVER"})`,
    );
  });

  test("1. Bronnen: the nine sources are recognised", async () => {
    await page.goto(served.url);
    timings["first render"] = await markTime(page, FIRST_RENDER_MARK);
    timings["sources shown"] = await markTime(page, SOURCES_READY_MARK);
    await page.getByTestId("sources-summary").waitFor();
    await expect(page.getByTestId("sources-summary").textContent()).resolves.toBe(
      "9 van 9 bronnen gevonden in 9 bladen.",
    );
    await expect(page.getByTestId("preview-banner").textContent()).resolves.toContain(
      "Voorbeeldmodus: gesimuleerde Excel met demogegevens",
    );
    const shown = await page.getByRole("combobox").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    for (const type of SOURCE_TYPES) expect(shown).toContain(`Automatisch (${type})`);
    await expect(page.locator("li[data-sheet] >> text=gebruikt").count()).resolves.toBe(9);
    await shot("01-bronnen");
    await expectAccessible("Bronnen");
  });

  test("1b. Bronnen: a source chosen by hand, and the column-mapping dialog", async () => {
    const card = page.locator('li[data-sheet="Kandidaten"]');
    await card.getByRole("combobox").click();
    await page.getByRole("option", { name: "Toolbox" }).click();
    await card.getByText("kolom ontbreekt", { exact: true }).first().waitFor();
    await card.getByRole("button", { name: "Kolommen koppelen voor blad Kandidaten" }).click();
    const dialog = page.getByRole("dialog", { name: "Kolommen koppelen: Kandidaten" });
    await dialog.waitFor();
    await expect(dialog.getByRole("combobox", { name: /^Instrument/ }).count()).resolves.toBe(1);
    await shot("01b-kolommen-koppelen");
    await expectAccessible("Kolommen koppelen (dialog)");
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await dialog.waitFor({ state: "detached" });
    await card.getByRole("combobox").click();
    await page.getByRole("option", { name: /^Automatisch/ }).click();
    await card.getByText("gebruikt", { exact: true }).waitFor();
    await expect(workbook((wb) => wb.settings.get("wspMonitor.settings"))).resolves.toContain('"sheets":{}');
  });

  test("2. Controle: the checks run, P05 counts what the engine counts", async () => {
    // Keyboard: from the selected tab, arrow to Controle and activate it.
    await page.getByRole("tab", { name: "Bronnen" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("tab", { name: "Controle" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    const run = page.getByRole("button", { name: "Controles uitvoeren" });
    await run.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("checks-summary").waitFor({ timeout: 60_000 });
    await expect(page.getByTestId("checks-summary").textContent()).resolves.toMatch(
      new RegExp(`^${engine.findings.toLocaleString("nl-NL")} bevindingen`),
    );
    await expect(page.getByTestId("count-P05").textContent()).resolves.toBe(String(engine.P05));
    const header = page.locator('[data-rule="P05"] button').first();
    await header.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Bevindingen van P05" }).waitFor();
    await shot("02-controle");
    await expectAccessible("Controle");
  });

  test("3. A finding: Excel selects its cell", async () => {
    const finding = page.getByRole("list", { name: "Bevindingen van P05" }).getByRole("button").first();
    const cell = (await finding.getAttribute("data-cell")) ?? "";
    const sheet = (await finding.getAttribute("data-sheet")) ?? "";
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await expect(finding.evaluate((b) => b.textContent)).resolves.toMatch(
      new RegExp(`^Ga naar ${sheet} · ${cell} · `),
    );
    await finding.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("live-region").textContent()).resolves.toBe(
      `${cell} geselecteerd op blad ${sheet}.`,
    );
    const selection = await workbook((wb) => ({
      sheet: wb.activeWorksheet.name,
      selected: wb.selection?.sheetId === wb.activeWorksheet.id ? wb.selection.rect : null,
    }));
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
    const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(selection).toEqual({
      sheet,
      selected: { r0: Number(row) - 1, c0: column, r1: Number(row) - 1, c1: column },
    });
    await shot("03-bevinding");
  });

  test("4. Rapport: the report sheets and their tables are in the workbook", async () => {
    await page.getByRole("tab", { name: "Rapport" }).click();
    await expect(page.getByRole("radio", { name: "Vaste datum" }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel("Vaste peildatum").inputValue()).resolves.toBe(
      dutchDate(parseIsoDate(demoPeildatum())),
    );
    const make = page.getByRole("button", { name: "Maak rapportage" });
    await make.focus();
    await page.keyboard.press("Enter");
    await page
      .getByRole("main")
      .getByText(onScreen("Rapportage gemaakt voor peildatum 30-09-2015: 6 bladen."))
      .waitFor({ timeout: 120_000 });
    const held = await workbook((wb) => ({
      sheets: wb.worksheets.map((w) => w.name),
      tables: wb.tables.map((t) => ({
        name: t.name,
        sheet: t.worksheet.name,
        rows: t.rect.r1 - t.rect.r0 + 1 - (t.showHeaders ? 1 : 0) - (t.showTotals ? 1 : 0),
      })),
      active: wb.activeWorksheet.name,
    }));
    for (const name of REPORT_SHEETS) expect(held.sheets).toContain(name);
    const table = (name: string) => held.tables.find((t) => t.name === name);
    expect(table("WSP_Voortgang_Sector")).toMatchObject({ sheet: "Voortgang" });
    expect(table("WSP_Voortgang_Sector")?.rows).toBe(engine.report.figures.perSector.length);
    expect(table("WSP_Bevindingen")).toMatchObject({ sheet: "Bevindingen", rows: engine.findings });
    expect(table("WSP_Dekkingsgraad")).toMatchObject({ sheet: "Dekkingsgraad" });
    expect(held.active).toBe("Voortgang");
    // A link goes to its sheet.
    await page.getByRole("button", { name: "Ga naar blad Bevindingen" }).click();
    await expect(workbook((wb) => wb.activeWorksheet.name)).resolves.toBe("Bevindingen");
    await shot("04-rapport");
    await expectAccessible("Rapport");
  });

  test("5. Maandstand vastleggen appends to Historie", async () => {
    await page.getByRole("button", { name: "Maandstand vastleggen" }).click();
    await page
      .getByRole("main")
      .getByText(
        onScreenPattern(
          /^Maandstand van 30-09-2015 vastgelegd: \d+ regels toegevoegd aan het nieuwe blad Historie\.$/,
        ),
      )
      .waitFor();
    const historie = await workbook((wb) => {
      const t = wb.tables.find((x) => x.name === "WSP_Historie");
      return t ? { sheet: t.worksheet.name, rows: t.rect.r1 - t.rect.r0 } : null;
    });
    expect(historie).toEqual({ sheet: "Historie", rows: engine.report.figures.perSector.length + 1 });
    // Again: the pane asks first, because this peildatum is already recorded.
    await page.getByRole("button", { name: "Maandstand vastleggen" }).click();
    await page.getByRole("dialog", { name: "Deze peildatum is al vastgelegd" }).waitFor();
    await shot("05-maandstand-opnieuw");
    await expectAccessible("Maandstand (dialog)");
    await page.getByRole("button", { name: "Annuleren" }).click();
    await shot("05-maandstand");
  });

  test("6. Instellingen", async () => {
    await page.getByRole("tab", { name: "Instellingen" }).click();
    await page.getByRole("heading", { name: "Instellingen voor het team" }).waitFor();
    await shot("06-instellingen");
    await expectAccessible("Instellingen");
  });

  test("7. English and dark: accessible too", async () => {
    await page.goto(`${served.url}?lang=en&theme=dark`);
    await page.getByTestId("sources-summary").waitFor();
    await expect(page.getByTestId("sources-summary").textContent()).resolves.toBe(
      "9 of 9 sources found in 9 sheets.",
    );
    await shot("07-english-dark");
    await expectAccessible("Sources (English, dark)");
  });

  test("no request left localhost, and the page logged no errors", () => {
    expect(browser.requests.length).toBeGreaterThan(5);
    expect(foreignRequests(browser.requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
