import { BSN_MASK } from "../privacy";
import { Rule } from "./types";

export const PV1: Rule = {
  id: "PV1",
  name: "Burgerservicenummers in de bron",
  severities: ["waarschuwing"],
  source: "alle bronnen",
  description:
    "Een kolom bevat burgerservicenummers (9 cijfers die de elfproef doorstaan); één bevinding per kolom. Rapporten en bevindingen tonen ze nooit.",
  agreement:
    "Persoonsgegevens van werkzoekenden blijven in WBS: rapportages en overzichten bevatten geen burgerservicenummers.",
  requires: [],
  check(ctx, emit) {
    for (const column of ctx.bsnColumns()) {
      emit.at(
        {
          record: column.first,
          columnHeader: column.header,
          columnLetter: column.letter,
          value: BSN_MASK,
        },
        `Kolom "${column.header}" bevat ${column.passing} burgerservicenummer(s); haal deze kolom uit de export. Het rapport toont ze niet.`,
      );
    }
  },
};
