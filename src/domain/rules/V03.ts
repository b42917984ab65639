import { Rule } from "./types";

const COPRODUCTIE_FROM = 10;

export const V03: Rule = {
  id: "V03",
  name: "Grote vacature zonder coproductie",
  severities: ["waarschuwing"],
  source: "Vacatures",
  description: `Gevraagd aantal is ${COPRODUCTIE_FROM} of meer en Coproductie is niet ja.`,
  agreement:
    "Iedere vacature met 10 of meer arbeidsplaatsen wordt in coproductie (UWV en gemeenten) opgepakt.",
  requires: [{ source: "Vacatures", columns: ["gevraagdAantal", "coproductie"] }],
  check(ctx, emit) {
    for (const v of ctx.data.records.Vacatures) {
      if ((v.gevraagdAantal ?? 0) >= COPRODUCTIE_FROM && v.coproductie !== true) {
        emit(v, `${v.gevraagdAantal} gevraagd, maar niet in coproductie.`, { column: "coproductie" });
      }
    }
  },
};
