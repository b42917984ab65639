import { ENTRY_AGREEMENT, isBedrijfsbezoek } from "./employer-keys";
import { Rule } from "./types";

export const W02: Rule = {
  id: "W02",
  name: "Werkgever zonder vacature of bezoek",
  severities: ["waarschuwing"],
  source: "Werkgevers",
  description: "Een werkgever heeft geen vacature en geen bedrijfsbezoek in de exports.",
  agreement: ENTRY_AGREEMENT,
  requires: [{ source: "Werkgevers" }, { source: "Vacatures" }, { source: "Contacten" }],
  check(ctx, emit) {
    const known = new Set<string>();
    for (const v of ctx.data.records.Vacatures) if (v.werkgevernummer) known.add(v.werkgevernummer);
    for (const c of ctx.data.records.Contacten) {
      if (c.werkgevernummer && isBedrijfsbezoek(c.soortContact)) known.add(c.werkgevernummer);
    }
    for (const w of ctx.data.records.Werkgevers) {
      if (w.werkgevernummer !== undefined && !known.has(w.werkgevernummer)) {
        emit(w, "Werkgever is ingevoerd zonder gemelde vacature of bedrijfsbezoek.", {
          column: "werkgevernummer",
        });
      }
    }
  },
};
