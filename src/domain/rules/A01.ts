import { Rule } from "./types";
import { AMBITIE_AGREEMENT } from "./ambitie-cells";
import { INVALID } from "../values";

export const A01: Rule = {
  id: "A01",
  name: "Rij zonder sector",
  severities: ["fout"],
  source: "Ambitie",
  description: "Een rij van de ambitietabel heeft getallen maar geen sectornaam.",
  agreement: AMBITIE_AGREEMENT,
  requires: [{ source: "Ambitie" }],
  check(ctx, emit) {
    for (const row of ctx.data.ambitie?.rows ?? []) {
      if (row.sector !== undefined) continue;
      const hasNumbers = [...row.cells, row.totaal].some((v) => v !== undefined && v !== INVALID);
      if (hasNumbers) emit(row, "Deze rij heeft ambitiegetallen maar geen sectornaam.", { column: "sector" });
    }
  },
};
