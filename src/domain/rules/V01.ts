import { Rule } from "./types";

export const V01: Rule = {
  id: "V01",
  name: "Vacature te laat geregistreerd",
  severities: ["fout"],
  source: "Vacatures",
  description:
    "Een vacature is meer dan 24 uur na ontvangst geregistreerd (zonder tijden: meer dan 1 dag later; heeft één van beide geen tijd, dan tellen hele dagen).",
  agreement:
    "Iedere nieuwe vacature, ook een banenafspraak vacature, dient binnen 24 uur na ontvangst te worden geregistreerd in WBS.",
  requires: [{ source: "Vacatures" }],
  check(ctx, emit) {
    for (const v of ctx.data.records.Vacatures) {
      if (v.datumOntvangst === undefined || v.datumRegistratie === undefined) continue;
      // A date without a time says nothing about the hour: then whole days are compared.
      const bothTimed = !Number.isInteger(v.datumRegistratie) && !Number.isInteger(v.datumOntvangst);
      const days = bothTimed
        ? v.datumRegistratie - v.datumOntvangst
        : Math.floor(v.datumRegistratie) - Math.floor(v.datumOntvangst);
      if (days > 1) {
        const shown = Number.isInteger(days) ? `${days} dagen` : `${Math.round(days * 24)} uur`;
        emit(v, `Geregistreerd ${shown} na ontvangst.`, { column: "datumRegistratie" });
      }
    }
  },
};
