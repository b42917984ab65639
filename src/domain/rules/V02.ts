import { matchKey } from "../text";
import { Rule } from "./types";

export const V02: Rule = {
  id: "V02",
  name: "Te veel arbeidsplaatsen",
  severities: ["fout"],
  source: "Vacatures",
  description:
    "Meer arbeidsplaatsen dan toegestaan: vervuld + 1 zolang de vacature open is, anders het grootste van 1 en vervuld (vervuld = Aantal vervuld, of anders het aantal plaatsingen op de vacature).",
  agreement:
    "Voer nooit meer dan 1 arbeidsplaats op. Bij iedere afgeboekte plaatsing kan het aantal arbeidsplaatsen met 1 worden opgehoogd, mits de vacature nog open staat.",
  requires: [{ source: "Vacatures", columns: ["aantalArbeidsplaatsen", "status"] }],
  notCheckable(ctx) {
    if (ctx.hasColumn("Vacatures", "aantalVervuld") || ctx.hasColumn("Plaatsingen", "vacaturenummer"))
      return undefined;
    return "kolom Aantal vervuld ontbreekt en er zijn geen plaatsingen met Vacaturenummer";
  },
  check(ctx, emit) {
    // Per vacancy: Aantal vervuld where filled in, else the placements on the vacancy (when known).
    const placements = ctx.hasColumn("Plaatsingen", "vacaturenummer") ? ctx.placementsByVacancy() : undefined;
    const { ofVacancy } = ctx.vacancyJoin();
    // Whether the status means open, once per distinct Status text.
    const isOpen = ctx.valuesOf(
      "Vacatures",
      "status",
      (status) => status === "Open" || (status !== undefined && matchKey(status) === "open"),
    );
    const vacancies = ctx.data.records.Vacatures;
    for (let i = 0; i < vacancies.length; i++) {
      const v = vacancies[i];
      if (v.aantalArbeidsplaatsen === undefined) continue;
      const counted = placements && ofVacancy[i] >= 0 ? placements.count[ofVacancy[i]] : 0;
      const vervuld = v.aantalVervuld ?? counted;
      const open = isOpen[i];
      const allowed = open ? vervuld + 1 : Math.max(1, vervuld);
      if (v.aantalArbeidsplaatsen > allowed) {
        emit(
          v,
          `${v.aantalArbeidsplaatsen} arbeidsplaatsen bij ${vervuld} vervuld (${open ? "open" : (v.status ?? "zonder status")}); toegestaan: ${allowed}.`,
          { column: "aantalArbeidsplaatsen" },
        );
      }
    }
  },
};
