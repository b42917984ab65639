/**
 * The ribbon's "Rapport verversen" (src/commands): registered with Office.actions.associate, makes the
 * report with the workbook's settings without the pane; on failure stores the message for the pane and
 * opens the pane where Office can (shared runtime).
 */
import { demoPeildatum, generateDemoWorkbook } from "../../src/demo/generate";
import {
  defaultSettings,
  LAST_ERROR_KEY,
  parseLastError,
  REGISTRY_KEY,
  SETTINGS_KEY,
  settingsValue,
  workbookFromDemo,
} from "../../src/excel";
import { createSimulatedExcel, installExcelGlobals, type SimulatedExcel } from "../../src/simulated-excel";

jest.setTimeout(60_000);

type Commands = typeof import("../../src/commands/commands");

function setup(options: { sharedRuntime: boolean; ignorePlaatsingen?: boolean }) {
  const wb = workbookFromDemo(
    generateDemoWorkbook({ placements: 300, vacancies: 300, employers: 200, contacts: 400, candidates: 200 }),
  );
  wb.settings.set(
    SETTINGS_KEY,
    JSON.stringify(
      settingsValue({
        ...defaultSettings(),
        peildatum: { mode: "vast", datum: demoPeildatum() },
        sheets: options.ignorePlaatsingen ? { "WBS plaatsingen": { sourceType: "geen" } } : {},
      }),
    ),
  );
  const sim: SimulatedExcel = createSimulatedExcel(wb);
  const globals = installExcelGlobals(sim);
  const associate = jest.fn();
  const showAsTaskpane = jest.fn(() => Promise.resolve());
  const office = globals.Office as Record<string, unknown> & { context: Record<string, unknown> };
  office.actions = { associate };
  office.addin = { showAsTaskpane };
  office.context.requirements = {
    isSetSupported: (name: string, version?: string) =>
      name === "SharedRuntime" ? options.sharedRuntime : sim.requirements.isSetSupported(name, version),
  };
  let commands: Commands | undefined;
  jest.isolateModules(() => {
    commands = require("../../src/commands/commands") as Commands;
  });
  return { sim, globals, associate, showAsTaskpane, commands: commands as Commands };
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  delete (globalThis as Record<string, unknown>).refreshReport;
});

test("registers refreshReport and makes the report with the stored settings", async () => {
  const { sim, globals, associate, showAsTaskpane, commands } = setup({ sharedRuntime: true });
  uninstall = globals.uninstall;
  expect(associate).toHaveBeenCalledWith("refreshReport", commands.refreshReportAction);
  const completed = jest.fn();
  await commands.refreshReportAction({ completed } as unknown as Office.AddinCommands.Event);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(sim.workbook.findWorksheet("Voortgang")).toBeDefined();
  expect(JSON.parse(sim.workbook.settings.get(REGISTRY_KEY)!).peildatum).toBe("2015-09-30");
  expect(sim.workbook.settings.has(LAST_ERROR_KEY)).toBe(false);
  expect(showAsTaskpane).not.toHaveBeenCalled();
});

test("on failure: the message is stored for the pane and the pane is opened (shared runtime)", async () => {
  const { sim, globals, showAsTaskpane, commands } = setup({ sharedRuntime: true, ignorePlaatsingen: true });
  uninstall = globals.uninstall;
  const completed = jest.fn();
  await commands.refreshReportAction({ completed } as unknown as Office.AddinCommands.Event);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(sim.workbook.findWorksheet("Voortgang")).toBeUndefined();
  const stored = parseLastError(sim.workbook.settings.get(LAST_ERROR_KEY));
  expect(stored).toMatchObject({
    action: "Rapport verversen",
    name: "MissingSourcesError",
    message: expect.stringMatching(/^De rapportage is niet gemaakt: Bron Plaatsingen ontbreekt/),
  });
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
});

