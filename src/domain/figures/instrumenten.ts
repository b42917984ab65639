/** Toolbox monitoring: counted placements per instrument × partner, unknown instruments under Onbekend. */
import { AnalysisContext, namesInstrument, ONBEKEND } from "../context";
import { maskBsn } from "../privacy";
import { PairMap, sortPairs } from "./pairs";
import { InstrumentCell } from "./types";

export function computeInstrumenten(ctx: AnalysisContext, notes: string[]): InstrumentCell[] | undefined {
  if (!ctx.hasColumn("Plaatsingen", "instrument")) {
    notes.push("Instrumenten niet geteld: kolom Instrument ontbreekt in Plaatsingen.");
    return undefined;
  }
  if (!ctx.instruments)
    notes.push("Regionale toolbox ontbreekt: instrumenten staan onder hun naam in de export.");
  const cells = new PairMap<InstrumentCell>();
  const counted = ctx.countedPlacements();
  const matches = ctx.instrumentMatches();
  // Names straight from an export (no toolbox) are shown as they are, BSNs masked — before they are
  // grouped, so that two numbers masked alike make one row, not two rows that look the same.
  const shown = new Map<string, string>();
  const show = (name: string) => {
    let masked = shown.get(name);
    if (masked === undefined) shown.set(name, (masked = maskBsn(name)));
    return masked;
  };
  for (let i = 0; i < counted.placements.length; i++) {
    const placement = counted.placements[i];
    const resolved = counted.resolved[i];
    if (!namesInstrument(placement.instrument)) continue;
    const match = matches[counted.rows[i]];
    const instrument = show(match ? (match.name ?? ONBEKEND) : placement.instrument);
    cells.upsert(instrument, resolved.partner, () => ({
      instrument,
      organisatie: resolved.partner,
      plaatsingen: 0,
    })).plaatsingen++;
  }
  // Toolbox order.
  const toolbox = ctx.data.records.Toolbox.map((t) => t.instrument).filter(
    (i): i is string => i !== undefined,
  );
  return sortPairs(
    [...cells.values()],
    (cell) => [cell.instrument, cell.organisatie],
    toolbox,
    ctx.data.ambitie?.partners ?? [],
  );
}
