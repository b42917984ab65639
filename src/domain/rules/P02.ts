import { Rule } from "./types";

export const P02: Rule = {
  id: "P02",
  name: "Plaatsing zonder bekende vacature",
  severities: ["fout"],
  source: "Plaatsingen",
  description: "Vacaturenummer is leeg of staat niet in de vacature-export.",
  agreement:
    "Een plaatsing is het resultaat van een opdracht tot werving van de werkgever; iedere plaatsing hoort bij een vacature in WBS.",
  requires: [{ source: "Plaatsingen", columns: ["vacaturenummer"] }, { source: "Vacatures" }],
  check(ctx, emit) {
    const { ofPlacement } = ctx.vacancyJoin();
    ctx.data.records.Plaatsingen.forEach((p, i) => {
      if (p.vacaturenummer === undefined)
        emit(p, "Plaatsing zonder vacaturenummer.", { column: "vacaturenummer" });
      else if (ofPlacement[i] < 0) {
        emit(p, `Vacature ${p.vacaturenummer} staat niet in de vacature-export.`, {
          column: "vacaturenummer",
        });
      }
    });
  },
};
