import { dutchDate } from "../dates";
import { Rule } from "./types";

export const V05: Rule = {
  id: "V05",
  name: "Vacature na plaatsing ingevoerd",
  severities: ["waarschuwing"],
  source: "Vacatures",
  description: "De vacature is geregistreerd na de datum van haar eerste plaatsing.",
  agreement:
    "Het uitsluitend invoeren van een vacature om een plaatsing te kunnen afboeken is niet toegestaan.",
  requires: [{ source: "Vacatures" }, { source: "Plaatsingen", columns: ["vacaturenummer"] }],
  check(ctx, emit) {
    const placements = ctx.placementsByVacancy();
    for (const v of ctx.data.records.Vacatures) {
      if (v.vacaturenummer === undefined || v.datumRegistratie === undefined) continue;
      const first = placements.get(v.vacaturenummer)?.first;
      if (
        first !== undefined &&
        Number.isFinite(first) &&
        Math.floor(v.datumRegistratie) > Math.floor(first)
      ) {
        emit(
          v,
          `Geregistreerd op ${dutchDate(v.datumRegistratie)}, na de eerste plaatsing op ${dutchDate(first)}.`,
          {
            column: "datumRegistratie",
          },
        );
      }
    }
  },
};
