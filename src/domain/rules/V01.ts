import { Rule } from "./types";

export const V01: Rule = {
  id: "V01",
  name: "Vacature te laat geregistreerd",
  severities: ["fout"],
  source: "Vacatures",
  description:
    "Een vacature is meer dan 24 uur na ontvangst geregistreerd (zonder tijden: meer dan 1 dag later).",
  agreement:
    "Iedere nieuwe vacature, ook een banenafspraak vacature, dient binnen 24 uur na ontvangst te worden geregistreerd in WBS.",
  requires: [{ source: "Vacatures" }],
  check(ctx, emit) {
    for (const v of ctx.data.records.Vacatures) {
      if (v.datumOntvangst === undefined || v.datumRegistratie === undefined) continue;
      const days = v.datumRegistratie - v.datumOntvangst;
      if (days > 1) {
        const shown = Number.isInteger(days) ? `${days} dagen` : `${Math.round(days * 24)} uur`;
        emit(v, `Geregistreerd ${shown} na ontvangst.`, { column: "datumRegistratie" });
      }
    }
  },
};
