import { dutchDate } from "../dates";
import { Rule } from "./types";

export const P07: Rule = {
  id: "P07",
  name: "Plaatsing na peildatum",
  severities: ["waarschuwing"],
  source: "Plaatsingen",
  description: "Datum plaatsing ligt na de peildatum: de plaatsing telt (nog) niet mee.",
  agreement: "De voortgang wordt gemeten tot en met de peildatum.",
  requires: [{ source: "Plaatsingen" }],
  check(ctx, emit) {
    const peildatum = dutchDate(ctx.peildatum);
    for (const p of ctx.data.records.Plaatsingen) {
      if (p.datumPlaatsing !== undefined && p.datumPlaatsing >= ctx.peildatum + 1) {
        emit(p, `Datum plaatsing ligt na de peildatum ${peildatum}; telt niet mee.`, {
          column: "datumPlaatsing",
        });
      }
    }
  },
};
