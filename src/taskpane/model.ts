/** View types shared by the pane's hooks and components. */
import type { SheetReport } from "../domain/sources/load";
import type { SourceType } from "../domain/sources/catalog";
import type { SheetOverride } from "../excel/settings";

/** The engine's sheet statuses, plus "genegeerd" for a sheet the team chose not to use. */
export type SourceStatusKey = SheetReport["status"] | "genegeerd";

/** One sheet of the workbook as the Bronnen step shows it. */
export interface SourceRow {
  name: string;
  status: SourceStatusKey;
  /** The recognised (or chosen) source type. */
  type?: SourceType;
  /** What the team chose for this sheet, if anything. */
  override?: SheetOverride;
  report?: SheetReport;
}

/** The current step of the pane. */
export type StepId = "bronnen" | "controle" | "rapport" | "instellingen";
export const STEP_IDS: readonly StepId[] = ["bronnen", "controle", "rapport", "instellingen"];
