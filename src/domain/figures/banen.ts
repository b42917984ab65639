/** Banenafspraak: Σ uren per week / 25,5 over counted placements with Banenafspraak ja. */
import { AnalysisContext, DEFAULT_OVERHEID_SECTOREN } from "../context";
import { joinDutch } from "../text";
import { validHours } from "../rules/P08";
import { PairMap, sortPairs } from "./pairs";
import { BanenCell, BanenTotals } from "./types";

export const HOURS_PER_JOB = 25.5;
/** Regional target: 1400 jobs by the end of 2016, 710 at market employers and 690 at government. */
export const BANEN_TARGET = { markt: 710, overheid: 690, totaal: 1400, jaar: 2016 };

/**
 * The sectors of the sector list that count as government: the configured names, matched like a sector
 * in an export (key, alias, close match). A name that matches no sector is noted, so that its banen are
 * not silently counted as market.
 */
function governmentSectors(ctx: AnalysisContext, notes: string[]): string[] {
  const wanted = ctx.options.overheidSectoren ?? DEFAULT_OVERHEID_SECTOREN;
  const found: string[] = [];
  const missing: string[] = [];
  for (const name of wanted) {
    const sector = ctx.sectors.match(name).name;
    if (sector === undefined) missing.push(name);
    else if (!found.includes(sector)) found.push(sector);
  }
  const allMarket = found.length === 0 ? "; alle banen tellen als markt" : "";
  if (missing.length > 0)
    notes.push(
      `Banenafspraak: overheidssector ${joinDutch(missing.map((m) => `"${m}"`))} staat niet in de sectorlijst${allMarket}. ` +
        "Stel de overheidssectoren in (taakvenster: Instellingen; opdrachtregel: --overheid).",
    );
  else if (wanted.length === 0) notes.push(`Banenafspraak: geen overheidssector ingesteld${allMarket}.`);
  return found;
}

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
  const overheidSectoren = governmentSectors(ctx, notes);
  let overheid = 0;
  let markt = 0;
  for (const cell of cells.values()) {
    if (overheidSectoren.includes(cell.sector)) overheid += cell.banen;
    else markt += cell.banen;
  }
  return {
    cells: sortPairs(
      [...cells.values()],
      (cell) => [cell.sector, cell.organisatie],
      ctx.sectorNames,
      ctx.data.ambitie?.partners ?? [],
    ),
    totals: {
      markt,
      overheid,
      totaal: markt + overheid,
      doelMarkt: BANEN_TARGET.markt,
      doelOverheid: BANEN_TARGET.overheid,
      doelTotaal: BANEN_TARGET.totaal,
      doelJaar: BANEN_TARGET.jaar,
      overheidSectoren,
    },
  };
}
