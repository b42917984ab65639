/**
 * `installExcelGlobals(sim)`: makes add-in code that uses the global `Excel` and `Office` objects
 * (`Excel.run`, `Excel.ChartType.columnClustered`, `Office.onReady`, `Office.context.requirements`)
 * run against a simulated Excel instance, in tests and in the browser preview.
 */
import { ExcelEnums } from "./enums";
import type { SimulatedExcel } from "./simulator";

export interface InstalledGlobals {
  Excel: Record<string, unknown>;
  Office: Record<string, unknown>;
  /** Restores the previous `Excel` and `Office` globals. */
  uninstall(): void;
}

export function installExcelGlobals(
  sim: SimulatedExcel,
  target: Record<string, unknown> = globalThis as never,
): InstalledGlobals {
  const previous = { Excel: target.Excel, Office: target.Office };
  const info = { host: "Excel", platform: "OfficeOnline" };
  const Excel: Record<string, unknown> = {
    ...ExcelEnums,
    run: (...args: unknown[]) => (sim.run as (...a: unknown[]) => Promise<unknown>)(...args),
  };
  const Office: Record<string, unknown> = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
    },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    context: {
      requirements: sim.requirements,
      host: "Excel",
      platform: "OfficeOnline",
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
      displayLanguage: "en-US",
      contentLanguage: "en-US",
    },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    initialize: undefined,
    isSetSupported: (name: string, version?: string) => sim.requirements.isSetSupported(name, version),
  };
  target.Excel = Excel;
  target.Office = Office;
  return {
    Excel,
    Office,
    uninstall() {
      if (previous.Excel === undefined) delete target.Excel;
      else target.Excel = previous.Excel;
      if (previous.Office === undefined) delete target.Office;
      else target.Office = previous.Office;
    },
  };
}