test("without a shared runtime the pane cannot be opened from here: the message waits for it", async () => {
  const { sim, globals, showAsTaskpane, commands } = setup({ sharedRuntime: false, ignorePlaatsingen: true });
  uninstall = globals.uninstall;
  await commands.refreshReportCommand({ today: new Date(2015, 9, 15) });
  expect(sim.workbook.settings.has(LAST_ERROR_KEY)).toBe(true);
  expect(showAsTaskpane).not.toHaveBeenCalled();
});

/** Like OfficeExtension.Error. */
function officeError(code: string, message: string) {
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message, errorLocation: "Workbook.worksheets.add" },
  });
}

/** Excel.run of the installed globals, failing the batches `fail` says (1-based count of batches). */
function failBatches(fail: (batch: number) => Error | undefined): () => number {
  const excel = (globalThis as unknown as { Excel: { run: (b: unknown) => Promise<unknown> } }).Excel;
  const run = excel.run.bind(excel);
  let count = 0;
  excel.run = (batch) => {
    const error = fail(++count);
    return error ? Promise.reject(error) : run(batch);
  };
  return () => count;
}

test("Office's error under our wrapper is stored with its code and debug info", async () => {
  const { sim, globals, commands } = setup({ sharedRuntime: false });
  uninstall = globals.uninstall;
  // Batches: 1 settings, 2 read, 3 write (fails: the user is editing a cell), then the clean-up.
  failBatches((n) =>
    n === 3
      ? officeError(
          "InvalidOperationInCellEditMode",
          "The operation isn't available while Excel is in Edit cell mode.",
        )
      : undefined,
  );
  await commands.refreshReportCommand({ retryDelaysMs: [] });
  expect(parseLastError(sim.workbook.settings.get(LAST_ERROR_KEY))).toMatchObject({
    name: "ReportWriteError",
    code: "InvalidOperationInCellEditMode",
    message: "Het rapport kon niet worden geschreven. Het vorige rapport is ongewijzigd.",
    debugInfo: expect.stringContaining("Workbook.worksheets.add"),
  });
});

test("while Excel stays busy, storing the failure is tried again until it works", async () => {
  const { sim, globals, commands } = setup({ sharedRuntime: false, ignorePlaatsingen: true });
  uninstall = globals.uninstall;
  // Batches: 1 settings, 2 read (the report is refused), 3–4 storing fails (a cell is being edited).
  failBatches((n) =>
    n === 3 || n === 4 ? officeError("InvalidOperationInCellEditMode", "edit") : undefined,
  );
  await commands.refreshReportCommand({ retryDelaysMs: [1, 1, 1] });
  expect(parseLastError(sim.workbook.settings.get(LAST_ERROR_KEY))).toMatchObject({
    name: "MissingSourcesError",
  });
});

test("a success clears the message of an earlier failure", async () => {
  const { sim, globals, commands } = setup({ sharedRuntime: false });
  uninstall = globals.uninstall;
  sim.workbook.settings.set(
    LAST_ERROR_KEY,
    JSON.stringify({ at: "2015-10-01T08:00:00Z", action: "Rapport verversen", message: "Eerder mislukt." }),
  );
  await commands.refreshReportCommand();
  expect(sim.workbook.findWorksheet("Voortgang")).toBeDefined();
  expect(sim.workbook.settings.has(LAST_ERROR_KEY)).toBe(false);
});

test("a report that never ends: the ribbon stops waiting and says so", async () => {
  const { sim, globals, commands } = setup({ sharedRuntime: false });
  uninstall = globals.uninstall;
  // Batch 2 (reading) never settles; storing the failure (batch 3) works.
  const excel = (globalThis as unknown as { Excel: { run: (b: unknown) => Promise<unknown> } }).Excel;
  const run = excel.run.bind(excel);
  let count = 0;
  excel.run = (batch) => (++count === 2 ? new Promise(() => undefined) : run(batch));
  await commands.refreshReportCommand({ timeoutMs: 50, retryDelaysMs: [] });
  expect(parseLastError(sim.workbook.settings.get(LAST_ERROR_KEY))).toMatchObject({
    name: "CommandTimeoutError",
    message: "Rapport verversen was na 1 minuut nog niet klaar.",
  });
});
