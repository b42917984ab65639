import { Rule } from "./types";

export const V04: Rule = {
  id: "V04",
  name: "Doelgroepvacature zonder doelgroep",
  severities: ["fout"],
  source: "Vacatures",
  description: "Doelgroepvacature is ja, maar Doelgroep is leeg.",
  agreement:
    "Voor vacatures die specifiek gekenmerkt zijn voor doelgroepen wordt het betreffende vinkje, behorend bij de doelgroep, aangevinkt in WBS.",
  requires: [{ source: "Vacatures", columns: ["doelgroepvacature", "doelgroep"] }],
  check(ctx, emit) {
    for (const v of ctx.data.records.Vacatures) {
      if (v.doelgroepvacature === true && v.doelgroep === undefined) {
        emit(v, "Doelgroepvacature zonder ingevulde doelgroep.", { column: "doelgroep" });
      }
    }
  },
};
