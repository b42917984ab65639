import { Plaatsing } from "../model";
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
    const first = new Map<string, Plaatsing>();
    for (const p of ctx.data.records.Plaatsingen) {
      if (p.plaatsingsnummer === undefined) continue;
      const earlier = first.get(p.plaatsingsnummer);
      if (earlier === undefined) first.set(p.plaatsingsnummer, p);
      else
        emit(p, `Plaatsingsnummer staat al in ${rowRef(earlier, p)}; deze rij telt niet mee.`, {
          column: "plaatsingsnummer",
        });
    }
  },
};
