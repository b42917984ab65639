/** The reconciliation line: every placement row read is accounted for. */
import { AnalysisContext, ONBEKEND, PlacementClass } from "../context";
import { Reconciliatie } from "./types";

export function computeReconciliatie(ctx: AnalysisContext): Reconciliatie {
  const counts = [0, 0, 0, 0, 0];
  for (const c of ctx.placementClasses()) counts[c]++;
  let onbekendeSector = 0;
  let onbekendeOrganisatie = 0;
  for (const resolved of ctx.countedPlacements().resolved) {
    if (resolved.sector === ONBEKEND) onbekendeSector++;
    if (resolved.partner === ONBEKEND) onbekendeOrganisatie++;
  }
  return {
    gelezen: ctx.data.records.Plaatsingen.length,
    geteld: counts[PlacementClass.Counted],
    dubbel: counts[PlacementClass.Duplicate],
    voorPeriode: counts[PlacementClass.BeforePeriod],
    naPeildatum: counts[PlacementClass.AfterPeildatum],
    ongeldigeDatum: counts[PlacementClass.InvalidDate],
    onbekendeSector,
    onbekendeOrganisatie,
  };
}
