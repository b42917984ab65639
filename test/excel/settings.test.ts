/**
 * Team settings in the workbook (key "wspMonitor.settings"): stored and read back through the
 * simulated Excel, lenient parsing, source overrides handed to the engine, the peildatum modes, and
 * the ribbon's last error.
 */
import { analyse } from "../../src/domain/analyse";
import { dayFromYmd, isoDate } from "../../src/domain/dates";
import {
  analysisOptions,
  applySheetOverrides,
  clearLastError,
  defaultSettings,
  LAST_ERROR_KEY,
  loadSettings,
  parseSettings,
  resolvePeildatum,
  saveLastError,
  saveSettings,
  SETTINGS_KEY,
  simulatedHost,
} from "../../src/excel";
import { createSimulatedExcel, SimulatedWorkbook } from "../../src/simulated-excel";
import { loadXlsx, saveXlsx } from "../../src/simulated-excel";

const newSession = (wb = SimulatedWorkbook.create()) => {
  const sim = createSimulatedExcel(wb);
  return { sim, host: simulatedHost(sim) };
};

describe("team settings in the workbook", () => {
  test("a workbook without settings gives the defaults", async () => {
    const { host } = newSession();
    const loaded = await loadSettings(host);
    expect(loaded.stored).toBe(false);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.lastError).toBeUndefined();
  });

  test("saved settings are read back, also after saving the workbook as .xlsx", async () => {
    const { sim, host } = newSession();
    const settings = {
      ...defaultSettings(),
      sectorAliases: { "Bouw en infra": "Bouw en techniek" },
      partnerAliases: { "Werkplein Delft": "Delft" },
      instrumentAliases: { "Proefplaatsing WW": "Proefplaatsing" },
      thresholds: { opKoers: 0.95, aandacht: 0.8 },
      overheidSectoren: ["Openbaar bestuur (overheid) en onderwijs", "Zorg, welzijn, schoonmaak"],
      sheets: { "Export Q3": { sourceType: "Plaatsingen" as const, columnMap: { sector: "Branchegroep" } } },
      peildatum: { mode: "vast" as const, datum: "2015-09-30" },
    };
    await saveSettings(host, settings);
    expect(JSON.parse(sim.workbook.settings.get(SETTINGS_KEY) ?? "null")).toMatchObject({ version: 1 });
    expect((await loadSettings(host)).settings).toEqual(settings);

    const reopened = await loadXlsx(await saveXlsx(sim.workbook));
    const again = await loadSettings(simulatedHost(createSimulatedExcel(reopened)));
    expect(again.stored).toBe(true);
    expect(again.settings).toEqual(settings);
  });

  test("damaged or foreign values are read leniently", () => {
    expect(parseSettings("not json")).toEqual(defaultSettings());
    expect(parseSettings(42)).toEqual(defaultSettings());
    const parsed = parseSettings({
      sectorAliases: { " ICT-sector ": " ICT ", "": "x", leeg: "", getal: 3 },
      thresholds: { opKoers: 0.8, aandacht: 0.9 }, // aandacht above op koers: defaults
      sheets: {
        Blad1: { sourceType: "Onzin" },
        Blad2: { sourceType: "geen" },
        Blad3: { columnMap: { a: "b" } },
      },
      peildatum: { mode: "vast", datum: "30-09-2015" },
    });
    expect(parsed.sectorAliases).toEqual({ "ICT-sector": "ICT" });
    expect(parsed.thresholds).toEqual({ opKoers: 1, aandacht: 0.9 });
    expect(parsed.sheets).toEqual({ Blad2: { sourceType: "geen" }, Blad3: { columnMap: { a: "b" } } });
    expect(parsed.peildatum).toEqual({ mode: "vandaag" });
    // An older workbook without the key: the default government sector; a list: its names, once each.
    expect(parsed.overheidSectoren).toEqual(["Openbaar bestuur (overheid) en onderwijs"]);
    expect(
      parseSettings({ overheidSectoren: [" ICT ", "", 3, "ICT", "Beveiliging"] }).overheidSectoren,
    ).toEqual(["ICT", "Beveiliging"]);
    expect(parseSettings({ overheidSectoren: [] }).overheidSectoren).toEqual([]);
    expect(parseSettings(JSON.stringify({ peildatum: { mode: "eindeVorigeMaand" } })).peildatum).toEqual({
      mode: "eindeVorigeMaand",
    });
  });

  test("the ribbon's last error is stored, read and cleared", async () => {
    const { sim, host } = newSession();
    await saveLastError(host, {
      at: "2015-10-01T09:00:00.000Z",
      action: "Rapport verversen",
      message: "De rapportage is niet gemaakt: Bron Plaatsingen ontbreekt.",
      code: "MissingSources",
    });
    expect((await loadSettings(host)).lastError).toEqual({
      at: "2015-10-01T09:00:00.000Z",
      action: "Rapport verversen",
      message: "De rapportage is niet gemaakt: Bron Plaatsingen ontbreekt.",
      code: "MissingSources",
    });
    await clearLastError(host);
    expect(sim.workbook.settings.has(LAST_ERROR_KEY)).toBe(false);
    await clearLastError(host); // nothing to clear: no error
    expect((await loadSettings(host)).lastError).toBeUndefined();
  });

  test("settings need ExcelApi 1.4", async () => {
    const sim = createSimulatedExcel(SimulatedWorkbook.create(), { supportedSets: { ExcelApi: "1.3" } });
    await expect(loadSettings(simulatedHost(sim))).rejects.toThrow(/te oud/);
  });
});

