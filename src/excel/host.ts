/**
 * The one door to Excel. Every function in src/excel takes an ExcelHost, so the same code runs in
 * Excel (office.js), in the simulated Excel (tests, CLI, browser preview) and in benchmarks.
 */
import type { SimulatedExcel } from "../simulated-excel";

export interface ExcelHost {
  /** Runs a batch like `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Like `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The real host: the global `Excel.run` and `Office.context.requirements` of office.js. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, minVersion) => {
      const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
      return requirements ? requirements.isSetSupported(name, minVersion) : false;
    },
  };
}

/** A host over the simulated Excel (tests, CLI, browser preview, benchmarks). */
export function simulatedHost(sim: SimulatedExcel): ExcelHost {
  return {
    run: (batch) => sim.run(batch),
    isSetSupported: (name, minVersion) => sim.requirements.isSetSupported(name, minVersion),
  };
}

/**
 * Best effort after a failed batch: deletes the sheet it had created, so that no half-made sheet is
 * left behind. Never throws; the caller reports the original failure.
 */
export async function deleteSheetQuietly(host: ExcelHost, name: string): Promise<void> {
  await host
    .run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject(name).delete();
      await ctx.sync();
    })
    .catch(() => undefined);
}

/**
 * The reason to put in one of our Dutch messages after a failed batch: none for an error of Office
 * itself (it has a code; its English text goes to the details, and the pane chooses its advice by the
 * code), else the error's own message without its final full stop.
 */
export function reasonFor(error: unknown): string | undefined {
  if (error && typeof error === "object" && typeof (error as { code?: unknown }).code === "string")
    return undefined;
  const text = (error instanceof Error ? error.message : String(error)).replace(/[.\s]+$/, "");
  return text === "" ? undefined : text;
}
