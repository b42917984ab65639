/** Toolbox monitoring: counted placements per instrument × partner, unknown instruments under Onbekend. */
import { AnalysisContext, ONBEKEND } from "../context";
import { maskBsn } from "../privacy";
import { pairKey } from "./voortgang";
import { InstrumentCell } from "./types";

export function computeInstrumenten(ctx: AnalysisContext, notes: string[]): InstrumentCell[] | undefined {
  if (!ctx.hasColumn("Plaatsingen", "instrument")) {
    notes.push("Instrumenten niet geteld: kolom Instrument ontbreekt in Plaatsingen.");
    return undefined;
  }
  if (!ctx.instruments)
    notes.push("Regionale toolbox ontbreekt: instrumenten staan onder hun naam in de export.");
  const cells = new Map<string, InstrumentCell>();
  for (const { placement, resolved } of ctx.countedPlacements()) {
    if (placement.instrument === undefined) continue;
    const instrument = ctx.instruments
      ? (ctx.instruments.match(placement.instrument).name ?? ONBEKEND)
      : maskBsn(placement.instrument);
    const key = pairKey(instrument, resolved.partner);
    const cell = cells.get(key) ?? { instrument, organisatie: resolved.partner, plaatsingen: 0 };
    cell.plaatsingen++;
    cells.set(key, cell);
  }
  return [...cells.values()];
}
