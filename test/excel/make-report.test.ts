/**
 * The monthly pipeline shared by the task pane and the ribbon, on a small demo workbook in the
 * simulated Excel: its steps in order, the team settings applied, and no report when a required
 * source is missing.
 */
import { allFindings, analyse } from "../../src/domain/analyse";
import { dayFromYmd } from "../../src/domain/dates";
import { generateDemoWorkbook } from "../../src/demo/generate";
import {
  checkWorkbook,
  defaultSettings,
  MissingSourcesError,
  readWorkbook,
  recogniseSources,
  refreshReport,
  REGISTRY_KEY,
  simulatedHost,
  workbookFromDemo,
  type PipelineStep,
} from "../../src/excel";
import { createSimulatedExcel } from "../../src/simulated-excel";

const SMALL = { placements: 300, vacancies: 300, employers: 200, contacts: 400, candidates: 200 };
const PEILDATUM = dayFromYmd(2015, 9, 30);

function demoSession() {
  const sim = createSimulatedExcel(workbookFromDemo(generateDemoWorkbook(SMALL)));
  return { sim, host: simulatedHost(sim) };
}

test("steps in order, pausing between them; the report equals the engine's on the same sheets", async () => {
  const { host } = demoSession();
  const steps: PipelineStep[] = [];
  let pauses = 0;
  const result = await refreshReport(host, {
    settings: defaultSettings(),
    peildatum: PEILDATUM,
    onStep: (step) => {
      if (steps[steps.length - 1] !== step) steps.push(step);
    },
    pause: async () => {
      pauses++;
    },
  });
  expect(steps).toEqual(["lezen", "controleren", "berekenen", "schrijven"]);
  expect(pauses).toBeGreaterThanOrEqual(4 + result.inputs.length);
  expect(result.write.sheets.map((s) => s.name)).toContain("Voortgang");
  const read = await readWorkbook(host);
  const direct = analyse(read.inputs, { peildatum: PEILDATUM });
  expect(allFindings(result.report).length).toBe(allFindings(direct).length);
});

test("settings: a sheet left out and thresholds reach the report", async () => {
  const { host } = demoSession();
  const settings = {
    ...defaultSettings(),
    thresholds: { opKoers: 1.2, aandacht: 1.1 },
    sheets: { Kandidaten: { sourceType: "geen" as const } },
  };
  const checked = await checkWorkbook(host, { settings, peildatum: PEILDATUM });
  expect(checked.ignored).toEqual(["Kandidaten"]);
  expect(checked.sheets.map((s) => s.name)).not.toContain("Kandidaten");
  expect(checked.report.options.thresholds).toEqual({ opKoers: 1.2, aandacht: 1.1 });
  expect(checked.report.rules.find((r) => r.rule.id === "K01")).toMatchObject({ checkable: false });

  const read = await readWorkbook(host);
  const recognised = await recogniseSources(read, settings);
  expect(recognised.sheets.map((s) => [s.name, s.type])).toEqual(checked.sheets.map((s) => [s.name, s.type]));
});

test("a missing required source: no report, the previous one unchanged, a Dutch message", async () => {
  const { sim, host } = demoSession();
  await refreshReport(host, { settings: defaultSettings(), peildatum: PEILDATUM });
  const registry = sim.workbook.settings.get(REGISTRY_KEY);
  const sheetNames = sim.workbook.worksheets.map((w) => w.name);
  const settings = { ...defaultSettings(), sheets: { "WBS plaatsingen": { sourceType: "geen" as const } } };
  const error = await refreshReport(host, { settings, peildatum: PEILDATUM }).catch((e) => e);
  expect(error).toBeInstanceOf(MissingSourcesError);
  expect(error.message).toMatch(
    /^De rapportage is niet gemaakt: Bron Plaatsingen ontbreekt.*vorige rapport is ongewijzigd/,
  );
  expect(sim.workbook.settings.get(REGISTRY_KEY)).toBe(registry);
  expect(sim.workbook.worksheets.map((w) => w.name)).toEqual(sheetNames);
});
