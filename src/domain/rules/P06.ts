import { Rule } from "./types";

export const P06: Rule = {
  id: "P06",
  name: "Datum plaatsing ongeldig",
  severities: ["fout"],
  source: "Plaatsingen",
  description: "Datum plaatsing ontbreekt of is geen geldige datum: de plaatsing telt niet mee.",
  agreement: "Iedere plaatsing wordt met de datum van plaatsing afgeboekt in WBS.",
  requires: [{ source: "Plaatsingen" }],
  check(ctx, emit) {
    for (const p of ctx.data.records.Plaatsingen) {
      if (p.datumPlaatsing !== undefined) continue;
      const empty = !ctx.unreadable().get(p)?.has("datumPlaatsing");
      emit(
        p,
        empty
          ? "Datum plaatsing ontbreekt; de plaatsing telt niet mee."
          : "Datum plaatsing is geen geldige datum; de plaatsing telt niet mee.",
        {
          column: "datumPlaatsing",
        },
      );
    }
  },
};
