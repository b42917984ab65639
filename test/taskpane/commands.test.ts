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
    code: "MissingSourcesError",
    message: expect.stringMatching(/^De rapportage is niet gemaakt: Bron Plaatsingen ontbreekt/),
  });
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
});

test("without a shared runtime the pane cannot be opened from here: the message waits for it", async () => {
  const { sim, globals, showAsTaskpane, commands } = setup({ sharedRuntime: false, ignorePlaatsingen: true });
  uninstall = globals.uninstall;
  await commands.refreshReportCommand(new Date(2015, 9, 15));
  expect(sim.workbook.settings.has(LAST_ERROR_KEY)).toBe(true);
  expect(showAsTaskpane).not.toHaveBeenCalled();
});
