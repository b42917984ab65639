import { Rule } from "./types";

export const MAX_HOURS_PER_WEEK = 40;

export const P08: Rule = {
  id: "P08",
  name: "Banenafspraak zonder geldige uren",
  severities: ["fout"],
  source: "Plaatsingen",
  description: `Banenafspraak is ja, maar Uren per week ontbreekt, is 0 of minder, of meer dan ${MAX_HOURS_PER_WEEK}: telt als 0 banen.`,
  agreement: "Voor één baan uit de baanafspraken wordt landelijk uitgegaan van een werkweek van 25,5 uur.",
  requires: [{ source: "Plaatsingen", columns: ["banenafspraak", "urenPerWeek"] }],
  check(ctx, emit) {
    for (const p of ctx.data.records.Plaatsingen) {
      if (p.banenafspraak !== true || validHours(p.urenPerWeek)) continue;
      emit(
        p,
        p.urenPerWeek === undefined
          ? "Banenafspraak zonder (leesbare) uren per week; telt als 0 banen."
          : `${p.urenPerWeek.toLocaleString("nl-NL")} uur per week is niet mogelijk; telt als 0 banen.`,
        {
          column: "urenPerWeek",
        },
      );
    }
  },
};

export function validHours(hours: number | undefined): boolean {
  return hours !== undefined && hours > 0 && hours <= MAX_HOURS_PER_WEEK;
}
