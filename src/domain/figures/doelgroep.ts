/** The regional target group (doelgroep in kaart): candidates per partner and per wished sector. */
import { AnalysisContext, ONBEKEND } from "../context";
import { PairMap, sortPairs } from "./pairs";
import { ambitionCells } from "./voortgang";
import { DoelgroepRow, DoelgroepSectorCell } from "./types";

export function computeDoelgroep(
  ctx: AnalysisContext,
  notes: string[],
): { perOrganisatie: DoelgroepRow[]; perSector?: DoelgroepSectorCell[] } | undefined {
  if (!ctx.hasSource("Kandidaten")) {
    notes.push("Doelgroep niet berekend: bron Kandidaten ontbreekt.");
    return undefined;
  }
  const rows = new Map<string, DoelgroepRow>();
  for (const partner of ctx.data.ambitie?.partners ?? []) {
    rows.set(partner, {
      organisatie: partner,
      kandidaten: 0,
      arbeidsbeperkt: 0,
      doelgroepregister: 0,
      regulier: 0,
    });
  }
  const perSector = new PairMap<DoelgroepSectorCell>();
  const ambition = ambitionCells(ctx);
  const withSector = ctx.hasColumn("Kandidaten", "gewensteSector");
  // Partner and wished sector resolved once per distinct text (see AnalysisContext.valuesOf).
  const partners = ctx.valuesOf("Kandidaten", "organisatie", (o) => ctx.partners.resolve(o) ?? ONBEKEND);
  const sectors = withSector
    ? ctx.valuesOf("Kandidaten", "gewensteSector", (s) => ctx.sectors.match(s).name ?? ONBEKEND)
    : [];
  ctx.data.records.Kandidaten.forEach((k, i) => {
    const partner = partners[i];
    let row = rows.get(partner);
    if (!row) {
      row = { organisatie: partner, kandidaten: 0, arbeidsbeperkt: 0, doelgroepregister: 0, regulier: 0 };
      rows.set(partner, row);
    }
    row.kandidaten++;
    if (k.arbeidsbeperkt === true) row.arbeidsbeperkt++;
    else row.regulier++;
    if (k.doelgroepregister === true) row.doelgroepregister++;
    if (withSector) {
      const sector = sectors[i];
      perSector.upsert(sector, partner, () => ({
        sector,
        organisatie: partner,
        kandidaten: 0,
        ambitie: ambition.get(sector, partner) ?? 0,
      })).kandidaten++;
    }
  });
  const ordered = [...rows.values()].sort(
    (a, b) => Number(a.organisatie === ONBEKEND) - Number(b.organisatie === ONBEKEND),
  );
  if (!ctx.hasColumn("Kandidaten", "doelgroepregister"))
    notes.push(
      "Doelgroepregister niet geteld: kolom Doelgroepregister ontbreekt in Kandidaten (de tabel toont 0).",
    );
  return {
    perOrganisatie: ordered,
    perSector: withSector
      ? sortPairs(
          [...perSector.values()],
          (cell) => [cell.sector, cell.organisatie],
          ctx.sectorNames,
          ctx.data.ambitie?.partners ?? [],
        )
      : undefined,
  };
}
