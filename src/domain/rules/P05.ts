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
    const through = ctx.countingPlacement();
    const placements = ctx.data.records.Plaatsingen;
    placements.forEach((p, i) => {
      const j = through[i];
      if (j < 0) return;
      const message =
        j < i
          ? `Plaatsingsnummer staat al in ${rowRef(placements[j], p)}; deze rij telt niet mee.`
          : `Plaatsingsnummer staat ook in ${rowRef(placements[j], p)}, met een geldige datum; die rij telt, deze niet.`;
      emit(p, message, { column: "plaatsingsnummer" });
    });
  },
};
