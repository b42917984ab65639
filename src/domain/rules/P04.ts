import { ONBEKEND } from "../context";
import { Rule } from "./types";

export const P04: Rule = {
  id: "P04",
  name: "Onbekende partner",
  severities: ["fout"],
  source: "Plaatsingen",
  description:
    "De organisatie die de plaatsing registreerde is geen partner van het WSP (telt onder Onbekend).",
  agreement: "Het WSP Haaglanden bestaat uit de gemeenten Den Haag, Delft, Rijswijk, Westland en UWV.",
  requires: [{ source: "Plaatsingen" }],
  check(ctx, emit) {
    const resolved = ctx.resolvedPlacements();
    ctx.data.records.Plaatsingen.forEach((p, i) => {
      if (resolved[i].partner !== ONBEKEND) return;
      emit(
        p,
        p.organisatie === undefined
          ? "Organisatie is leeg; telt onder Onbekend."
          : `"${p.organisatie}" is geen partner; telt onder Onbekend.`,
        {
          column: "organisatie",
        },
      );
    });
  },
};
