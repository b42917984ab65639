import { Rule } from "./types";
import { rowRef } from "./where";

export const P05: Rule = {
  id: "P05",
  name: "Plaatsing dubbel",
  severities: ["fout"],
  source: "Plaatsingen",
  description: "Een Plaatsingsnummer komt vaker voor: het telt één keer, elke extra rij is een bevinding.",
  agreement: "WBS is leidend in de arbeidsmarktcijfers: iedere plaatsing wordt één keer afgeboekt.",
  requires: [{ source: "Plaatsingen" }],
  check(ctx, emit) {
    const earlier = ctx.earlierPlacement();
    ctx.data.records.Plaatsingen.forEach((p, i) => {
      const first = earlier[i];
      if (first)
        emit(p, `Plaatsingsnummer staat al in ${rowRef(first, p)}; deze rij telt niet mee.`, {
          column: "plaatsingsnummer",
        });
    });
  },
};