describe("settings applied", () => {
  const sheet = (name: string, rows: unknown[][]) => ({ name, rows: rows as never });

  test("source type and column map chosen by hand reach the engine; 'geen' leaves a sheet out", () => {
    const inputs = [sheet("A", [["x"]]), sheet("B", [["y"]]), sheet("C", [["z"]])];
    const settings = {
      ...defaultSettings(),
      sheets: {
        A: { sourceType: "Plaatsingen" as const, columnMap: { sector: "Branchegroep" } },
        B: { sourceType: "geen" as const },
        C: { columnMap: { sector: "Q" } }, // a map without a type is not used
      },
    };
    const out = applySheetOverrides(inputs, settings);
    expect(out.map((i) => i.name)).toEqual(["A", "C"]);
    expect(out[0]).toMatchObject({ sourceType: "Plaatsingen", columnMap: { sector: "Branchegroep" } });
    expect(out[1].sourceType).toBeUndefined();
    expect(out[1].columnMap).toBeUndefined();
    expect(inputs[0]).not.toHaveProperty("sourceType");
  });

  test("a mapped column makes an unusable sheet usable", () => {
    const rows = [
      ["Plaatsingsnummer", "Datum plaatsing", "Branchegroep", "Organisatie"],
      ["P1", "01-03-2015", "ICT", "Delft"],
    ];
    const ambitie = [
      ["Sector", "Den Haag", "Delft", "Rijswijk", "Westland", "UWV", "Totaal"],
      ["ICT", 1, 2, 3, 4, 5, 15],
    ];
    const inputs = [sheet("Ambitie", ambitie), sheet("Export", rows)];
    const options = analysisOptions(defaultSettings(), dayFromYmd(2015, 9, 30));
    const before = analyse(inputs, options);
    expect(before.sheets[1]).toMatchObject({ status: "onbruikbaar", type: "Plaatsingen" });
    expect(before.sheets[1].missing[0]).toMatchObject({ key: "sector", closest: "Branchegroep" });
    const settings = {
      ...defaultSettings(),
      sheets: { Export: { sourceType: "Plaatsingen" as const, columnMap: { sector: "Branchegroep" } } },
    };
    const after = analyse(applySheetOverrides(inputs, settings), options);
    expect(after.sheets[1]).toMatchObject({ status: "gebruikt", rows: 1 });
    expect(after.problems).toEqual([]);
  });

  test("peildatum: today, the end of last month, or a fixed date", () => {
    const today = new Date(2016, 2, 15, 10, 30); // 15 March 2016, local time
    expect(isoDate(resolvePeildatum({ mode: "vandaag" }, today))).toBe("2016-03-15");
    expect(isoDate(resolvePeildatum({ mode: "eindeVorigeMaand" }, today))).toBe("2016-02-29");
    expect(isoDate(resolvePeildatum({ mode: "eindeVorigeMaand" }, new Date(2016, 0, 3)))).toBe("2015-12-31");
    expect(isoDate(resolvePeildatum({ mode: "vast", datum: "2015-09-30" }, today))).toBe("2015-09-30");
  });

  test("analysis options carry thresholds, aliases and the government sectors", () => {
    const settings = {
      ...defaultSettings(),
      thresholds: { opKoers: 1.1, aandacht: 0.5 },
      partnerAliases: { X: "Delft" },
    };
    expect(analysisOptions(settings, 100)).toEqual({
      peildatum: 100,
      thresholds: { opKoers: 1.1, aandacht: 0.5 },
      sectorAliases: {},
      partnerAliases: { X: "Delft" },
      instrumentAliases: {},
      overheidSectoren: ["Openbaar bestuur (overheid) en onderwijs"],
    });
  });
});
