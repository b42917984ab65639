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
    const { first: firstOf } = ctx.placementsByVacancy();
    const { ofVacancy } = ctx.vacancyJoin();
    const vacancies = ctx.data.records.Vacatures;
    for (let i = 0; i < vacancies.length; i++) {
      const v = vacancies[i];
      if (ofVacancy[i] < 0 || v.datumRegistratie === undefined) continue;
      // Infinity: no placement with a valid date on this vacancy.
      const first = firstOf[ofVacancy[i]];
      if (Number.isFinite(first) && Math.floor(v.datumRegistratie) > Math.floor(first)) {
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
