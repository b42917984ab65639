/** From the engine's Report to the plan of every report sheet (pure). */
import type { Report } from "../../domain/analyse";
import { isoDate } from "../../domain/dates";
import type { PreviousMaandstand } from "../history";
import { buildBanenafspraak } from "../sheets/banenafspraak";
import { buildBevindingen, MAX_DETAIL_ROWS } from "../sheets/bevindingen";
import type { BuildContext } from "../sheets/common";
import { buildDekkingsgraad } from "../sheets/dekkingsgraad";
import { buildToolbox } from "../sheets/toolbox";
import { buildUitsplitsing } from "../sheets/uitsplitsing";
import { buildVoortgang } from "../sheets/voortgang";
import type { ReportPlan } from "./types";

export interface PlanOptions {
  date1904?: boolean;
  /** The maandstand to compare with (`previousMaandstand`: same year only). */
  previous?: PreviousMaandstand;
  /** Earlier maandstanden exist, but none of the peildatum's year (`earlierYearsOnly`): Voortgang says so. */
  earlierYearsOnly?: boolean;
  /** Cap of the Bevindingen detail table in rows (default 50,000) and in request bytes. */
  maxDetailRows?: number;
  maxDetailBytes?: number;
}

export function buildReportPlan(report: Report, options: PlanOptions = {}): ReportPlan {
  const ctx: BuildContext = {
    report,
    date1904: options.date1904 ?? false,
    previous: options.previous,
    earlierYearsOnly: options.earlierYearsOnly ?? false,
    detail: {
      maxRows: options.maxDetailRows ?? MAX_DETAIL_ROWS,
      maxBytes: options.maxDetailBytes ?? Number.POSITIVE_INFINITY,
    },
  };
  const { shown, total, ...bevindingen } = buildBevindingen(ctx);
  return {
    peildatum: isoDate(report.figures.peildatum),
    sheets: [
      buildVoortgang(ctx),
      buildDekkingsgraad(ctx),
      buildBanenafspraak(ctx),
      buildUitsplitsing(ctx),
      buildToolbox(ctx),
      bevindingen,
    ],
    findings: { shown, total },
  };
}
