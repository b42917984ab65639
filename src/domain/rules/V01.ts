import { Rule } from "./types";

const MINUTES_PER_DAY = 1440;

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
      // A date without a time says nothing about the hour: then whole days are compared. Midnight is a
      // time like any other ("01-03-2015 00:00"), so whether a value had one is read from the cell.
      const bothTimed = v.ontvangstMetTijd === true && v.registratieMetTijd === true;
      if (bothTimed) {
        // Whole minutes: a day number carries its time as a binary fraction, so "24 hours later" can come
        // out a hair above 1 day.
        const minutes = Math.round((v.datumRegistratie - v.datumOntvangst) * MINUTES_PER_DAY);
        if (minutes > MINUTES_PER_DAY) {
          const rest = minutes % 60;
          const shown = `${Math.floor(minutes / 60)} uur${rest > 0 ? ` en ${rest} min.` : ""}`;
          emit(v, `Geregistreerd ${shown} na ontvangst.`, { column: "datumRegistratie" });
        }
        continue;
      }
      const days = Math.floor(v.datumRegistratie) - Math.floor(v.datumOntvangst);
      if (days > 1) emit(v, `Geregistreerd ${days} dagen na ontvangst.`, { column: "datumRegistratie" });
    }
  },
};
