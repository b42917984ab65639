/**
 * The preview's workbook: the demo data generated in the browser, as a simulated Excel, with the
 * Excel and Office globals installed over it. Loaded lazily so the pane renders first.
 */
import { demoPeildatum, generateDemoWorkbook } from "../demo/generate";
import { workbookFromDemo } from "../excel/bench";
import { defaultSettings, SETTINGS_KEY, settingsValue } from "../excel/settings";
import { installExcelGlobals } from "../simulated-excel/globals";
import { createSimulatedExcel, type SimulatedExcel } from "../simulated-excel/simulator";

export interface PreviewOptions {
  /** ExcelApi version the simulated Excel supports (default 1.17). */
  excelApi?: string;
  /** A small demo (fewer rows), for quick looks. */
  small?: boolean;
}

export interface PreviewWorkbook {
  sim: SimulatedExcel;
  /** The workbook as .xlsx bytes (loads ExcelJS on first use). */
  saveXlsx(): Promise<Uint8Array>;
}

export function createPreviewWorkbook(options: PreviewOptions = {}): PreviewWorkbook {
  const sheets = generateDemoWorkbook(
    options.small
      ? { placements: 400, vacancies: 400, employers: 300, contacts: 600, candidates: 300 }
      : undefined,
  );
  const workbook = workbookFromDemo(sheets);
  // The demo is about 2015: pin the peildatum it was made for, as a team would in its workbook.
  workbook.settings.set(
    SETTINGS_KEY,
    JSON.stringify(
      settingsValue({ ...defaultSettings(), peildatum: { mode: "vast", datum: demoPeildatum() } }),
    ),
  );
  const sim = createSimulatedExcel(
    workbook,
    options.excelApi ? { supportedSets: { ExcelApi: options.excelApi } } : {},
  );
  installExcelGlobals(sim, window as never);
  return {
    sim,
    saveXlsx: async () => {
      const { saveXlsx } = await import(/* webpackChunkName: "xlsx-save" */ "../simulated-excel/xlsx-save");
      return saveXlsx(sim.workbook);
    },
  };
}
