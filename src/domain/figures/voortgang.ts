/** Realisatie against ambitie per sector × partner, pro rata, status and prognose. */
import { AnalysisContext, ONBEKEND, Thresholds } from "../context";
import { dayOfYear, daysInYear } from "../dates";
import { matchKey } from "../text";
import { amount } from "../rules/ambitie-cells";
import { PairMap } from "./pairs";
import { Progress, Status, VoortgangCell } from "./types";

/** Ambition per sector × partner: the first row of each sector counts (A05), unreadable cells as 0 (A04). */
export function ambitionCells(ctx: AnalysisContext): PairMap<number> {
  const cells = new PairMap<number>();
  const table = ctx.data.ambitie;
  if (!table) return cells;
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (row.sector === undefined) continue;
    const key = matchKey(row.sector);
    if (seen.has(key)) continue;
    seen.add(key);
    table.partners.forEach((partner, i) =>
      cells.set(row.sector as string, partner, amount(row.cells[i]) ?? 0),
    );
  }
  return cells;
}

/**
 * Rounding noise a ratio may carry (a threshold typed as 0,9 is not exactly 0.9 in binary either): a ratio
 * this close below a threshold counts as reaching it.
 */
const RATIO_TOLERANCE = 1e-9;

export function statusOf(ratio: number | null, thresholds: Thresholds): Status {
  if (ratio === null) return "geen ambitie";
  if (ratio >= thresholds.opKoers - RATIO_TOLERANCE) return "op koers";
  if (ratio >= thresholds.aandacht - RATIO_TOLERANCE) return "aandacht";
  return "achter";
}

export function progress(ctx: AnalysisContext, naam: string, realisatie: number, ambitie: number): Progress {
  const day = dayOfYear(ctx.peildatum);
  const days = daysInYear(ctx.year);
  const proRata = (ambitie * day) / days;
  // One division of whole numbers: exactly 90% of pro rata is 0.9, not 0.8999999999999999.
  const ratio = proRata > 0 ? (realisatie * days) / (ambitie * day) : null;
  return {
    naam,
    realisatie,
    ambitie,
    pctAmbitie: ambitie > 0 ? realisatie / ambitie : null,
    proRata,
    ratio,
    status: statusOf(ratio, ctx.thresholds),
    prognose: (realisatie * days) / day,
  };
}

export interface VoortgangFigures {
  sectoren: string[];
  organisaties: string[];
  voortgang: VoortgangCell[];
  perSector: Progress[];
  perOrganisatie: Progress[];
  totaal: Progress;
}

export function computeVoortgang(ctx: AnalysisContext): VoortgangFigures {
  const ambition = ambitionCells(ctx);
  const realised = new PairMap<{ n: number }>();
  const sectors = [...ctx.sectorNames];
  const partners = [...(ctx.data.ambitie?.partners ?? [])];
  const seenSectors = new Set(sectors);
  const seenPartners = new Set(partners);
  let onbekendSector = false;
  let onbekendPartner = false;
  for (const resolved of ctx.countedPlacements().resolved) {
    realised.upsert(resolved.sector, resolved.partner, () => ({ n: 0 })).n++;
    if (resolved.sector === ONBEKEND) onbekendSector = true;
    else if (!seenSectors.has(resolved.sector)) {
      seenSectors.add(resolved.sector);
      sectors.push(resolved.sector);
    }
    if (resolved.partner === ONBEKEND) onbekendPartner = true;
    else if (!seenPartners.has(resolved.partner)) {
      seenPartners.add(resolved.partner);
      partners.push(resolved.partner);
    }
  }
  if (onbekendSector) sectors.push(ONBEKEND);
  if (onbekendPartner) partners.push(ONBEKEND);

  const voortgang: VoortgangCell[] = [];
  const sectorTotals = new Map<string, { r: number; a: number }>();
  const partnerTotals = new Map<string, { r: number; a: number }>();
  for (const sector of sectors) {
    for (const partner of partners) {
      const realisatie = realised.get(sector, partner)?.n ?? 0;
      const heeftAmbitie = ambition.has(sector, partner);
      const ambitie = ambition.get(sector, partner) ?? 0;
      if (!heeftAmbitie && realisatie === 0) continue;
      voortgang.push({ sector, organisatie: partner, realisatie, ambitie, heeftAmbitie });
      const s = sectorTotals.get(sector) ?? { r: 0, a: 0 };
      sectorTotals.set(sector, { r: s.r + realisatie, a: s.a + ambitie });
      const p = partnerTotals.get(partner) ?? { r: 0, a: 0 };
      partnerTotals.set(partner, { r: p.r + realisatie, a: p.a + ambitie });
    }
  }
  const perSector = sectors.map((s) =>
    progress(ctx, s, sectorTotals.get(s)?.r ?? 0, sectorTotals.get(s)?.a ?? 0),
  );
  const perOrganisatie = partners.map((p) =>
    progress(ctx, p, partnerTotals.get(p)?.r ?? 0, partnerTotals.get(p)?.a ?? 0),
  );
  const totalR = perSector.reduce((sum, s) => sum + s.realisatie, 0);
  const totalA = perSector.reduce((sum, s) => sum + s.ambitie, 0);
  return {
    sectoren: sectors,
    organisaties: partners,
    voortgang,
    perSector,
    perOrganisatie,
    totaal: progress(ctx, "Totaal", totalR, totalA),
  };
}
