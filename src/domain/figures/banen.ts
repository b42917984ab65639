/** Banenafspraak: Σ uren per week / 25,5 over counted placements with Banenafspraak ja. */
import { AnalysisContext } from "../context";
import { matchKey } from "../text";
import { validHours } from "../rules/P08";
import { PairMap } from "./pairs";
import { BanenCell, BanenTotals } from "./types";

export const HOURS_PER_JOB = 25.5;
/** Regional target: 1400 jobs by the end of 2016, 710 at market employers and 690 at government. */
export const BANEN_TARGET = { markt: 710, overheid: 690, totaal: 1400, jaar: 2016 };
/** Local definition: this sector is government, all others are market. */
export const GOVERNMENT_SECTOR_KEY = matchKey("Openbaar bestuur (overheid) en onderwijs");

export function banenOf(hours: number | undefined): number {
  return hours !== undefined && validHours(hours) ? hours / HOURS_PER_JOB : 0;
}

export function computeBanen(
  ctx: AnalysisContext,
  notes: string[],
): { cells: BanenCell[]; totals: BanenTotals } | undefined {
  if (!ctx.hasColumn("Plaatsingen", "banenafspraak") || !ctx.hasColumn("Plaatsingen", "urenPerWeek")) {
    notes.push("Banenafspraak niet berekend: kolom Banenafspraak of Uren per week ontbreekt in Plaatsingen.");
    return undefined;
  }
  const cells = new PairMap<BanenCell>();
  const counted = ctx.countedPlacements();
  for (let i = 0; i < counted.placements.length; i++) {
    const placement = counted.placements[i];
    const resolved = counted.resolved[i];
    if (placement.banenafspraak !== true) continue;
    const cell = cells.upsert(resolved.sector, resolved.partner, () => ({
      sector: resolved.sector,
      organisatie: resolved.partner,
      banen: 0,
      plaatsingen: 0,
    }));
    cell.banen += banenOf(placement.urenPerWeek);
    cell.plaatsingen++;
  }
  const overheidSector = ctx.sectorNames.find((s) => matchKey(s) === GOVERNMENT_SECTOR_KEY);
  let overheid = 0;
  let markt = 0;
  for (const cell of cells.values()) {
    if (cell.sector === overheidSector) overheid += cell.banen;
    else markt += cell.banen;
  }
  return {
    cells: [...cells.values()],
    totals: {
      markt,
      overheid,
      totaal: markt + overheid,
      doelMarkt: BANEN_TARGET.markt,
      doelOverheid: BANEN_TARGET.overheid,
      doelTotaal: BANEN_TARGET.totaal,
      doelJaar: BANEN_TARGET.jaar,
      overheidSector,
    },
  };
}
